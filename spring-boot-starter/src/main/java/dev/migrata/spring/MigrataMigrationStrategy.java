package dev.migrata.spring;

import dev.migrata.runtime.Migrator;

/**
 * What the starter does with the {@link Migrator} at startup, before any bean that uses the
 * database is created. Without a bean of this type it upgrades to {@code migrata.target}; declare
 * one to do something else: only check, upgrade one step, stamp an adopted database first.
 *
 * <pre>{@code
 * @Bean
 * MigrataMigrationStrategy checkOnly() {
 *     return migrator -> {
 *         DriftReport drift = migrator.check();
 *         if (!drift.isClean()) {
 *             throw new IllegalStateException("Schema drift:\n" + drift);
 *         }
 *     };
 * }
 * }</pre>
 *
 * <p>An exception thrown here fails the application's startup.
 */
@FunctionalInterface
public interface MigrataMigrationStrategy {

    /** Runs at startup with the migrator built from the {@code migrata.*} properties. */
    void migrate(Migrator migrator);
}
