package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Privilege and extension checks made before anything is written, so that a migration the role
 * cannot complete is refused with the fix instead of failing half-way.
 */
final class Preflight {

    private Preflight() {}

    /** The role must be able to create objects in the current schema (the history table lives there). */
    static void requireCreateOnSchema(Connection connection, String database) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT current_schema(), current_user, current_schema() IS NOT NULL"
                                + " AND has_schema_privilege(current_schema(), 'CREATE')");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            String schema = rows.getString(1);
            String role = rows.getString(2);
            if (schema == null) {
                throw new MigrationException(
                        MigrationException.Reason.INSUFFICIENT_PRIVILEGE,
                        "No schema of the search_path exists in " + database + " for role " + role
                                + ", so migrata_revisions has nowhere to go. Fix: CREATE SCHEMA or SET search_path for the role.");
            }
            if (!rows.getBoolean(3)) {
                throw new MigrationException(
                        MigrationException.Reason.INSUFFICIENT_PRIVILEGE,
                        "Role " + role + " has no CREATE privilege on schema " + schema + " in " + database
                                + "; migrating needs it to create migrata_revisions and the schema's tables. Fix, as the schema owner"
                                + " or a superuser: GRANT CREATE ON SCHEMA " + schema + " TO " + role + ";");
            }
        }
    }

    /**
     * Every extension the steps state they create ({@link MigrationStep#extension()}) must be
     * installed already, or be installable by this role: {@code CREATE EXTENSION} of an untrusted
     * extension such as pgvector needs a superuser. Steps that state no extension are not checked.
     */
    static void requireExtensions(Connection connection, List<MigrationStep> steps, String database)
            throws SQLException {
        Set<String> extensions = new LinkedHashSet<>();
        for (MigrationStep step : steps) {
            if (step.extension() != null) {
                extensions.add(step.extension());
            }
        }
        for (String extension : extensions) {
            String sql = "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = ?),"
                    + " EXISTS (SELECT 1 FROM pg_available_extensions WHERE name = ?),"
                    + " coalesce((SELECT bool_or(trusted) FROM pg_available_extension_versions WHERE name = ?), false),"
                    + " (SELECT rolsuper FROM pg_roles WHERE rolname = current_user),"
                    + " has_database_privilege(current_database(), 'CREATE'), current_user, current_database(),"
                    + " current_setting('server_version_num')::int / 10000";
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setString(1, extension);
                statement.setString(2, extension);
                statement.setString(3, extension);
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    boolean installed = rows.getBoolean(1);
                    boolean available = rows.getBoolean(2);
                    boolean trusted = rows.getBoolean(3);
                    boolean superuser = rows.getBoolean(4);
                    boolean createOnDatabase = rows.getBoolean(5);
                    String role = rows.getString(6);
                    String databaseName = rows.getString(7);
                    int major = rows.getInt(8);
                    if (installed) {
                        continue;
                    }
                    if (!available) {
                        String hint = extension.equals("vector")
                                ? " Install pgvector on the database server (the postgresql-" + major
                                        + "-pgvector package, a build from source against pg_config, or the pgvector/pgvector image)."
                                : " Install the extension's package on the database server.";
                        throw new MigrationException(
                                MigrationException.Reason.EXTENSION_UNAVAILABLE,
                                "The migration runs CREATE EXTENSION " + extension + ", but extension " + extension
                                        + " is not installed on the server of " + database + "." + hint);
                    }
                    if (!superuser && !(trusted && createOnDatabase)) {
                        throw new MigrationException(
                                MigrationException.Reason.INSUFFICIENT_PRIVILEGE,
                                "The migration runs CREATE EXTENSION " + extension + ", which role " + role
                                        + " may not do in "
                                        + database + ": "
                                        + (trusted
                                                ? "it needs CREATE on the database. Fix: GRANT CREATE ON DATABASE "
                                                        + databaseName + " TO " + role + ";"
                                                : "extension " + extension
                                                        + " is not trusted, so it needs a superuser. Fix: have a superuser run"
                                                        + " CREATE EXTENSION " + extension + "; in database "
                                                        + databaseName
                                                        + " once (or use a trusted-extension setup such as pgextwlist), then rerun."));
                    }
                }
            }
        }
    }
}
