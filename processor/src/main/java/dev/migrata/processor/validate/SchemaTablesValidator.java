package dev.migrata.processor.validate;

import dev.migrata.processor.read.TableRead;
import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.IndexModel;
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
        for (int i = 0; i < tables.size(); i++) {
            TableRead table = tables.get(i);
            TableModel model = models.get(i);
            List<String[]> named = new ArrayList<>();
            if (model.primaryKey() != null) {
                named.add(new String[] {model.primaryKey().name(), "the primary key of " + model.name()});
            }
            for (UniqueModel unique : model.uniques()) {
                named.add(new String[] {unique.name(), "a unique constraint of " + model.name()});
            }
            for (IndexModel index : model.indexes()) {
                named.add(new String[] {index.name(), "an index of " + model.name()});
            }
            for (String[] entry : named) {
                String key = table.schema() + "." + entry[0];
                String first = relations.putIfAbsent(key, entry[1]);
                if (first != null) {
                    problems.add(Problem.of(
                            Message.DUPLICATE_CONSTRAINT_NAME,
                            table.origin(),
                            entry[0],
                            first,
                            entry[1],
                            where(table),
                            entry[0]));
                }
            }
        }
        return problems;
    }

    private static String where(TableRead table) {
        return table.schema().isEmpty() ? "the default schema" : "schema '" + table.schema() + "'";
    }
}
