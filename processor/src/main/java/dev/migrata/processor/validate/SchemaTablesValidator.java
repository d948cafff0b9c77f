package dev.migrata.processor.validate;

import dev.migrata.processor.read.CheckRead;
import dev.migrata.processor.read.ColumnRead;
import dev.migrata.processor.read.ReferenceRead;
import dev.migrata.processor.read.TableRead;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Checks the tables of one schema together: table names are unique per PostgreSQL schema, and so
 * are the names of the relations PostgreSQL creates for them (tables, indexes, and the indexes
 * behind primary keys and unique constraints share one namespace).
 */
public final class SchemaTablesValidator {

    private SchemaTablesValidator() {}

    /**
     * Every problem.
     *
     * @param tables the tables as read
     * @param models their models, in the same order
     */
    public static List<Problem> validate(List<TableRead> tables, List<TableModel> models) {
        List<Problem> problems = new ArrayList<>();
        Map<String, String> relations = new HashMap<>();
        Map<String, TableRead> tableNames = new HashMap<>();
        for (TableRead table : tables) {
            TableRead first = tableNames.putIfAbsent(table.schema() + "." + table.name(), table);
            if (first != null) {
                problems.add(Problems.duplicateTableName(
                        table.nameOrigin(), first.simpleName(), table.simpleName(), table.name(), where(table)));
            } else {
                relations.put(table.schema() + "." + table.name(), "table " + table.name());
            }
        }
        Map<String, String> constraints = new HashMap<>();
        for (int i = 0; i < tables.size(); i++) {
            TableRead table = tables.get(i);
            TableModel model = models.get(i);
            List<Named> relationNames = new ArrayList<>();
            if (model.primaryKey() != null) {
                Origin origin = table.primaryKeyName().isEmpty() ? table.origin() : table.primaryKeyNameOrigin();
                relationNames.add(new Named(
                        model.primaryKey().name(),
                        "the primary key of " + model.name(),
                        origin,
                        "@Table(primaryKeyName = \"" + model.primaryKey().name() + "_2\")",
                        true));
            }
            for (UniqueModel unique : model.uniques()) {
                Origin origin = table.uniques().stream()
                        .filter(u -> u.columns().equals(unique.columns()))
                        .findFirst()
                        .map(u -> u.name().isEmpty() ? u.origin() : u.nameOrigin())
                        .orElse(table.origin());
                relationNames.add(
                        new Named(unique.name(), "a unique constraint of " + model.name(), origin, null, true));
            }
            for (IndexModel index : model.indexes()) {
                relationNames.add(new Named(index.name(), "an index of " + model.name(), table.origin(), null, false));
            }
            for (Named named : relationNames) {
                String key = table.schema() + "." + named.name();
                String first = relations.putIfAbsent(key, named.what());
                if (first != null) {
                    problems.add(Problems.duplicateConstraintName(
                            named.origin(), named.name(), first, named.what(), where(table)));
                }
                if (named.constraint()) {
                    constraints.putIfAbsent(key, named.what());
                }
            }
            // Foreign keys and CHECKs are not relations, but their names are as unique as the others'.
            List<Named> constraintNames = new ArrayList<>();
            for (ForeignKeyModel foreignKey : model.foreignKeys()) {
                ReferenceRead reference = table.column(foreignKey.columns().get(0))
                        .map(ColumnRead::reference)
                        .orElse(null);
                Origin origin = reference == null
                        ? table.origin()
                        : reference.name().isEmpty() ? reference.origin() : reference.nameOrigin();
                String target = reference == null ? "..." : reference.targetSimpleName();
                constraintNames.add(new Named(
                        foreignKey.name(),
                        "the foreign key of " + model.name() + "."
                                + foreignKey.columns().get(0),
                        origin,
                        "@References(value = " + target + ".class, name = \"" + foreignKey.name() + "_2\")",
                        true));
            }
            constraintNames.addAll(checkNames(table, model));
            for (Named named : constraintNames) {
                String first = constraints.putIfAbsent(table.schema() + "." + named.name(), named.what());
                if (first != null) {
                    problems.add(Problems.duplicateConstraintNameInSchema(
                            named.origin(), named.name(), first, named.what(), where(table), named.fix()));
                }
            }
        }
        return problems;
    }

    /**
     * The names of the table's CHECKs with what declared them. The model sorts its checks by name,
     * so each declaration claims the first unclaimed check with its expression: the column checks
     * in column order, then the {@code @Check}s.
     */
    private static List<Named> checkNames(TableRead table, TableModel model) {
        List<CheckModel> unclaimed = new ArrayList<>(model.checks());
        List<Named> names = new ArrayList<>();
        for (ColumnRead column : table.columns()) {
            if (column.check() != null) {
                claim(unclaimed, column.check())
                        .ifPresent(check -> names.add(new Named(
                                check.name(),
                                "the CHECK of " + column.description(),
                                column.nameOrigin(),
                                "@Column(name = \"" + column.name() + "_2\") on " + column.description(),
                                true)));
            }
        }
        for (CheckRead declared : table.checks()) {
            claim(unclaimed, declared.expression())
                    .ifPresent(check -> names.add(new Named(
                            check.name(),
                            "the @Check(\"" + Printable.of(declared.expression()) + "\") of " + table.simpleName(),
                            declared.name().isEmpty() ? declared.origin() : declared.nameOrigin(),
                            "@Check(value = \"...\", name = \"" + check.name() + "_2\")",
                            true)));
        }
        return names;
    }

    private static Optional<CheckModel> claim(List<CheckModel> unclaimed, String expression) {
        for (int i = 0; i < unclaimed.size(); i++) {
            if (unclaimed.get(i).expression().equals(expression)) {
                return Optional.of(unclaimed.remove(i));
            }
        }
        return Optional.empty();
    }

    /**
     * A name a table gives to something in its PostgreSQL schema: what it names, where it was
     * written, how to rename it ({@code null} where the message gives the fix), and whether it is a
     * constraint's name (an index's is not).
     */
    private record Named(String name, String what, Origin origin, String fix, boolean constraint) {}

    private static String where(TableRead table) {
        return table.schema().isEmpty() ? "the default schema" : "schema '" + table.schema() + "'";
    }
}
