package dev.migrata.runtime;

import dev.migrata.runtime.internal.CatalogReader;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Has the server print the declared views, function signatures and trigger conditions as it prints
 * the live ones, so that {@code SELECT id FROM users} compares equal to the {@code SELECT users.id
 * FROM users;} that {@code pg_get_viewdef} returns. Each is created as a temporary object (a
 * temporary view, a function in {@code pg_temp} whose body is not checked, a trigger on a temporary
 * copy of its table's columns), printed, and the transaction is rolled back: nothing is left
 * behind, and only the {@code TEMP} privilege is needed, as for {@link CheckExpressions}.
 */
final class DeclaredObjectTexts {

    private static final String INSUFFICIENT_PRIVILEGE = "42501";

    /**
     * The printed texts.
     *
     * @param printed by {@link #view}, {@link #arguments}, {@link #result} or {@link #when} key: the
     *     server's text
     * @param refused by the same keys: the server's error for a declaration it refused (a view
     *     reading a table the database lacks)
     * @param unavailable why nothing could be printed, or {@code null}; then only names are compared
     */
    record Printed(Map<String, String> printed, Map<String, String> refused, String unavailable) {}

    private DeclaredObjectTexts() {}

    static String view(String name) {
        return "view " + name;
    }

    static String arguments(String name) {
        return "arguments " + name;
    }

    static String result(String name) {
        return "result " + name;
    }

    static String when(String trigger) {
        return "when " + trigger;
    }

    /**
     * Prints the declared objects of {@code expected} in one transaction that is always rolled
     * back.
     *
     * @param liveTables the live table of each declared trigger's table, by {@code schema.table}
     */
    static Printed print(
            Connection connection,
            SchemaDefinition expected,
            Map<String, SchemaDefinition.Table> liveTables,
            String defaultSchema)
            throws SQLException {
        Map<String, String> printed = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        if (expected.views().isEmpty()
                && expected.functions().isEmpty()
                && expected.triggers().isEmpty()) {
            return new Printed(printed, refused, null);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            try {
                // The bodies are compared as text; a body need not compile against this database.
                statement.execute("SET LOCAL check_function_bodies = off");
                statement.execute("CREATE FUNCTION pg_temp.migrata_trigger_function() RETURNS trigger"
                        + " LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END'");
            } catch (SQLException e) {
                if (INSUFFICIENT_PRIVILEGE.equals(e.getSQLState())) {
                    return new Printed(
                            Map.of(),
                            Map.of(),
                            "The role may not create temporary objects, so views, functions and triggers were compared"
                                    + " by name only (GRANT TEMPORARY ON DATABASE to it to compare their definitions)");
                }
                throw e;
            }
            int number = 0;
            for (SchemaDefinition.View view : expected.views()) {
                String scratch = "pg_temp.migrata_view_" + ++number;
                attempt(connection, refused, view(view.name()), () -> {
                    statement.execute("CREATE TEMP VIEW " + scratch + " AS " + view.query());
                    printed.put(view(view.name()), single(connection, "SELECT pg_get_viewdef(?::regclass)", scratch));
                });
            }
            for (SchemaDefinition.Function function : expected.functions()) {
                String scratch = "migrata_function_" + ++number;
                attempt(connection, refused, arguments(function.name()), () -> {
                    statement.execute("CREATE FUNCTION pg_temp." + scratch + "(" + function.arguments() + ") RETURNS "
                            + function.returns() + " LANGUAGE " + CheckExpressions.quote(function.language())
                            + " AS $migrata$" + function.body() + "$migrata$");
                    String oid = "(SELECT oid FROM pg_proc WHERE proname = ? AND pronamespace = pg_my_temp_schema())";
                    printed.put(
                            arguments(function.name()),
                            single(connection, "SELECT pg_get_function_identity_arguments(" + oid + ")", scratch));
                    printed.put(
                            result(function.name()),
                            single(connection, "SELECT pg_get_function_result(" + oid + ")", scratch));
                });
            }
            for (SchemaDefinition.Trigger trigger : expected.triggers()) {
                String schema = trigger.schema().isEmpty() ? defaultSchema : trigger.schema();
                SchemaDefinition.Table live = liveTables.get(schema + "." + trigger.table());
                if (trigger.when().isEmpty() || live == null) {
                    continue;
                }
                String table = "pg_temp.migrata_trigger_table_" + ++number;
                attempt(connection, refused, when(trigger.name()), () -> {
                    statement.execute("CREATE TEMP TABLE " + table + " (" + CheckExpressions.columns(live) + ")");
                    statement.execute("CREATE TRIGGER migrata_trigger " + trigger.timing() + " "
                            + String.join(" OR ", trigger.events()) + " ON " + table + " FOR EACH "
                            + (trigger.forEachRow() ? "ROW" : "STATEMENT") + " WHEN (" + trigger.when()
                            + ") EXECUTE FUNCTION pg_temp.migrata_trigger_function()");
                    printed.put(
                            when(trigger.name()),
                            CatalogReader.whenOf(single(
                                    connection,
                                    "SELECT pg_get_triggerdef(oid) FROM pg_trigger WHERE tgrelid = ?::regclass",
                                    table)));
                });
            }
            return new Printed(printed, refused, null);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /** A statement that may fail on what a declaration says: under a savepoint, its error kept. */
    private interface Attempt {
        void run() throws SQLException;
    }

    private static void attempt(Connection connection, Map<String, String> refused, String key, Attempt attempt)
            throws SQLException {
        Savepoint savepoint = connection.setSavepoint();
        try {
            attempt.run();
            connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
            connection.rollback(savepoint);
            refused.put(key, e.getMessage());
        }
    }

    private static String single(Connection connection, String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rows = query.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }
}
