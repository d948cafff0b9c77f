package dev.migrata.runtime;

import dev.migrata.runtime.internal.CatalogReader;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** Compares the head schema model with the live catalog and lists every difference. */
final class SchemaComparator {

    private static final Pattern VECTOR_TYPE = Pattern.compile("(vector|halfvec|sparsevec|bit)\\((\\d+)\\)");
    private static final Pattern TRAILING_CAST = Pattern.compile("::[a-z_ ]+(\\([0-9, ]+\\))?(\\[\\])?$");

    /** A cast of a string literal anywhere, such as the {@code ::regclass} in {@code nextval('s'::regclass)}. */
    private static final Pattern LITERAL_CAST =
            Pattern.compile("('(?:[^']|'')*')::[a-z_]+( varying| precision| with time zone| without time zone)?"
                    + "(\\([0-9, ]+\\))?(\\[\\])?");

    private SchemaComparator() {}

    /**
     * @param checks the declared CHECK expressions as the server normalized them on each live table
     * @param objects the declared views, function signatures and trigger conditions as the server
     *     prints them
     * @param notes what the report says before its drifts (where the database stands)
     */
    static DriftReport compare(
            SchemaDefinition expected,
            CatalogReader.Catalog live,
            String defaultSchema,
            CheckExpressions.Normalized checks,
            DeclaredObjectTexts.Printed objects,
            List<String> notes) {
        List<DriftReport.Drift> drifts = new ArrayList<>();
        Map<String, SchemaDefinition.Table> actualTables = new LinkedHashMap<>();
        for (SchemaDefinition.Table table : live.definition().tables()) {
            actualTables.put(table.schema() + "." + table.name(), table);
        }
        Set<String> seen = new TreeSet<>();
        for (SchemaDefinition.Table want : expected.tables()) {
            String schema = want.schema().isEmpty() ? defaultSchema : want.schema();
            String key = schema + "." + want.name();
            String label = want.schema().isEmpty() ? want.name() : key;
            seen.add(key);
            SchemaDefinition.Table have = actualTables.get(key);
            if (have == null) {
                drifts.add(drift(DriftReport.Kind.MISSING_TABLE, label, "table", null));
                continue;
            }
            compareColumns(label, want, have, checks, drifts);
            if (!want.primaryKey().equals(have.primaryKey())) {
                drifts.add(drift(
                        DriftReport.Kind.PRIMARY_KEY, label, describe(want.primaryKey()), describe(have.primaryKey())));
            }
            Map<String, SchemaDefinition.Index> actualIndexes = new LinkedHashMap<>();
            have.indexes().forEach(index -> actualIndexes.put(index.name(), index));
            Map<String, SchemaDefinition.Constraint> actualConstraints = new LinkedHashMap<>();
            have.constraints().forEach(constraint -> actualConstraints.put(constraint.name(), constraint));
            List<SchemaDefinition.Index> wantIndexes = new ArrayList<>(want.indexes());
            List<SchemaDefinition.Constraint> wantConstraints = new ArrayList<>(want.constraints());
            UniqueKinds.match(label, wantIndexes, wantConstraints, actualIndexes, actualConstraints, drifts);
            compareIndexes(label, schema, have, wantIndexes, actualIndexes, live.invalidIndexes(), checks, drifts);
            compareConstraints(label, schema, have, wantConstraints, actualConstraints, checks, drifts);
        }
        compareEnumTypes(expected, live.definition(), defaultSchema, drifts);
        for (Map.Entry<String, SchemaDefinition.Table> entry : actualTables.entrySet()) {
            if (!seen.contains(entry.getKey())) {
                SchemaDefinition.Table extra = entry.getValue();
                String label = extra.schema().equals(defaultSchema) ? extra.name() : entry.getKey();
                drifts.add(drift(DriftReport.Kind.EXTRA_TABLE, label, null, "table"));
            }
        }
        DeclaredObjectComparator.compare(expected, live.definition(), defaultSchema, objects, drifts);
        List<String> allNotes = new ArrayList<>(notes);
        if (checks.unavailable() != null) {
            allNotes.add(checks.unavailable());
        }
        if (objects.unavailable() != null) {
            allNotes.add(objects.unavailable());
        }
        return new DriftReport(drifts, allNotes);
    }

