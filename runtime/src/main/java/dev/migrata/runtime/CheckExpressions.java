package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Has the server itself normalize the CHECK expressions a head schema declares, so that {@code
 * status IN ('A','B')} compares equal to the {@code (status = ANY (ARRAY['A'::text, 'B'::text]))}
 * the catalog holds. Each table with declared checks gets a temporary table with the live table's
 * columns, the checks are added to it and read back with {@code pg_get_expr}, and the transaction is
 * rolled back: nothing is left in the database, and only the {@code TEMP} privilege is needed (not
 * {@code CREATE} on the schema, nor {@code SELECT} on the table).
 */
final class CheckExpressions {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /**
     * The normalized expressions.
     *
     * @param normalized the server's text of each expression it accepted, by {@link #key}
     * @param refused the server's error for each expression it refused (a column the live table
     *     lacks, a function that does not exist), by {@link #key}
     * @param unavailable why nothing could be normalized (the role may not create temporary tables),
     *     or {@code null}; then checks are compared by name only
     */
    record Normalized(Map<String, String> normalized, Map<String, String> refused, String unavailable) {}

    private CheckExpressions() {}

    static String key(String schema, String table, String constraint) {
        return schema + "." + table + "." + constraint;
    }

    /**
     * Normalizes the declared checks of {@code tables} (the expected tables, each paired with the
     * live table of the same name) in one transaction that is always rolled back.
     */
    static Normalized normalize(Connection connection, List<TablePair> tables) throws SQLException {
        Map<String, String> normalized = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        if (tables.stream().noneMatch(pair -> hasDeclaredCheck(pair.expected()))) {
            return new Normalized(normalized, refused, null);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int number = 0;
            for (TablePair pair : tables) {
                if (!hasDeclaredCheck(pair.expected())) {
                    continue;
                }
                String scratch = "pg_temp.migrata_check_" + ++number;
                try {
                    statement.execute("CREATE TEMP TABLE " + scratch + " (" + columns(pair.live()) + ")");
                } catch (SQLException e) {
                    if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                        return new Normalized(
                                Map.of(),
                                Map.of(),
                                "The role may not create temporary tables, so CHECK constraints were compared by name only"
                                        + " (GRANT TEMPORARY ON DATABASE to it to compare their expressions)");
                    }
                    throw e;
                }
                for (SchemaDefinition.Constraint check : declaredChecks(pair.expected())) {
                    String key = key(pair.live().schema(), pair.live().name(), check.name());
                    Savepoint savepoint = connection.setSavepoint();
                    try {
                        statement.execute("ALTER TABLE " + scratch + " ADD CONSTRAINT " + quote(check.name())
                                + " CHECK (" + check.check() + ")");
                        connection.releaseSavepoint(savepoint);
                    } catch (SQLException e) {
                        connection.rollback(savepoint);
                        refused.put(key, e.getMessage());
                    }
                }
                try (PreparedStatement read =
                        connection.prepareStatement("SELECT conname, pg_get_expr(conbin, conrelid) FROM pg_constraint"
                                + " WHERE conrelid = ?::regclass AND contype = 'c'")) {
                    read.setString(1, scratch);
                    try (ResultSet rows = read.executeQuery()) {
                        while (rows.next()) {
                            normalized.put(
                                    key(pair.live().schema(), pair.live().name(), rows.getString(1)),
                                    rows.getString(2));
                        }
                    }
                }
            }
            return new Normalized(normalized, refused, null);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A table as the head schema declares it and as the catalog has it. */
    record TablePair(SchemaDefinition.Table expected, SchemaDefinition.Table live) {}

    private static boolean hasDeclaredCheck(SchemaDefinition.Table table) {
        return !declaredChecks(table).isEmpty();
    }

    private static List<SchemaDefinition.Constraint> declaredChecks(SchemaDefinition.Table table) {
        List<SchemaDefinition.Constraint> checks = new ArrayList<>();
        for (SchemaDefinition.Constraint constraint : table.constraints()) {
            if (constraint.kind() == SchemaDefinition.Kind.CHECK && constraint.check() != null) {
                checks.add(constraint);
            }
        }
        return checks;
    }

    /** The live columns with the types {@code format_type} printed, which read back as written. */
    static String columns(SchemaDefinition.Table live) {
        List<String> columns = new ArrayList<>();
        live.columns().forEach(column -> columns.add(quote(column.name()) + " " + column.type()));
        return String.join(", ", columns);
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
