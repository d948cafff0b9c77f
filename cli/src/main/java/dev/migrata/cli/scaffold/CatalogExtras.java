package dev.migrata.cli.scaffold;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the scaffold needs to know about one PostgreSQL schema beyond what the runtime's {@link
 * dev.migrata.runtime.internal.CatalogReader} gives {@code check()} (tables, columns with their defaults and
 * generation expressions, indexes with key lists and INCLUDE columns, constraints, enum types):
 * comments, identity kinds, the types behind column types, the columns a CHECK reads, the extensions,
 * and every object a declaration cannot express.
 *
 * @param tableComments table → comment
 * @param columns table → column → facts
 * @param checkColumns table → CHECK constraint name → the columns it reads
 * @param extensions installed extensions other than {@code plpgsql} and {@code vector}
 * @param viewsRead view → the views and materialized views of the schema its query reads
 * @param functions {@code name(identity arguments)} → what else a plain function of the schema has
 * @param triggers {@code table.trigger} → what else a trigger on a table of the schema has
 * @param notExpressed every object the declarations cannot express, with the table it belongs to
 */
record CatalogExtras(
        Map<String, String> tableComments,
        Map<String, Map<String, ColumnFacts>> columns,
        Map<String, Map<String, List<String>>> checkColumns,
        List<String> extensions,
        Map<String, List<String>> viewsRead,
        Map<String, FunctionFacts> functions,
        Map<String, TriggerFacts> triggers,
        List<NotExpressed> notExpressed) {

    /**
     * @param comment the column comment, or {@code null}
     * @param identityAlways whether it is {@code GENERATED ALWAYS AS IDENTITY}
     * @param typeKind {@code pg_type.typtype} of the column's type (of its element type for an array):
     *     {@code b} base, {@code e} enum, {@code d} domain, {@code c} composite, {@code r} range, …
     * @param typeSchema the schema of that type
     */
    record ColumnFacts(String comment, boolean identityAlways, String typeKind, String typeSchema) {}

    /**
     * What the runtime's catalog reader leaves out of a plain function, and the scaffold must know to
     * declare it faithfully.
     *
     * @param arguments the argument list with names, modes and defaults ({@code
     *     pg_get_function_arguments}), as {@code CREATE FUNCTION} takes it
     * @param attributes what it was created with beyond the defaults an {@code @SqlFunction} creates
     *     (volatility, {@code STRICT}, {@code SECURITY DEFINER}, {@code SET} settings, …), in SQL words;
     *     empty when none
     */
    record FunctionFacts(String arguments, List<String> attributes) {}

    /**
     * What the runtime's catalog reader leaves out of a trigger, which an {@code @Trigger} cannot say.
     *
     * @param functionSchema the schema of the function it executes
     * @param unsupported the parts of it an {@code @Trigger} has no attribute for, in words; empty when none
     */
    record TriggerFacts(String functionSchema, List<String> unsupported) {}

    /**
     * An object the declarations cannot express.
     *
     * @param table the table it belongs to, or {@code null} for one of the schema or the database
     * @param description what it is and what the scaffold did about it (without the table, for one of a table)
     */
    record NotExpressed(String table, String description) {
        @Override
        public String toString() {
            return description;
        }
    }

    static CatalogExtras read(Connection connection, String schema) throws SQLException {
        List<NotExpressed> notExpressed = new ArrayList<>();
        return new CatalogExtras(
                tableComments(connection, schema),
                columns(connection, schema, notExpressed),
                checkColumns(connection, schema),
                extensions(connection),
                viewsRead(connection, schema),
                functions(connection, schema),
                triggers(connection, schema),
                unsupportedObjects(connection, schema, notExpressed));
    }

    /** Only ordinary and partitioned tables of the schema; partitions are part of their parent. */
    private static final String TABLES_OF_SCHEMA = " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " WHERE n.nspname = ? AND c.relkind IN ('r', 'p') AND NOT c.relispartition";

    private static Map<String, String> tableComments(Connection connection, String schema) throws SQLException {
        Map<String, String> comments = new TreeMap<>();
        query(
                connection,
                "SELECT c.relname, obj_description(c.oid, 'pg_class') FROM pg_class c" + TABLES_OF_SCHEMA,
                schema,
                rows -> {
                    if (rows.getString(2) != null) {
                        comments.put(rows.getString(1), rows.getString(2));
                    }
                });
        return comments;
    }

    private static Map<String, Map<String, ColumnFacts>> columns(
            Connection connection, String schema, List<NotExpressed> notExpressed) throws SQLException {
        Map<String, Map<String, ColumnFacts>> columns = new TreeMap<>();
        query(
                connection,
                "SELECT c.relname, a.attname, col_description(c.oid, a.attnum), a.attidentity = 'a',"
                        + " coalesce(et.typtype, t.typtype), tn.nspname"
                        + " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                        + " JOIN pg_type t ON t.oid = a.atttypid"
                        + " LEFT JOIN pg_type et ON et.oid = t.typelem AND t.typcategory = 'A'"
                        + " JOIN pg_namespace tn ON tn.oid = coalesce(et.typnamespace, t.typnamespace)"
                        + TABLES_OF_SCHEMA + " AND a.attnum > 0 AND NOT a.attisdropped ORDER BY c.relname, a.attnum",
                schema,
                rows -> columns.computeIfAbsent(rows.getString(1), t -> new LinkedHashMap<>())
                        .put(
                                rows.getString(2),
                                new ColumnFacts(
                                        rows.getString(3), rows.getBoolean(4), rows.getString(5), rows.getString(6))));
        return columns;
    }

    private static Map<String, Map<String, List<String>>> checkColumns(Connection connection, String schema)
            throws SQLException {
        Map<String, Map<String, List<String>>> checks = new TreeMap<>();
        query(
                connection,
                "SELECT c.relname, k.conname, ARRAY(SELECT a.attname FROM unnest(k.conkey) WITH ORDINALITY AS u(attnum, ord)"
                        + " JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = u.attnum ORDER BY u.ord)"
                        + " FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid"
                        + TABLES_OF_SCHEMA + " AND k.contype = 'c'",
                schema,
                rows -> checks.computeIfAbsent(rows.getString(1), t -> new TreeMap<>())
                        .put(rows.getString(2), strings(rows.getArray(3))));
        return checks;
    }

    /** Which views each view reads: a fresh database must create those first. */
    private static Map<String, List<String>> viewsRead(Connection connection, String schema) throws SQLException {
        Map<String, List<String>> read = new TreeMap<>();
        query(
                connection,
                "SELECT DISTINCT v.relname, r.relname FROM pg_depend d JOIN pg_rewrite w ON w.oid = d.objid"
                        + " JOIN pg_class v ON v.oid = w.ev_class JOIN pg_namespace n ON n.oid = v.relnamespace"
                        + " JOIN pg_class r ON r.oid = d.refobjid AND r.relnamespace = v.relnamespace"
                        + " WHERE d.classid = 'pg_rewrite'::regclass AND n.nspname = ? AND r.relkind IN ('v', 'm')"
                        + " AND r.oid <> v.oid ORDER BY 1, 2",
                schema,
                rows -> read.computeIfAbsent(rows.getString(1), v -> new ArrayList<>())
                        .add(rows.getString(2)));
        return read;
    }

    private static Map<String, FunctionFacts> functions(Connection connection, String schema) throws SQLException {
        Map<String, FunctionFacts> functions = new TreeMap<>();
        query(
                connection,
                "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',"
                        + " pg_get_function_arguments(p.oid), ARRAY_REMOVE(ARRAY["
                        + " CASE p.provolatile WHEN 'i' THEN 'IMMUTABLE' WHEN 's' THEN 'STABLE' END,"
                        + " CASE WHEN p.proisstrict THEN 'STRICT' END,"
                        + " CASE WHEN p.prosecdef THEN 'SECURITY DEFINER' END,"
                        + " CASE WHEN p.proleakproof THEN 'LEAKPROOF' END,"
                        + " CASE p.proparallel WHEN 's' THEN 'PARALLEL SAFE' WHEN 'r' THEN 'PARALLEL RESTRICTED' END,"
                        + " 'SET ' || array_to_string(p.proconfig, ', ')], NULL)"
                        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?"
                        + " AND p.prokind = 'f'" + notInExtension("p.oid"),
                schema,
                rows -> functions.put(
                        rows.getString(1), new FunctionFacts(rows.getString(2), strings(rows.getArray(3)))));
        return functions;
    }

    private static Map<String, TriggerFacts> triggers(Connection connection, String schema) throws SQLException {
        Map<String, TriggerFacts> triggers = new TreeMap<>();
        query(
                connection,
                "SELECT c.relname || '.' || t.tgname, fn.nspname, ARRAY_REMOVE(ARRAY["
                        + " CASE WHEN t.tgnargs > 0 THEN 'arguments to its function' END,"
                        + " CASE WHEN cardinality(t.tgattr::int2[]) > 0 THEN 'a column list (UPDATE OF)' END,"
                        + " CASE WHEN t.tgoldtable IS NOT NULL OR t.tgnewtable IS NOT NULL"
                        + " THEN 'transition tables (REFERENCING)' END,"
                        + " CASE WHEN t.tgconstraint <> 0 THEN 'CONSTRAINT TRIGGER' END,"
                        + " CASE t.tgenabled WHEN 'D' THEN 'DISABLE TRIGGER' WHEN 'R' THEN 'ENABLE REPLICA TRIGGER'"
                        + " WHEN 'A' THEN 'ENABLE ALWAYS TRIGGER' END], NULL)"
                        + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid"
                        + " JOIN pg_namespace n ON n.oid = c.relnamespace JOIN pg_proc p ON p.oid = t.tgfoid"
                        + " JOIN pg_namespace fn ON fn.oid = p.pronamespace WHERE n.nspname = ? AND NOT t.tgisinternal",
                schema,
                rows -> triggers.put(
                        rows.getString(1), new TriggerFacts(rows.getString(2), strings(rows.getArray(3)))));
        return triggers;
    }

    private static List<String> extensions(Connection connection) throws SQLException {
        List<String> extensions = new ArrayList<>();
        query(
                connection,
                "SELECT extname FROM pg_extension WHERE extname NOT IN ('plpgsql', 'vector') AND ? IS NOT NULL"
                        + " ORDER BY extname",
                "",
                rows -> extensions.add(rows.getString(1)));
        return extensions;
    }

    /** Not a member of an extension: the objects an extension installs come back with it. */
    private static String notInExtension(String oid) {
        return " AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = " + oid + " AND dep.deptype = 'e')";
    }

    private static List<NotExpressed> unsupportedObjects(Connection connection, String schema, List<NotExpressed> found)
            throws SQLException {
        query(
                connection,
                "SELECT c.relname, c.relkind, (SELECT t.relname || '.' || a.attname FROM pg_depend d"
                        + " JOIN pg_class t ON t.oid = d.refobjid JOIN pg_attribute a ON a.attrelid = d.refobjid"
                        + " AND a.attnum = d.refobjsubid WHERE d.objid = c.oid AND d.deptype = 'a' LIMIT 1)"
                        + " FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = ? AND c.relkind IN ('S', 'f')"
                        + notInExtension("c.oid")
                        // A sequence an identity column owns comes with the column.
                        + " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid AND d.deptype = 'i')"
                        + " ORDER BY c.relkind, c.relname",
                schema,
                rows -> found.add(
                        new NotExpressed(null, relation(rows.getString(1), rows.getString(2), rows.getString(3)))));
        query(
                connection,
                "SELECT c.relname, pg_get_partkeydef(c.oid) FROM pg_class c" + TABLES_OF_SCHEMA
                        + " AND c.relkind = 'p' ORDER BY c.relname",
                schema,
                rows -> found.add(new NotExpressed(
                        rows.getString(1),
                        "partitioning (PARTITION BY " + rows.getString(2)
                                + ") and its partitions: declared as a plain table")));
        query(
                connection,
                "SELECT p.proname || '(' || pg_get_function_identity_arguments(p.oid) || ')',"
                        + " CASE p.prokind WHEN 'p' THEN 'procedure' WHEN 'a' THEN 'aggregate' ELSE 'window function' END"
                        + " FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = ?"
                        + " AND p.prokind <> 'f'" + notInExtension("p.oid") + " ORDER BY 1",
                schema,
                rows -> found.add(new NotExpressed(
                        null,
                        rows.getString(2) + " " + rows.getString(1)
                                + ": not declared, since @SqlFunction declares plain functions only")));
        query(
                connection,
                "SELECT c.relname, k.conname, pg_get_constraintdef(k.oid) FROM pg_constraint k"
                        + " JOIN pg_class c ON c.oid = k.conrelid" + TABLES_OF_SCHEMA
                        + " AND k.contype NOT IN ('p', 'u', 'c', 'f') ORDER BY c.relname, k.conname",
                schema,
                rows -> found.add(new NotExpressed(
                        rows.getString(1), "constraint " + rows.getString(2) + ": " + rows.getString(3))));
        query(
                connection,
                "SELECT c.relname, p.polname FROM pg_policy p JOIN pg_class c ON c.oid = p.polrelid" + TABLES_OF_SCHEMA
                        + " ORDER BY c.relname, p.polname",
                schema,
                rows -> found.add(new NotExpressed(rows.getString(1), "row security policy " + rows.getString(2))));
        query(
                connection,
                "SELECT format_type(t.oid, NULL), CASE t.typtype WHEN 'd' THEN 'domain' WHEN 'r' THEN 'range type'"
                        + " WHEN 'm' THEN 'multirange type' ELSE 'composite type' END"
                        + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE n.nspname = ?"
                        + " AND (t.typtype IN ('d', 'r') OR (t.typtype = 'c'"
                        + " AND (SELECT relkind FROM pg_class WHERE oid = t.typrelid) = 'c'))"
                        + notInExtension("t.oid") + " ORDER BY 1",
                schema,
                rows -> found.add(new NotExpressed(null, rows.getString(2) + " " + rows.getString(1))));
        query(
                connection,
                "SELECT n.nspname, count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname <> ? AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
                        + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'"
                        + " AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND NOT c.relispartition"
                        + notInExtension("c.oid") + " GROUP BY n.nspname ORDER BY n.nspname",
                schema,
                rows -> found.add(new NotExpressed(
                        null,
                        "schema " + rows.getString(1) + " (" + rows.getLong(2)
                                + " tables and views): not scaffolded; run scaffold with --schema "
                                + rows.getString(1) + " for it")));
        return found;
    }

    private static String relation(String name, String kind, String ownedBy) {
        switch (kind) {
            case "f":
                return "foreign table " + name;
            default:
                return ownedBy == null
                        ? "sequence " + name
                        : "sequence " + name + " (owned by " + ownedBy
                                + "; a fresh database needs it before the table: an @Sql(phase = BEFORE) step"
                                + " can create it)";
        }
    }

    private interface RowConsumer {
        void accept(ResultSet rows) throws SQLException;
    }

    private static void query(Connection connection, String sql, String parameter, RowConsumer consumer)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, parameter);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    consumer.accept(rows);
                }
            }
        }
    }

    private static List<String> strings(Array array) throws SQLException {
        return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
    }
}