    /**
     * Each declared enum type must exist with exactly the declared labels in the declared order; enum
     * types the head schema does not declare are not compared.
     */
    private static void compareEnumTypes(
            SchemaDefinition expected, SchemaDefinition live, String defaultSchema, List<DriftReport.Drift> drifts) {
        Map<String, SchemaDefinition.EnumType> actual = new LinkedHashMap<>();
        live.enumTypes().forEach(type -> actual.put(type.schema() + "." + type.name(), type));
        for (SchemaDefinition.EnumType want : expected.enumTypes()) {
            String schema = want.schema().isEmpty() ? defaultSchema : want.schema();
            String label = "enum type " + (want.schema().isEmpty() ? want.name() : schema + "." + want.name());
            SchemaDefinition.EnumType found = actual.get(schema + "." + want.name());
            if (found == null) {
                drifts.add(drift(DriftReport.Kind.MISSING_ENUM_TYPE, label, labels(want.labels()), null));
            } else if (!want.labels().equals(found.labels())) {
                drifts.add(drift(DriftReport.Kind.ENUM_LABELS, label, labels(want.labels()), labels(found.labels())));
            }
        }
    }

    /** {@code ('QUEUED', 'parliament-period')}: labels as SQL literals, in order. */
    private static String labels(List<String> labels) {
        return "(" + labels.stream().map(l -> "'" + l.replace("'", "''") + "'").collect(Collectors.joining(", ")) + ")";
    }

    private static void compareColumns(
            String table,
            SchemaDefinition.Table want,
            SchemaDefinition.Table have,
            CheckExpressions.Normalized server,
            List<DriftReport.Drift> drifts) {
        Map<String, SchemaDefinition.Column> actual = new LinkedHashMap<>();
        have.columns().forEach(column -> actual.put(column.name(), column));
        for (SchemaDefinition.Column column : want.columns()) {
            String label = table + "." + column.name();
            SchemaDefinition.Column found = actual.remove(column.name());
            if (found == null) {
                drifts.add(drift(DriftReport.Kind.MISSING_COLUMN, label, column.type(), null));
                continue;
            }
            if (!column.type().equals(found.type())) {
                Matcher wantVector = VECTOR_TYPE.matcher(column.type());
                Matcher haveVector = VECTOR_TYPE.matcher(found.type());
                boolean dimensionsOnly = wantVector.matches()
                        && haveVector.matches()
                        && wantVector.group(1).equals(haveVector.group(1));
                drifts.add(drift(
                        dimensionsOnly ? DriftReport.Kind.VECTOR_DIMENSIONS : DriftReport.Kind.COLUMN_TYPE,
                        label,
                        column.type(),
                        found.type()));
            }
            if (column.nullable() != found.nullable()) {
                drifts.add(drift(
                        DriftReport.Kind.NULLABILITY,
                        label,
                        nullability(column.nullable()),
                        nullability(found.nullable())));
            }
            if (column.identity() != found.identity()) {
                drifts.add(drift(
                        DriftReport.Kind.IDENTITY, label, identity(column.identity()), identity(found.identity())));
            }
            if (!Objects.equals(normalizeDefault(column.defaultValue()), normalizeDefault(found.defaultValue()))) {
                drifts.add(drift(DriftReport.Kind.DEFAULT, label, column.defaultValue(), found.defaultValue()));
            }
            compareGeneration(label, have, column, found, server, drifts);
        }
        for (SchemaDefinition.Column extra : actual.values()) {
            drifts.add(drift(DriftReport.Kind.EXTRA_COLUMN, table + "." + extra.name(), null, extra.type()));
        }
    }

