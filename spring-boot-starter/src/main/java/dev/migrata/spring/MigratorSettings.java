package dev.migrata.spring;

import dev.migrata.runtime.Migrator;
import java.util.function.Consumer;

/**
 * Maps the {@code migrata.*} properties onto a {@link Migrator.Builder}; unset ones keep the
 * runtime's defaults. A value the builder refuses fails startup naming the property.
 */
final class MigratorSettings {

    private MigratorSettings() {}

    static Migrator.Builder apply(MigrataProperties properties, Migrator.Builder builder) {
        if (properties.getSchema() != null && !properties.getSchema().isBlank()) {
            builder.chainName(properties.getSchema().trim());
        }
        set("migrata.lock-timeout", properties.getLockTimeout(), builder::lockTimeout);
        set("migrata.ddl-lock-timeout", properties.getDdlLockTimeout(), builder::ddlLockTimeout);
        set("migrata.ddl-lock-retries", properties.getDdlLockRetries(), builder::ddlLockRetries);
        return builder.allowUnknownRevisions(properties.isAllowUnknownRevisions());
    }

    private static <T> void set(String property, T value, Consumer<T> setter) {
        if (value == null) {
            return;
        }
        try {
            setter.accept(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid " + property + "=" + value + ": " + e.getMessage(), e);
        }
    }
}
