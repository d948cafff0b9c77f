package dev.migrata.processor.validate;

import dev.migrata.processor.read.CheckRead;
import dev.migrata.processor.read.ColumnRead;
import dev.migrata.processor.read.IndexRead;
import dev.migrata.processor.read.TableRead;
import dev.migrata.processor.read.UniqueRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Checks one table on its own: its names, duplicate column names (after snake_casing), its primary
 * key, its {@code @Index}es, {@code @Unique}s and {@code @Check}s and the values of all of them that are
 * written verbatim into SQL.
 */
public final class TableValidator {

    private static final Set<String> INDEX_METHODS = Set.of("btree", "gin", "gist", "brin", "hash");

    private TableValidator() {}

    /** Every problem of the table. */
    public static List<Problem> validate(TableRead table) {
        List<Problem> problems = new ArrayList<>();
        checkNames(table, problems);
        checkDuplicateColumns(table, problems);
        checkPrimaryKey(table, problems);
        for (IndexRead index : table.indexes()) {
            checkIndex(table, index, problems);
            problems.addAll(SqlValueValidator.validate(index.sqlValues()));
        }
        checkUniques(table, problems);
        for (CheckRead check : table.checks()) {
            problems.addAll(SqlValueValidator.validate(List.of(check.sqlValue())));
        }
        for (ColumnRead column : table.columns()) {
            problems.addAll(SqlValueValidator.validate(column.sqlValues()));
            checkGenerated(table, column, problems);
        }
        return problems;
    }

    /** A generated column takes its value from its expression only: no default, identity or key. */
    private static void checkGenerated(TableRead table, ColumnRead column, List<Problem> problems) {
        if (column.generated() == null) {
            return;
        }
        List<String> conflicts = new ArrayList<>();
        if (column.defaultValue() != null) {
            conflicts.add("defaultValue");
        }
        if (column.identity()) {
            conflicts.add("identity");
        }
        if (column.primaryKey() || table.primaryKeyColumns().contains(column.name())) {
            conflicts.add("primaryKey");
        }
        if (!conflicts.isEmpty()) {
            String list = String.join(" and ", conflicts);
            problems.add(Problems.generatedColumnConflict(column.generatedOrigin(), column.description(), list));
        }
    }

    private static void checkNames(TableRead table, List<Problem> problems) {
        IdentifierValidator.addProblem(
                problems, "table", table.name(), table.simpleName(), "@Table(name = \"%s\")", table.nameOrigin());
        if (!table.schema().isEmpty()) {
            IdentifierValidator.addProblem(
                    problems,
                    "PostgreSQL schema",
                    table.schema(),
                    table.simpleName(),
                    "@Table(schema = \"%s\")",
                    table.schemaOrigin());
        }
        if (!table.primaryKeyName().isEmpty()) {
            IdentifierValidator.addProblem(
                    problems,
                    "primary key",
                    table.primaryKeyName(),
                    table.simpleName(),
                    "@Table(primaryKeyName = \"%s\")",
                    table.primaryKeyNameOrigin());
        }
        for (ColumnRead column : table.columns()) {
            String fix = "@Column(name = \"%s\")";
            Optional<Problem> problem =
                    IdentifierValidator.check("column", column.name(), column.description(), fix, column.nameOrigin());
            problem.ifPresent(problems::add);
            if (column.vectorIndex() != null && !column.vectorIndex().name().isEmpty()) {
                IdentifierValidator.addProblem(
                        problems,
                        "index",
                        column.vectorIndex().name(),
                        column.description(),
                        "@VectorIndex(name = \"%s\")",
                        column.vectorIndex().nameOrigin());
            }
            if (column.reference() != null && !column.reference().name().isEmpty()) {
                IdentifierValidator.addProblem(
                        problems,
                        "foreign key",
                        column.reference().name(),
                        column.description(),
                        "@References(value = " + column.reference().targetSimpleName() + ".class, name = \"%s\")",
                        column.reference().nameOrigin());
            }
        }
        for (IndexRead index : table.indexes()) {
            if (!index.name().isEmpty()) {
                IdentifierValidator.addProblem(
                        problems,
                        "index",
                        index.name(),
                        table.simpleName(),
                        "@Index(name = \"%s\", columns = {...})",
                        index.nameOrigin());
            }
        }
        for (UniqueRead unique : table.uniques()) {
            if (!unique.name().isEmpty()) {
                IdentifierValidator.addProblem(
                        problems,
                        "unique constraint",
                        unique.name(),
                        table.simpleName(),
                        "@Unique(columns = {...}, name = \"%s\")",
                        unique.nameOrigin());
            }
        }
        for (CheckRead check : table.checks()) {
            if (!check.name().isEmpty()) {
                IdentifierValidator.addProblem(
                        problems,
                        "check constraint",
                        check.name(),
                        table.simpleName(),
                        "@Check(value = \"...\", name = \"%s\")",
                        check.nameOrigin());
            }
        }
    }

    private static void checkDuplicateColumns(TableRead table, List<Problem> problems) {
        Map<String, ColumnRead> seen = new HashMap<>();
        for (ColumnRead column : table.columns()) {
            ColumnRead first = seen.putIfAbsent(column.name(), column);
            if (first != null) {
                problems.add(Problems.duplicateColumnName(
                        column.nameOrigin(),
                        first.description(),
                        column.description(),
                        table.simpleName(),
                        column.name(),
                        table.name()));
            }
        }
    }

