package it.shop;

import dev.migrata.runtime.Migrator;

/** The project's application: migrates the database named by its argument, as the README's runtime snippet does. */
public final class ShopApplication {
    private ShopApplication() {}

    public static void main(String[] args) {
        Migrator migrator = Migrator.builder().url(args[0]).chain(ShopSchemaMigrations.chain()).build();
        System.out.println("Applied " + migrator.upgrade(ShopSchemaMigrations.HEAD));
    }
}
