package dev.migrata.runtime.internal;

import dev.migrata.runtime.Migrator;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiPredicate;

/**
 * Reads the live catalog of some schemas into the same {@link SchemaDefinition} model that the
 * chain's head schema uses, so that {@code check()} compares like with like. Types come
 * from {@code format_type}, defaults and generation expressions from {@code pg_get_expr}, index
 * key lists from {@code pg_get_indexdef}.
 *
 * <p>Not API: public so that Migrata's own tools ({@code migrata scaffold}) read a catalog the way
 * {@code check()} does.
 */
public final class CatalogReader {

    /**
     * The live tables and the names of their invalid indexes.
     *
     * @param definition tables with schema always filled in
     * @param invalidIndexes {@code schema.index} of every index with {@code indisvalid = false}
     */
    public record Catalog(SchemaDefinition definition, Set<String> invalidIndexes) {}

    /** The history tables of Alembic, Flyway and Liquibase, which {@code check()} leaves out. */
    public static final List<String> OTHER_TOOLS_HISTORY =
            List.of("alembic_version", "flyway_schema_history", "databasechangelog", "databasechangeloglock");

    private CatalogReader() {}

    /** The connection's {@code current_schema()}, or {@code null} when its search path names none. */
    public static String currentSchema(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_schema()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getString(1);
        }
    }

    /**
     * Every ordinary and partitioned table of {@code schemas}, except the history table and those
     * {@code ignored} accepts.
     *
     * @param ignored given a table's schema and name, whether {@code check()} leaves it out
     */
    public static Catalog read(Connection connection, Set<String> schemas, BiPredicate<String, String> ignored)
            throws SQLException {
        List<SchemaDefinition.Table> tables = new ArrayList<>();
        Set<String> invalid = new TreeSet<>();
        String sql = "SELECT c.oid, n.nspname, c.relname FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " WHERE c.relkind IN ('r', 'p') AND n.nspname = ANY (?) AND NOT c.relispartition ORDER BY n.nspname, c.relname";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            Array names = connection.createArrayOf("text", schemas.toArray());
            statement.setArray(1, names);
            try (ResultSet rows = statement.executeQuery()) {
                List<long[]> oids = new ArrayList<>();
                List<String[]> qualified = new ArrayList<>();
                while (rows.next()) {
                    if (rows.getString(3).equals(Migrator.HISTORY_TABLE)
                            || ignored.test(rows.getString(2), rows.getString(3))) {
                        continue;
                    }
                    oids.add(new long[] {rows.getLong(1)});
                    qualified.add(new String[] {rows.getString(2), rows.getString(3)});
                }
                for (int i = 0; i < oids.size(); i++) {
                    tables.add(readTable(
                            connection,
                            oids.get(i)[0],
                            qualified.get(i)[0],
                            qualified.get(i)[1],
                            invalid));
                }
            }
        }
        return new Catalog(
                new SchemaDefinition(
                        tables,
                        enumTypes(connection, schemas),
                        views(connection, schemas, ignored),
                        functions(connection, schemas, ignored),
                        triggers(connection, schemas, ignored)),
                invalid);
    }

    /** Whether an object belongs to an extension, which installed it and owns it. */
    private static final String NOT_OF_AN_EXTENSION =
            " AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = ?::regclass"
                    + " AND d.objid = %s AND d.deptype = 'e')";

    /** The views and materialized views of {@code schemas}, with their definitions as the server prints them. */
    private static List<SchemaDefinition.View> views(
            Connection connection, Set<String> schemas, BiPredicate<String, String> ignored) throws SQLException {
        List<SchemaDefinition.View> views = new ArrayList<>();
        String sql = "SELECT n.nspname, c.relname, c.relkind = 'm', pg_get_viewdef(c.oid) FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('v', 'm') AND n.nspname = ANY (?)"
                + NOT_OF_AN_EXTENSION.formatted("c.oid") + " ORDER BY n.nspname, c.relname";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            statement.setString(2, "pg_class");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!ignored.test(rows.getString(1), rows.getString(2))) {
                        views.add(new SchemaDefinition.View(
                                qualified(rows.getString(1), rows.getString(2)),
                                rows.getString(4),
                                rows.getBoolean(3)));
                    }
                }
            }
        }
        return views;
    }

    /** The plain functions of {@code schemas} that no extension installed. */
    private static List<SchemaDefinition.Function> functions(
            Connection connection, Set<String> schemas, BiPredicate<String, String> ignored) throws SQLException {
        List<SchemaDefinition.Function> functions = new ArrayList<>();
        String sql = "SELECT n.nspname, p.proname, pg_get_function_identity_arguments(p.oid),"
                + " pg_get_function_result(p.oid), l.lanname, p.prosrc FROM pg_proc p"
                + " JOIN pg_namespace n ON n.oid = p.pronamespace JOIN pg_language l ON l.oid = p.prolang"
                + " WHERE p.prokind = 'f' AND n.nspname = ANY (?)" + NOT_OF_AN_EXTENSION.formatted("p.oid")
                + " ORDER BY n.nspname, p.proname, 3";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            statement.setString(2, "pg_proc");
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (!ignored.test(rows.getString(1), rows.getString(2))) {
                        functions.add(new SchemaDefinition.Function(
                                qualified(rows.getString(1), rows.getString(2)),
                                rows.getString(3),
                                rows.getString(4),
                                rows.getString(5),
                                rows.getString(6)));
                    }
                }
            }
        }
        return functions;
    }

    /** The triggers on the tables of {@code schemas}, except those PostgreSQL made for constraints. */
    private static List<SchemaDefinition.Trigger> triggers(
            Connection connection, Set<String> schemas, BiPredicate<String, String> ignored) throws SQLException {
        List<SchemaDefinition.Trigger> triggers = new ArrayList<>();
        String sql = "SELECT t.tgname, n.nspname, c.relname, t.tgtype, p.proname, pg_get_triggerdef(t.oid)"
                + " FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace"
                + " JOIN pg_proc p ON p.oid = t.tgfoid WHERE NOT t.tgisinternal AND n.nspname = ANY (?)"
                + " ORDER BY t.tgname, n.nspname, c.relname";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    if (ignored.test(rows.getString(2), rows.getString(3))) {
                        continue;
                    }
                    triggers.add(trigger(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getString(3),
                            rows.getInt(4),
                            rows.getString(5),
                            rows.getString(6)));
                }
            }
        }
        return triggers;
    }

    /** A trigger from its {@code tgtype} bits (trigger.h) and the {@code WHEN} of its printed definition. */
    static SchemaDefinition.Trigger trigger(
            String name, String schema, String table, int type, String function, String definition) {
        String timing = (type & 64) != 0 ? "INSTEAD OF" : (type & 2) != 0 ? "BEFORE" : "AFTER";
        List<String> events = new ArrayList<>();
        if ((type & 4) != 0) {
            events.add("INSERT");
        }
        if ((type & 16) != 0) {
            events.add("UPDATE");
        }
        if ((type & 8) != 0) {
            events.add("DELETE");
        }
        if ((type & 32) != 0) {
            events.add("TRUNCATE");
        }
        return new SchemaDefinition.Trigger(
                name, schema, table, timing, events, (type & 1) != 0, function, whenOf(definition));
    }

    /**
     * The condition of {@code … WHEN (<condition>) EXECUTE FUNCTION …} as {@code pg_get_triggerdef}
     * prints it, {@code ""} when there is none.
     */
    public static String whenOf(String definition) {
        int when = definition.indexOf(" WHEN (");
        int execute = definition.lastIndexOf(") EXECUTE ");
        return when < 0 || execute < when ? "" : definition.substring(when + " WHEN (".length(), execute);
    }

    /** {@code schema.name}, as the comparator keys live objects. */
    private static String qualified(String schema, String name) {
        return schema + "." + name;
    }

    /** The enum types of {@code schemas} with their labels in sort order, except those of extensions. */
    private static List<SchemaDefinition.EnumType> enumTypes(Connection connection, Set<String> schemas)
            throws SQLException {
        List<SchemaDefinition.EnumType> types = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT n.nspname, t.typname,"
                + " ARRAY(SELECT e.enumlabel FROM pg_enum e WHERE e.enumtypid = t.oid ORDER BY e.enumsortorder)"
                + " FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace WHERE t.typtype = 'e'"
                + " AND n.nspname = ANY (?) AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_type'::regclass"
                + " AND d.objid = t.oid AND d.deptype = 'e') ORDER BY n.nspname, t.typname")) {
            statement.setArray(1, connection.createArrayOf("text", schemas.toArray()));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    types.add(
                            new SchemaDefinition.EnumType(rows.getString(1), rows.getString(2), Arrays.asList((String[])
                                    rows.getArray(3).getArray())));
                }
            }
        }
        return types;
    }

    private static SchemaDefinition.Table readTable(
            Connection connection, long oid, String schema, String name, Set<String> invalid) throws SQLException {
        List<SchemaDefinition.Column> columns = new ArrayList<>();
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT a.attname, format_type(a.atttypid, a.atttypmod), NOT a.attnotnull,"
                        // A stored generated column keeps its expression where a default would be.
                        + " CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, d.adrelid) END,"
                        + " a.attidentity <> '', CASE WHEN a.attgenerated = 's' THEN pg_get_expr(d.adbin, d.adrelid) END"
                        + " FROM pg_attribute a LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum"
                        + " WHERE a.attrelid = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    columns.add(new SchemaDefinition.Column(
                            rows.getString(1),
                            rows.getString(2),
                            rows.getBoolean(3),
                            rows.getString(4),
                            rows.getBoolean(5),
                            rows.getString(6)));
                }
            }
        }
        List<SchemaDefinition.Index> indexes = new ArrayList<>();
        // Indexes that exist only to back a primary key, unique or exclusion constraint are part of
        // that constraint, as in the head schema model. A single-column index reports its operator
        // class by name; the comparator looks at it only where the head schema names one. The key list
        // as the server prints it (orderings and operator classes included) and the INCLUDE columns
        // are compared for the indexes the head schema declares with an expression, INCLUDE or WHERE.
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT ic.relname, i.indisunique, am.amname, i.indisvalid,"
                        + " ARRAY(SELECT pg_get_indexdef(i.indexrelid, k, true) FROM generate_series(1, i.indnkeyatts) AS k ORDER BY k),"
                        + " CASE WHEN i.indnkeyatts = 1 THEN (SELECT opc.opcname FROM pg_opclass opc WHERE opc.oid = i.indclass[0]) END,"
                        + " ic.reloptions, pg_get_expr(i.indpred, i.indrelid, true), pg_get_indexdef(i.indexrelid),"
                        + " ARRAY(SELECT a.attname FROM generate_series(i.indnkeyatts + 1, i.indnatts) AS k"
                        + " JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = i.indkey[k - 1] ORDER BY k)"
                        + " FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam"
                        + " WHERE i.indrelid = ? AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid"
                        + " AND c.conrelid = i.indrelid AND c.contype IN ('p', 'u', 'x')) ORDER BY ic.relname")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String[] indexColumns = (String[]) rows.getArray(5).getArray();
                    indexes.add(new SchemaDefinition.Index(
                            rows.getString(1),
                            rows.getBoolean(2),
                            rows.getString(3),
                            Arrays.asList(indexColumns),
                            rows.getString(6),
                            storageParameters(rows.getArray(7)),
                            rows.getString(8),
                            keyList(rows.getString(9), rows.getString(3)),
                            Arrays.asList((String[]) rows.getArray(10).getArray())));
                    if (!rows.getBoolean(4)) {
                        invalid.add(schema + "." + rows.getString(1));
                    }
                }
            }
        }
        // One read of the constraints gives the primary key's columns too.
        List<String> primaryKey = new ArrayList<>();
        List<SchemaDefinition.Constraint> constraints = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT c.conname, c.contype,"
                + " ARRAY(SELECT a.attname FROM unnest(c.conkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum ORDER BY k.ord),"
                + " rn.nspname, rc.relname,"
                + " ARRAY(SELECT a.attname FROM unnest(c.confkey) WITH ORDINALITY AS k(attnum, ord)"
                + " JOIN pg_attribute a ON a.attrelid = c.confrelid AND a.attnum = k.attnum ORDER BY k.ord),"
                + " c.confdeltype, c.confupdtype, pg_get_expr(c.conbin, c.conrelid)"
                + " FROM pg_constraint c LEFT JOIN pg_class rc ON rc.oid = c.confrelid"
                + " LEFT JOIN pg_namespace rn ON rn.oid = rc.relnamespace"
                + " WHERE c.conrelid = ? AND c.contype IN ('p', 'u', 'c', 'f') ORDER BY c.conname")) {
            statement.setLong(1, oid);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    SchemaDefinition.Kind kind = kind(rows.getString(2));
                    List<String> keyColumns =
                            Arrays.asList((String[]) rows.getArray(3).getArray());
                    if (kind == SchemaDefinition.Kind.PRIMARY_KEY) {
                        primaryKey.addAll(keyColumns);
                    }
                    SchemaDefinition.ForeignKey foreignKey = kind != SchemaDefinition.Kind.FOREIGN_KEY
                            ? null
                            : new SchemaDefinition.ForeignKey(
                                    keyColumns,
                                    rows.getString(4),
                                    rows.getString(5),
                                    Arrays.asList((String[]) rows.getArray(6).getArray()),
                                    action(rows.getString(7)),
                                    action(rows.getString(8)));
                    constraints.add(new SchemaDefinition.Constraint(
                            rows.getString(1),
                            kind,
                            foreignKey,
                            kind == SchemaDefinition.Kind.PRIMARY_KEY || kind == SchemaDefinition.Kind.UNIQUE
                                    ? keyColumns
                                    : List.of(),
                            rows.getString(9)));
                }
            }
        }
        return new SchemaDefinition.Table(schema, name, columns, primaryKey, indexes, constraints);
    }

    /**
     * The key list of {@code pg_get_indexdef}'s {@code CREATE INDEX … USING method (keys) …}: what is
     * inside the parentheses after the access method, e.g. {@code lower(email), created_at DESC}.
     */
    public static String keyList(String indexDefinition, String method) {
        String using = " USING " + method + " (";
        int start = indexDefinition.indexOf(using);
        if (start < 0) {
            throw new IllegalStateException("Cannot read the key list of " + indexDefinition);
        }
        int open = start + using.length() - 1;
        int depth = 0;
        char quote = 0;
        for (int i = open; i < indexDefinition.length(); i++) {
            char c = indexDefinition.charAt(i);
            if (quote != 0) {
                // A doubled quote inside a literal or identifier closes and reopens it: same result.
                quote = c == quote ? 0 : quote;
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return indexDefinition.substring(open + 1, i);
            }
        }
        throw new IllegalStateException("Cannot read the key list of " + indexDefinition);
    }

    /** {@code {m=16,ef_construction=64}} as a map; none when the index has no storage parameters. */
    private static Map<String, String> storageParameters(Array reloptions) throws SQLException {
        Map<String, String> options = new TreeMap<>();
        if (reloptions == null) {
            return options;
        }
        for (String option : (String[]) reloptions.getArray()) {
            int equals = option.indexOf('=');
            options.put(option.substring(0, equals), option.substring(equals + 1));
        }
        return options;
    }

    /** {@code pg_constraint.confdeltype} and {@code confupdtype} in the SQL words the model uses. */
    private static String action(String code) {
        switch (code) {
            case "r":
                return "RESTRICT";
            case "c":
                return "CASCADE";
            case "n":
                return "SET NULL";
            case "d":
                return "SET DEFAULT";
            default:
                return "NO ACTION";
        }
    }

    private static SchemaDefinition.Kind kind(String contype) {
        switch (contype) {
            case "p":
                return SchemaDefinition.Kind.PRIMARY_KEY;
            case "u":
                return SchemaDefinition.Kind.UNIQUE;
            case "f":
                return SchemaDefinition.Kind.FOREIGN_KEY;
            default:
                return SchemaDefinition.Kind.CHECK;
        }
    }
}
