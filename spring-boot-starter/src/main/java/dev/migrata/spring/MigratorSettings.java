package dev.migrata.spring;

import dev.migrata.runtime.Migrator;

/** Maps the {@code migrata.*} properties onto a {@link Migrator.Builder}; unset ones keep the runtime's defaults. */
final class MigratorSettings {

    private MigratorSettings() {}

    static Migrator.Builder apply(MigrataProperties properties, Migrator.Builder builder) {
        if (properties.getSchema() != null && !properties.getSchema().isBlank()) {
            builder.chainName(properties.getSchema().trim());
        }
        if (properties.getLockTimeout() != null) {
            builder.lockTimeout(properties.getLockTimeout());
        }
        if (properties.getDdlLockTimeout() != null) {
            builder.ddlLockTimeout(properties.getDdlLockTimeout());
        }
        if (properties.getDdlLockRetries() != null) {
            builder.ddlLockRetries(properties.getDdlLockRetries());
        }
        return builder.allowUnknownRevisions(properties.isAllowUnknownRevisions());
    }
}
