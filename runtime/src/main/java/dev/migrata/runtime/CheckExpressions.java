package dev.migrata.runtime;

import dev.migrata.runtime.internal.CatalogReader;
import dev.migrata.runtime.internal.SchemaDefinition;
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
 * Has the server itself normalize the expressions a head schema declares, so that {@code status IN
 * ('A','B')} compares equal to the {@code (status = ANY (ARRAY['A'::text, 'B'::text]))} the catalog
 * holds: CHECK expressions, the generation expressions of generated columns, and the key lists and
 * predicates of expression, covering and partial indexes. Each table that declares any gets a
 * temporary table with the live table's columns; the checks, generated columns and indexes are
 * added to it and read back with {@code pg_get_expr} and {@code pg_get_indexdef}, and the
 * transaction is rolled back: nothing is left in the database, and only the {@code TEMP} privilege
 * is needed (not {@code CREATE} on the schema, nor {@code SELECT} on the table).
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
     * @param indexes each declared index that {@link SchemaDefinition.Index#comparedAsTheServerSpellsIt}
     *     as the server has it, by {@link #indexKey}: its key list as {@code pg_get_indexdef} prints it
     *     in {@code expression}, its predicate as the catalog reader reads it in {@code where}; an index
     *     the server refused is in {@code refused} under the same key
     * @param generated the server's text of each declared generation expression, by {@link
     *     #generatedKey}; one the server refused is in {@code refused} under the same key
     */
    record Normalized(
            Map<String, String> normalized,
            Map<String, String> refused,
            String unavailable,
            Map<String, SchemaDefinition.Index> indexes,
            Map<String, String> generated) {}

    private CheckExpressions() {}

    static String key(String schema, String table, String constraint) {
        return schema + "." + table + "." + constraint;
    }

    /** The key of an index; NUL, which no PostgreSQL name holds, keeps it apart from a constraint's. */
    static String indexKey(String schema, String table, String index) {
        return schema + "." + table + "\0index\0" + index;
    }

    /** The key of a generated column, apart from constraints' and indexes' keys. */
    static String generatedKey(String schema, String table, String column) {
        return schema + "." + table + "\0generated\0" + column;
    }

    /**
     * Normalizes the declared checks of {@code tables} (the expected tables, each paired with the
     * live table of the same name) in one transaction that is always rolled back.
     */
    static Normalized normalize(Connection connection, List<TablePair> tables) throws SQLException {
        Map<String, String> normalized = new LinkedHashMap<>();
        Map<String, String> refused = new LinkedHashMap<>();
        Map<String, SchemaDefinition.Index> indexes = new LinkedHashMap<>();
        Map<String, String> generated = new LinkedHashMap<>();
        if (tables.stream().noneMatch(pair -> needsTheServer(pair.expected()))) {
            return new Normalized(normalized, refused, null, indexes, generated);
        }
        boolean autoCommit = connection.getAutoCommit();
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            int number = 0;
            for (TablePair pair : tables) {
                if (!needsTheServer(pair.expected())) {
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
                                "The role may not create temporary tables, so CHECK constraints were compared by name"
                                        + " only, generated columns by whether they are generated, and the key"
                                        + " lists and predicates of expression, covering and partial indexes not at all"
                                        + " (GRANT TEMPORARY ON DATABASE to it to compare their expressions)",
                                Map.of(),
                                Map.of());
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
                normalizeGenerated(connection, statement, scratch, pair, generated, refused);
                normalizeIndexes(connection, statement, scratch, pair, number, indexes, refused);
            }
            return new Normalized(normalized, refused, null, indexes, generated);
        } finally {
            connection.rollback();
            connection.setAutoCommit(autoCommit);
        }
    }

    /**
     * Adds each declared generated column to the scratch table under a name of its own and reads
     * its expression back as the catalog reader reads a live one.
     */
    private static void normalizeGenerated(
            Connection connection,
            Statement statement,
            String scratch,
            TablePair pair,
            Map<String, String> generated,
            Map<String, String> refused)
            throws SQLException {
        int number = 0;
        for (SchemaDefinition.Column column : pair.expected().columns()) {
            if (column.generated() == null) {
                continue;
            }
            String key = generatedKey(pair.live().schema(), pair.live().name(), column.name());
            String probe = "migrata_generated_" + ++number;
            Savepoint savepoint = connection.setSavepoint();
            try {
                statement.execute("ALTER TABLE " + scratch + " ADD COLUMN " + probe + " " + column.type()
                        + " GENERATED ALWAYS AS (" + column.generated() + ") STORED");
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
                refused.put(key, e.getMessage());
                continue;
            }
            try (PreparedStatement read = connection.prepareStatement("SELECT pg_get_expr(d.adbin, d.adrelid)"
                    + " FROM pg_attrdef d JOIN pg_attribute a ON a.attrelid = d.adrelid AND a.attnum = d.adnum"
                    + " WHERE d.adrelid = ?::regclass AND a.attname = ?")) {
                read.setString(1, scratch);
                read.setString(2, probe);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    generated.put(key, rows.getString(1));
                }
            }
        }
    }

    /**
     * Builds each declared expression, covering or partial index on the scratch table (empty, so at
     * once) and reads back its key list and predicate as the catalog reader reads a live index's.
     */
    private static void normalizeIndexes(
            Connection connection,
            Statement statement,
            String scratch,
            TablePair pair,
            int table,
            Map<String, SchemaDefinition.Index> indexes,
            Map<String, String> refused)
            throws SQLException {
        int number = 0;
        for (SchemaDefinition.Index index : pair.expected().indexes()) {
            if (!index.comparedAsTheServerSpellsIt()) {
                continue;
            }
            String key = indexKey(pair.live().schema(), pair.live().name(), index.name());
            String probe = "migrata_index_" + table + "_" + ++number;
            Savepoint savepoint = connection.setSavepoint();
            try {
                statement.execute(createIndex(probe, scratch, index));
                connection.releaseSavepoint(savepoint);
            } catch (SQLException e) {
                connection.rollback(savepoint);
                refused.put(key, e.getMessage());
                continue;
            }
            try (PreparedStatement read = connection.prepareStatement(
                    "SELECT pg_get_indexdef(i.indexrelid), pg_get_expr(i.indpred, i.indrelid, true)"
                            + " FROM pg_index i WHERE i.indexrelid = ?::regclass")) {
                read.setString(1, "pg_temp." + probe);
                try (ResultSet rows = read.executeQuery()) {
                    rows.next();
                    indexes.put(
                            key,
                            new SchemaDefinition.Index(
                                    index.name(),
                                    index.unique(),
                                    index.method(),
                                    List.of(),
                                    index.operatorClass(),
                                    index.options(),
                                    rows.getString(2),
                                    CatalogReader.keyList(rows.getString(1), index.method()),
                                    index.include()));
                }
            }
        }
    }

    /**
     * {@code CREATE INDEX} of the declared index on the scratch table, keys written as the revision
     * wrote them: the expression or the columns, each followed by the operator class. Storage
     * parameters are left out: they do not change how the server spells keys or predicate.
     */
    private static String createIndex(String probe, String scratch, SchemaDefinition.Index index) {
        String operatorClass = index.operatorClass() == null ? "" : " " + index.operatorClass();
        List<String> keys = new ArrayList<>();
        if (index.expression() != null) {
            keys.add(index.expression() + operatorClass);
        } else {
            index.columns().forEach(column -> keys.add(quote(column) + operatorClass));
        }
        StringBuilder sql = new StringBuilder("CREATE ")
                .append(index.unique() ? "UNIQUE " : "")
                .append("INDEX ")
                .append(probe)
                .append(" ON ")
                .append(scratch)
                .append(" USING ")
                .append(index.method())
                .append(" (")
                .append(String.join(", ", keys))
                .append(')');
        if (!index.include().isEmpty()) {
            List<String> include = new ArrayList<>();
            index.include().forEach(column -> include.add(quote(column)));
            sql.append(" INCLUDE (").append(String.join(", ", include)).append(')');
        }
        if (index.where() != null) {
            sql.append(" WHERE ").append(index.where());
        }
        return sql.toString();
    }

    /** A table as the head schema declares it and as the catalog has it. */
    record TablePair(SchemaDefinition.Table expected, SchemaDefinition.Table live) {}

    /** Whether the table declares a CHECK, a generated column or an index the server must spell first. */
    private static boolean needsTheServer(SchemaDefinition.Table table) {
        return !declaredChecks(table).isEmpty()
                || table.columns().stream().anyMatch(column -> column.generated() != null)
                || table.indexes().stream().anyMatch(SchemaDefinition.Index::comparedAsTheServerSpellsIt);
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
