package it.shop;

import dev.migrata.annotations.Schema;

@Schema(name = "shop", head = Revisions.Items.class, tables = {Item.class})
public final class ShopSchema {
    private ShopSchema() {}
}
