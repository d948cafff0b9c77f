package dev.migrata.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

/**
 * What a migrated database looks like, as sorted text lines: columns (type, nullability, default),
 * constraints and indexes of the {@code public} schema, without the tool's own history tables. Two
 * tools produced the same schema when their snapshots are equal.
 */
final class CatalogSnapshot {

    private CatalogSnapshot() {}

    static List<String> read(DataSource dataSource, Set<String> historyTables) throws SQLException {
        List<String> lines = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            collect(
                    connection,
                    historyTables,
                    lines,
                    "SELECT table_name, 'column ' || column_name || ' ' || data_type || coalesce('(' || character_maximum_length || ')', '')"
                            + " || ' ' || is_nullable || ' ' || coalesce(column_default, '') FROM information_schema.columns"
                            + " WHERE table_schema = 'public'");
            collect(
                    connection,
                    historyTables,
                    lines,
                    "SELECT tc.relname, 'constraint ' || c.conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c"
                            + " JOIN pg_class tc ON tc.oid = c.conrelid JOIN pg_namespace n ON n.oid = tc.relnamespace"
                            + " WHERE n.nspname = 'public'");
            collect(
                    connection,
                    historyTables,
                    lines,
                    "SELECT tablename, 'index ' || indexdef FROM pg_indexes WHERE schemaname = 'public'");
        }
        lines.sort(null);
        return lines;
    }

    private static void collect(Connection connection, Set<String> historyTables, List<String> lines, String sql)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                String table = rows.getString(1);
                if (!historyTables.contains(table)) {
                    lines.add(table + " " + rows.getString(2));
                }
            }
        }
    }
}
