package it.shop;

import dev.migrata.annotations.Schema;

@Schema(name = "shop", head = Revisions.Prices.class, tables = {Item.class})
public final class ShopSchema {
    private ShopSchema() {}
}
