package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.EnumTypeModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.SqlTypes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

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
        enumTypes(context, from, to);
        // Last: which views and triggers must be dropped and created again depends on the table and
        // column changes found above.
        DeclaredObjectDiff.diff(context, from, to);
        return context.result();
    }

    /**
     * Enum types by name: a new one is created, one that is gone is dropped, and a type on both sides
     * gains its new labels. Its old labels must stay, in their order: PostgreSQL can neither drop nor
     * move a label, so in the upgrade a removed or moved one is an error; the downgrade of an added
     * label keeps it.
     */
    private static void enumTypes(DiffContext context, SchemaModel from, SchemaModel to) {
        Map<String, EnumTypeModel> before = new LinkedHashMap<>();
        from.enumTypes().forEach(e -> before.put(e.name(), e));
        for (EnumTypeModel type : to.enumTypes()) {
            EnumTypeModel old = before.remove(type.name());
            if (old == null) {
                context.add(Phase.CREATE_ENUM_TYPES, new Change.CreateEnumType(type));
            } else {
                enumLabels(context, old, type);
            }
        }
        before.keySet().forEach(name -> context.add(Phase.DROP_ENUM_TYPES, new Change.DropEnumType(name)));
    }

    private static void enumLabels(DiffContext context, EnumTypeModel from, EnumTypeModel to) {
        List<String> removed = new ArrayList<>(from.labels());
        removed.removeAll(to.labels());
        List<String> kept = new ArrayList<>(to.labels());
        kept.retainAll(from.labels());
        List<String> oldOrder = new ArrayList<>(from.labels());
        oldOrder.removeAll(removed);
        boolean upgrade = context.direction == Direction.UPGRADE;
        if (upgrade && !removed.isEmpty()) {
            context.problem(Problems.enumLabelRemoved(
                    context.explicit.origin(),
                    context.explicit.revisionId(),
                    quoted(removed),
                    from.name(),
                    quoted(from.labels()),
                    quoted(to.labels())));
            return;
        }
        if (!kept.equals(oldOrder)) {
            if (upgrade) {
                context.problem(Problems.enumLabelsReordered(
                        context.explicit.origin(),
                        context.explicit.revisionId(),
                        from.name(),
                        quoted(from.labels()),
                        quoted(to.labels())));
            }
            return;
        }
        List<String> labels = to.labels();
        for (int i = 0; i < labels.size(); i++) {
            String label = labels.get(i);
            if (from.labels().contains(label)) {
                continue;
            }
            // Appended after every old label: plain ADD VALUE appends. Otherwise it goes after the
            // label before it (already in place, labels being added in order), or before the first old
            // label when it is the first.
            boolean appended = labels.subList(i + 1, labels.size()).stream().noneMatch(from.labels()::contains);
            String after = appended || i == 0 ? null : labels.get(i - 1);
            String before = appended || i > 0 ? null : kept.get(0);
            Change.AddEnumLabel add = new Change.AddEnumLabel(to.name(), label, after, before);
            context.add(Phase.ADD_ENUM_LABELS, add);
            if (upgrade) {
                context.problem(
                        add,
                        Problems.enumLabelAdded(
                                context.explicit.origin(), context.explicit.revisionId(), label, to.name()));
            }
        }
        removed.forEach(label -> context.add(Phase.ADD_ENUM_LABELS, new Change.KeepEnumLabel(from.name(), label)));
    }

    private static String quoted(List<String> labels) {
        return labels.stream().map(l -> "'" + l + "'").collect(Collectors.joining(", "));
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