    /**
     * Whether a column is generated on both sides, and then its expression as the server prints it
     * for the declared text against the live one (when the server could take the declared text).
     */
    private static void compareGeneration(
            String label,
            SchemaDefinition.Table have,
            SchemaDefinition.Column want,
            SchemaDefinition.Column found,
            CheckExpressions.Normalized server,
            List<DriftReport.Drift> drifts) {
        if (want.generated() == null && found.generated() == null) {
            return;
        }
        if (want.generated() == null || found.generated() == null) {
            drifts.add(drift(
                    DriftReport.Kind.GENERATED, label, generation(want.generated()), generation(found.generated())));
            return;
        }
        String key = CheckExpressions.generatedKey(have.schema(), have.name(), want.name());
        String normalized = server.generated().get(key);
        if (normalized != null && !normalized.equals(found.generated())) {
            drifts.add(drift(DriftReport.Kind.GENERATED, label, generation(normalized), generation(found.generated())));
        } else if (server.refused().containsKey(key)) {
            drifts.add(drift(
                    DriftReport.Kind.GENERATED,
                    label,
                    generation(want.generated()) + ", which the server refuses on this table: "
                            + server.refused().get(key),
                    generation(found.generated())));
        }
    }

    private static String generation(String expression) {
        return expression == null ? "not generated" : "GENERATED ALWAYS AS (" + expression + ") STORED";
    }

    private static void compareIndexes(
            String table,
            String schema,
            SchemaDefinition.Table have,
            List<SchemaDefinition.Index> want,
            Map<String, SchemaDefinition.Index> actual,
            Set<String> invalid,
            CheckExpressions.Normalized server,
            List<DriftReport.Drift> drifts) {
        for (SchemaDefinition.Index index : want) {
            SchemaDefinition.Index found = actual.remove(index.name());
            String label = table + " index " + index.name();
            if (found == null) {
                drifts.add(drift(DriftReport.Kind.MISSING_INDEX, label, describeWithPredicate(index, true), null));
                continue;
            }
            String key = CheckExpressions.indexKey(have.schema(), have.name(), index.name());
            SchemaDefinition.Index spelledByServer =
                    index.comparedAsTheServerSpellsIt() ? server.indexes().get(key) : null;
            if (spelledByServer != null) {
                String wanted = spelled(spelledByServer, spelledByServer.expression());
                String present = spelled(found, found.expression());
                if (!wanted.equals(present)) {
                    drifts.add(drift(DriftReport.Kind.INDEX_DEFINITION, label, wanted, present));
                }
            } else {
                compareDefinition(label, index, found, server.refused().get(key), drifts);
            }
            if (invalid.contains(schema + "." + index.name())) {
                drifts.add(drift(
                        DriftReport.Kind.INVALID_INDEX,
                        label,
                        "valid",
                        "invalid (an interrupted CREATE INDEX CONCURRENTLY)"));
            }
        }
        for (SchemaDefinition.Index extra : actual.values()) {
            drifts.add(drift(
                    DriftReport.Kind.EXTRA_INDEX,
                    table + " index " + extra.name(),
                    null,
                    describeWithPredicate(extra, isVectorIndex(extra))));
        }
    }

    private static void compareConstraints(
            String table,
            String schema,
            SchemaDefinition.Table have,
            List<SchemaDefinition.Constraint> want,
            Map<String, SchemaDefinition.Constraint> actual,
            CheckExpressions.Normalized checks,
            List<DriftReport.Drift> drifts) {
        for (SchemaDefinition.Constraint constraint : want) {
            SchemaDefinition.Constraint found = actual.remove(constraint.name());
            String label = table + " constraint " + constraint.name();
            if (found == null) {
                drifts.add(drift(
                        DriftReport.Kind.MISSING_CONSTRAINT,
                        label,
                        constraint.kind().name(),
                        null));
            } else if (found.kind() != constraint.kind()) {
                drifts.add(drift(
                        DriftReport.Kind.CONSTRAINT_KIND,
                        label,
                        constraint.kind().name(),
                        found.kind().name()));
            } else if (constraint.foreignKey() != null && found.foreignKey() != null) {
                String wanted = describe(constraint.foreignKey(), schema);
                String present = describe(found.foreignKey(), schema);
                if (!wanted.equals(present)) {
                    drifts.add(drift(DriftReport.Kind.CONSTRAINT_DEFINITION, label, wanted, present));
                }
            } else if (constraint.kind() == SchemaDefinition.Kind.UNIQUE
                    && !constraint.columns().isEmpty()
                    && !constraint.columns().equals(found.columns())) {
                drifts.add(drift(
                        DriftReport.Kind.CONSTRAINT_DEFINITION,
                        label,
                        "UNIQUE " + describe(constraint.columns()),
                        "UNIQUE " + describe(found.columns())));
            } else if (constraint.kind() == SchemaDefinition.Kind.CHECK && constraint.check() != null) {
                compareCheck(label, have, constraint, found, checks, drifts);
            }
        }
        for (SchemaDefinition.Constraint extra : actual.values()) {
            drifts.add(drift(
                    DriftReport.Kind.EXTRA_CONSTRAINT,
                    table + " constraint " + extra.name(),
                    null,
                    extra.kind().name()));
        }
    }

