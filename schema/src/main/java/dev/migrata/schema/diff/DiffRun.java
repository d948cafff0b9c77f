package dev.migrata.schema.diff;

import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.SqlTypes;
import java.util.Set;
import java.util.TreeSet;

/** One diff, step by step: tables, then columns, then constraints and indexes, then whole tables. */
final class DiffRun {

    private DiffRun() {}

    static DiffResult run(SchemaModel from, SchemaModel to, ExplicitChanges explicit, Direction direction) {
        DiffContext context = new DiffContext(from, to, explicit, direction);
        TableDiff tables = new TableDiff(context);
        ColumnDiff columns = new ColumnDiff(context);
        ConstraintDiff constraints = new ConstraintDiff(context);
        tables.pairTables();
        columns.checkColumnDirectiveTables();
        // Every column map must exist before constraints are compared: a foreign key's referenced
        // columns live in another table's map.
        for (TablePair pair : context.pairs.values()) {
            columns.pairColumns(pair);
        }
        columns.checkUnusedChangeTypes();
        for (TablePair pair : context.pairs.values()) {
            constraints.diff(pair);
        }
        tables.createTables();
        tables.dropTables();
        // An extension is created when the target needs it and never dropped, in either direction:
        // other schemas of the same database may use it, so a downgrade leaves it installed.
        Set<String> created = extensions(to);
        created.removeAll(extensions(from));
        created.forEach(name -> context.add(Phase.EXTENSION, new Change.CreateExtension(name)));
        return context.result();
    }

    /** The extensions the model needs: those it lists, and {@code vector} when a column or index uses it. */
    private static Set<String> extensions(SchemaModel model) {
        Set<String> names = new TreeSet<>(model.extensions());
        if (needsVector(model)) {
            names.add("vector");
        }
        return names;
    }

    private static boolean needsVector(SchemaModel model) {
        return model.tables().stream()
                .anyMatch(t -> t.columns().stream().anyMatch(c -> SqlTypes.isVectorType(c.type()))
                        || t.indexes().stream().anyMatch(IndexModel::isVectorIndex));
    }
}
