package dev.migrata.processor.validate;

import dev.migrata.processor.read.ColumnRead;
import dev.migrata.processor.read.ReferenceRead;
import dev.migrata.processor.read.TableRead;
import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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
                problems.add(Problem.of(
                        Message.DUPLICATE_TABLE_NAME,
                        table.nameOrigin(),
                        first.simpleName(),
                        table.simpleName(),
                        table.name(),
                        where(table),
                        table.name()));
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
                relationNames.add(
                        new Named(unique.name(), "a unique constraint of " + model.name(), table.origin(), null, true));
            }
            for (IndexModel index : model.indexes()) {
                relationNames.add(new Named(index.name(), "an index of " + model.name(), table.origin(), null, false));
            }
            for (Named named : relationNames) {
                String key = table.schema() + "." + named.name();
                String first = relations.putIfAbsent(key, named.what());
                if (first != null) {
                    problems.add(Problem.of(
                            Message.DUPLICATE_CONSTRAINT_NAME,
                            named.origin(),
                            named.name(),
                            first,
                            named.what(),
                            where(table),
                            named.name()));
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
            // The model holds one CHECK per column that declares one, in column order.
            List<ColumnRead> checkedColumns =
                    table.columns().stream().filter(c -> c.check() != null).toList();
            for (int c = 0; c < model.checks().size() && c < checkedColumns.size(); c++) {
                ColumnRead column = checkedColumns.get(c);
                constraintNames.add(new Named(
                        model.checks().get(c).name(),
                        "the CHECK of " + column.description(),
                        column.nameOrigin(),
                        "@Column(name = \"" + column.name() + "_2\") on " + column.description(),
                        true));
            }
            for (Named named : constraintNames) {
                String first = constraints.putIfAbsent(table.schema() + "." + named.name(), named.what());
                if (first != null) {
                    problems.add(Problem.of(
                            Message.DUPLICATE_CONSTRAINT_NAME_IN_SCHEMA,
                            named.origin(),
                            named.name(),
                            first,
                            named.what(),
                            where(table),
                            named.fix()));
                }
            }
        }
        return problems;
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