    /**
     * An index compared by its parts, where the server has not spelled the declared one: uniqueness,
     * method, columns, operator class where declared, INCLUDE, storage parameters, and whether it is
     * partial. A declared index with expression keys and nothing the server spelled (a head schema
     * embedded before expressions were, or a role without {@code TEMP}) is compared without its keys.
     *
     * @param refused the server's error for the declared index on the live table, or {@code null}
     */
    private static void compareDefinition(
            String label,
            SchemaDefinition.Index index,
            SchemaDefinition.Index found,
            String refused,
            List<DriftReport.Drift> drifts) {
        if (refused != null) {
            drifts.add(drift(
                    DriftReport.Kind.INDEX_DEFINITION,
                    label,
                    spelled(index, declaredKeys(index)) + ", which the server refuses on this table: " + refused,
                    spelled(found, found.expression())));
            return;
        }
        // The operator class counts only where the head schema names one (every vector index):
        // elsewhere the type's default is meant, and its name is the server's business.
        boolean withOperatorClass = index.operatorClass() != null;
        SchemaDefinition.Index compared = index.columns().isEmpty()
                ? new SchemaDefinition.Index(
                        found.name(),
                        found.unique(),
                        found.method(),
                        List.of(),
                        found.operatorClass(),
                        found.options(),
                        found.where(),
                        found.expression(),
                        found.include())
                : found;
        if (!describe(index, withOperatorClass, false).equals(describe(compared, withOperatorClass, false))) {
            drifts.add(drift(
                    DriftReport.Kind.INDEX_DEFINITION,
                    label,
                    describeWithPredicate(index, withOperatorClass),
                    describeWithPredicate(found, withOperatorClass)));
        }
    }

    /** The key list of a declared index as its revision writes it: expression or columns, then the operator class. */
    private static String declaredKeys(SchemaDefinition.Index index) {
        String operatorClass = index.operatorClass() == null ? "" : " " + index.operatorClass();
        return index.expression() != null
                ? index.expression() + operatorClass
                : String.join(operatorClass + ", ", index.columns()) + operatorClass;
    }

    /**
     * {@code btree (lower(email), created_at DESC) INCLUDE (name) WITH (m = 16) WHERE NOT archived}:
     * the whole index with the given key list (the server's, for a live index or a declared one it
     * spelled; as declared otherwise).
     */
    private static String spelled(SchemaDefinition.Index index, String keys) {
        SchemaDefinition.Index asKeys = new SchemaDefinition.Index(
                index.name(),
                index.unique(),
                index.method(),
                List.of(keys),
                null,
                index.options(),
                index.where(),
                null,
                index.include());
        return describe(asKeys, false, true);
    }

    /**
     * A declared CHECK against the live one, both as the server prints them; the declared text is
     * shown too when the server could not take it.
     */
    private static void compareCheck(
            String label,
            SchemaDefinition.Table have,
            SchemaDefinition.Constraint constraint,
            SchemaDefinition.Constraint found,
            CheckExpressions.Normalized checks,
            List<DriftReport.Drift> drifts) {
        String key = CheckExpressions.key(have.schema(), have.name(), constraint.name());
        String normalized = checks.normalized().get(key);
        if (normalized != null) {
            if (!normalized.equals(found.check())) {
                drifts.add(drift(
                        DriftReport.Kind.CHECK_DEFINITION, label, "CHECK " + normalized, "CHECK " + found.check()));
            }
        } else if (checks.refused().containsKey(key)) {
            drifts.add(drift(
                    DriftReport.Kind.CHECK_DEFINITION,
                    label,
                    "CHECK (" + constraint.check() + "), which the server refuses on this table: "
                            + checks.refused().get(key),
                    "CHECK " + found.check()));
        }
    }

