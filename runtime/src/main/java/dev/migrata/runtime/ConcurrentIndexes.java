package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;

/**
 * The leftovers of a failed or killed {@code CREATE INDEX CONCURRENTLY}. Such a build commits the
 * index's catalog entry first and fills it later; when it stops half-way the index stays behind,
 * marked {@code pg_index.indisvalid = false}, and {@code IF NOT EXISTS} would then skip it forever.
 * Before a step that states the index it builds ({@link MigrationStep#index()}) runs again, and after
 * it fails, an invalid index of that name is dropped. A step that states no index is left alone.
 */
final class ConcurrentIndexes {

    private ConcurrentIndexes() {}

    /**
     * Drops {@code index} if an invalid copy of it exists.
     *
     * @param index the index a step builds, schema-qualified when its table is; {@code null} for none
     * @return the dropped index's name, or empty when there was nothing to drop
     */
    static Optional<String> dropIfInvalid(Connection connection, String index) throws SQLException {
        if (index == null) {
            return Optional.empty();
        }
        boolean invalid;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT NOT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            statement.setString(1, index);
            try (ResultSet rows = statement.executeQuery()) {
                invalid = rows.next() && rows.getBoolean(1);
            }
        }
        if (!invalid) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index);
        }
        return Optional.of(index);
    }
}
