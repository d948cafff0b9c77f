package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The leftovers of a failed or killed {@code CREATE INDEX CONCURRENTLY}. Such a build commits the
 * index's catalog entry first and fills it later; when it stops half-way the index stays behind,
 * marked {@code pg_index.indisvalid = false}, and {@code IF NOT EXISTS} would then skip it forever.
 * Before a concurrent build is (re)run, and after it fails, an invalid index of that name is dropped.
 */
final class ConcurrentIndexes {

    private static final String IDENTIFIER = "(?:\"(?:[^\"]|\"\")+\"|[\\w$]+)";
    private static final Pattern CREATE_CONCURRENTLY = Pattern.compile(
            "^\\s*CREATE\\s+(?:UNIQUE\\s+)?INDEX\\s+CONCURRENTLY\\s+(?:IF\\s+NOT\\s+EXISTS\\s+)?(" + IDENTIFIER
                    + ")\\s+ON\\s+(?:ONLY\\s+)?(" + IDENTIFIER + ")(?:\\s*\\.\\s*(" + IDENTIFIER + "))?",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private ConcurrentIndexes() {}

    /** The schema-qualified (when the table is) name of the index a concurrent build creates. */
    static Optional<String> builtIndex(String sql) {
        Matcher matcher = CREATE_CONCURRENTLY.matcher(sql);
        if (!matcher.find()) {
            return Optional.empty();
        }
        String index = matcher.group(1);
        boolean tableQualified = matcher.group(3) != null;
        return Optional.of(tableQualified ? matcher.group(2) + "." + index : index);
    }

    /**
     * Drops the index that {@code sql} builds if an invalid copy of it exists.
     *
     * @return the dropped index's name, or empty when there was nothing to drop
     */
    static Optional<String> dropIfInvalid(Connection connection, String sql) throws SQLException {
        Optional<String> index = builtIndex(sql);
        if (index.isEmpty()) {
            return Optional.empty();
        }
        boolean invalid;
        try (PreparedStatement statement = connection.prepareStatement(
                "SELECT NOT i.indisvalid FROM pg_index i WHERE i.indexrelid = to_regclass(?)")) {
            statement.setString(1, index.get());
            try (ResultSet rows = statement.executeQuery()) {
                invalid = rows.next() && rows.getBoolean(1);
            }
        }
        if (!invalid) {
            return Optional.empty();
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("DROP INDEX CONCURRENTLY IF EXISTS " + index.get());
        }
        return index;
    }
}