    /**
     * Defaults as declared ({@code 'x'}, {@code nextval('s')}) and as the server prints them
     * ({@code 'x'::text}, {@code nextval('s'::regclass)}) differ only in casts, case and spacing.
     */
    static String normalizeDefault(String expression) {
        if (expression == null) {
            return null;
        }
        String normalized = expression.trim().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        normalized = LITERAL_CAST.matcher(normalized).replaceAll("$1");
        String previous;
        do {
            previous = normalized;
            normalized = TRAILING_CAST.matcher(normalized).replaceAll("").trim();
            if (normalized.startsWith("(")
                    && normalized.endsWith(")")
                    && balanced(normalized.substring(1, normalized.length() - 1))) {
                normalized = normalized.substring(1, normalized.length() - 1).trim();
            }
        } while (!normalized.equals(previous));
        return normalized;
    }

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            if (depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * What is compared of an index: uniqueness, method, columns, the operator class when asked,
     * INCLUDE columns, storage parameters, and whether it is partial — the predicate itself only when
     * asked for a message: where the server did not spell the declared one, the texts may differ.
     */
    private static String describe(SchemaDefinition.Index index, boolean withOperatorClass, boolean withPredicate) {
        StringBuilder text = new StringBuilder(index.unique() ? "unique " : "")
                .append(index.method())
                .append(" (")
                .append(String.join(", ", index.columns()));
        if (withOperatorClass && index.operatorClass() != null) {
            text.append(' ').append(index.operatorClass());
        }
        text.append(')');
        if (!index.include().isEmpty()) {
            text.append(" INCLUDE ").append(describe(index.include()));
        }
        if (!index.options().isEmpty()) {
            text.append(" WITH (")
                    .append(index.options().entrySet().stream()
                            .map(option -> option.getKey() + " = " + option.getValue())
                            .collect(Collectors.joining(", ")))
                    .append(')');
        }
        if (index.where() != null) {
            text.append(withPredicate ? " WHERE " + index.where() : " partial");
        }
        return text.toString();
    }

    /** The index as a drift line shows it: with its predicate, as each side spells it. */
    static String describeWithPredicate(SchemaDefinition.Index index, boolean withOperatorClass) {
        return describe(index, withOperatorClass, true);
    }

    private static boolean isVectorIndex(SchemaDefinition.Index index) {
        return index.method().equals("hnsw") || index.method().equals("ivfflat");
    }

    /** {@code FOREIGN KEY (a) REFERENCES t (id) ON DELETE CASCADE ON UPDATE NO ACTION}, the schema resolved. */
    private static String describe(SchemaDefinition.ForeignKey foreignKey, String defaultSchema) {
        String schema = foreignKey.referencedSchema().isEmpty() ? defaultSchema : foreignKey.referencedSchema();
        String table = schema.equals(defaultSchema)
                ? foreignKey.referencedTable()
                : schema + "." + foreignKey.referencedTable();
        return "FOREIGN KEY " + describe(foreignKey.columns()) + " REFERENCES " + table + " "
                + describe(foreignKey.referencedColumns()) + " ON DELETE " + foreignKey.onDelete() + " ON UPDATE "
                + foreignKey.onUpdate();
    }

    static String describe(List<String> columns) {
        return "(" + String.join(", ", columns) + ")";
    }

    private static String nullability(boolean nullable) {
        return nullable ? "NULL" : "NOT NULL";
    }

    private static String identity(boolean identity) {
        return identity ? "identity" : "no identity";
    }

    static DriftReport.Drift drift(DriftReport.Kind kind, String object, String expected, String actual) {
        return new DriftReport.Drift(kind, object, expected, actual);
    }
}
