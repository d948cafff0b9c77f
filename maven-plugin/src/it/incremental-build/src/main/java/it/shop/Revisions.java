package it.shop;

import dev.migrata.annotations.Revision;

public final class Revisions {
    private Revisions() {}

    @Revision(id = "001_items", message = "items")
    public static final class Items {}
}