    private static void checkPrimaryKey(TableRead table, List<Problem> problems) {
        List<ColumnRead> keyColumns =
                table.columns().stream().filter(ColumnRead::primaryKey).toList();
        if (!table.declaredPrimaryKey().isEmpty()) {
            checkColumnsExist(
                    table,
                    table.declaredPrimaryKey(),
                    Problems::primaryKeyUnknownColumn,
                    table.declaredPrimaryKeyOrigin(),
                    problems);
            if (!keyColumns.isEmpty()) {
                problems.add(Problems.primaryKeyConflict(
                        keyColumns.get(0).primaryKeyOrigin(),
                        table.simpleName(),
                        "twice, in @Table(primaryKey) and with @Column(primaryKey = true) on "
                                + keyColumns.get(0).description(),
                        quotedList(table.declaredPrimaryKey())));
            }
        } else if (keyColumns.size() > 1) {
            problems.add(Problems.primaryKeyConflict(
                    keyColumns.get(1).primaryKeyOrigin(),
                    table.simpleName(),
                    "with @Column(primaryKey = true) on several columns ("
                            + keyColumns.stream().map(ColumnRead::description).collect(Collectors.joining(", ")) + ")",
                    quotedList(keyColumns.stream().map(ColumnRead::name).toList())));
        }
    }

    /**
     * A problem for each name that is no column of the table, with the table's columns and, as the
     * example, the names with each unknown one replaced by the closest column.
     *
     * @return whether every name is a column
     */
    private static boolean checkColumnsExist(
            TableRead table, List<String> names, UnknownColumn unknown, Origin origin, List<Problem> problems) {
        boolean known = true;
        for (String name : names) {
            if (table.column(name).isEmpty()) {
                known = false;
                problems.add(unknown.problem(
                        origin,
                        table.simpleName(),
                        name,
                        table.name(),
                        table.columnList(),
                        quotedList(names.stream().map(c -> suggestion(table, c)).toList())));
            }
        }
        return known;
    }

    /** The factory of one of the four "names column X, but the table has no such column" messages. */
    @FunctionalInterface
    private interface UnknownColumn {
        Problem problem(Origin origin, String tableClass, String column, String table, String columns, String fix);
    }

    private static void checkIndex(TableRead table, IndexRead index, List<Problem> problems) {
        if (index.columns().isEmpty() && index.expression().isEmpty()) {
            String example = table.columns().isEmpty()
                    ? "column"
                    : table.columns().get(0).name();
            problems.add(Problems.indexWithoutColumns(index.columnsOrigin(), table.simpleName(), example));
        } else if (!index.columns().isEmpty() && !index.expression().isEmpty()) {
            problems.add(Problems.indexColumnsAndExpression(
                    index.expressionOrigin(),
                    table.simpleName(),
                    String.join(", ", index.columns()) + ", " + index.expression()));
        }
        checkColumnsExist(table, index.include(), Problems::indexIncludeUnknownColumn, index.includeOrigin(), problems);
        checkColumnsExist(table, index.columns(), Problems::indexUnknownColumn, index.columnsOrigin(), problems);
        String using = index.using().isEmpty() ? "btree" : index.using().toLowerCase(Locale.ROOT);
        if (!INDEX_METHODS.contains(using)) {
            problems.add(Problems.indexMethodUnknown(index.usingOrigin(), index.using(), table.simpleName()));
        }
    }

    /**
     * Each {@code @Unique} names existing columns, at least one, and constrains a set of columns no
     * other key of the table already constrains in the same order (PostgreSQL would build a second,
     * identical index).
     */
    private static void checkUniques(TableRead table, List<Problem> problems) {
        Map<List<String>, String> keys = new HashMap<>();
        List<String> primaryKey = table.primaryKeyColumns();
        if (!primaryKey.isEmpty()) {
            keys.put(primaryKey, "the primary key");
        }
        for (ColumnRead column : table.columns()) {
            if (column.unique()) {
                keys.putIfAbsent(List.of(column.name()), "@Column(unique = true) on " + column.description());
            }
        }
        for (UniqueRead unique : table.uniques()) {
            if (unique.columns().isEmpty()) {
                String example = table.columns().isEmpty()
                        ? "column"
                        : table.columns().get(0).name();
                problems.add(Problems.uniqueWithoutColumns(unique.columnsOrigin(), table.simpleName(), example));
                continue;
            }
            if (!checkColumnsExist(
                    table, unique.columns(), Problems::uniqueUnknownColumn, unique.columnsOrigin(), problems)) {
                continue;
            }
            String first = keys.putIfAbsent(unique.columns(), "another @Unique");
            if (first != null) {
                problems.add(Problems.uniqueRepeated(
                        unique.origin(),
                        quotedList(unique.columns()),
                        table.simpleName(),
                        first,
                        first.equals("the primary key") ? " (a primary key is unique already)" : ""));
            }
        }
    }

    /**
     * The column the user probably meant, so that the example is a valid value: the column whose
     * Java name it is, else the column whose name is closest to it (a typo), never the wrong name.
     */
    private static String suggestion(TableRead table, String name) {
        if (table.column(name).isPresent()) {
            return name;
        }
        ColumnRead closest = null;
        int closestDistance = Integer.MAX_VALUE;
        for (ColumnRead column : table.columns()) {
            if (column.javaName().equals(name) || column.name().equals(Names.snakeCase(name))) {
                return column.name();
            }
            int distance = editDistance(column.name(), Names.snakeCase(name));
            if (distance < closestDistance) {
                closest = column;
                closestDistance = distance;
            }
        }
        return closest == null ? "column_name" : closest.name();
    }

    /** Levenshtein distance: the fewest one-character insertions, deletions and substitutions. */
    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    private static String quotedList(List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(", "));
    }
}
