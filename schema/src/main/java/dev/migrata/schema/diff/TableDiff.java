package dev.migrata.schema.diff;

import static dev.migrata.schema.diff.DiffContext.text;

import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.SqlTypes;
import dev.migrata.schema.model.TableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Pairs the tables of the two models (by name, or through {@code @RenameTable}), reports tables that
 * disappear without a directive, and creates and drops whole tables in foreign-key order.
 */
final class TableDiff {

    private final DiffContext context;
    private final String revision;
    private final Origin revisionOrigin;
    private final List<TableModel> created = new ArrayList<>();
    private final List<TableModel> dropped = new ArrayList<>();

    TableDiff(DiffContext context) {
        this.context = context;
        this.revision = context.explicit.revisionId();
        this.revisionOrigin = context.explicit.origin();
    }

    /** Pairs the tables, checks the table directives, and reports tables gone without one. */
    void pairTables() {
        Map<String, String> renames = new LinkedHashMap<>();
        for (Directive.RenameTable d : context.explicit.renameTables()) {
            if (!context.fromTables.containsKey(d.from())) {
                context.unknownTable(d, d.from(), "in the parent");
            } else if (!context.toTables.containsKey(d.to())) {
                context.problem(Problems.renameTableTargetMissing(d.origin(), text(d), revision, d.to()));
            } else if (context.toTables.containsKey(d.from())) {
                context.problem(
                        Problems.renamedSourceStillDeclared(d.origin(), text(d), "table " + d.from(), revision));
            } else if (renames.containsKey(d.from()) || renames.containsValue(d.to())) {
                context.problem(Problems.directiveConflict(d.origin(), text(d), "table " + d.from(), revision));
            } else {
                renames.put(d.from(), d.to());
            }
        }
        Set<String> droppedOnPurpose = new LinkedHashSet<>();
        for (Directive.DropTable d : context.explicit.dropTables()) {
            if (!context.fromTables.containsKey(d.table())) {
                context.unknownTable(d, d.table(), "in the parent");
            } else if (context.toTables.containsKey(d.table())) {
                context.problem(Problems.droppedTableStillDeclared(d.origin(), text(d), d.table(), revision));
            } else if (renames.containsKey(d.table()) || !droppedOnPurpose.add(d.table())) {
                context.problem(Problems.directiveConflict(d.origin(), text(d), "table " + d.table(), revision));
            }
        }
        Set<String> claimed = new HashSet<>(renames.values());
        List<TableModel> gone = new ArrayList<>();
        for (TableModel from : context.fromTables.values()) {
            String toName = renames.get(from.name());
            if (toName == null && context.toTables.containsKey(from.name()) && !claimed.contains(from.name())) {
                toName = from.name();
            }
            if (toName != null) {
                TableModel to = context.toTables.get(toName);
                context.pairs.put(from.name(), new TablePair(from, to));
                if (!toName.equals(from.name())) {
                    context.add(Phase.RENAME_TABLES, new Change.RenameTable(from.schema(), from.name(), toName));
                }
            } else if (droppedOnPurpose.contains(from.name()) || context.direction == Direction.DOWNGRADE) {
                dropped.add(from);
            } else {
                gone.add(from);
            }
        }
        Set<String> pairedTo =
                context.pairs.values().stream().map(p -> p.to().name()).collect(Collectors.toSet());
        for (TableModel to : context.toTables.values()) {
            if (!pairedTo.contains(to.name())) {
                created.add(to);
            }
        }
        for (TableModel from : gone) {
            TableModel candidate = created.stream()
                    .filter(to -> hasEveryColumnOf(to, from))
                    .findFirst()
                    .or(() -> created.stream()
                            .filter(to -> columnRenames(from, to) != null)
                            .findFirst())
                    .orElse(null);
            if (candidate == null) {
                context.problem(Problems.tableGone(
                        revisionOrigin, from.name(), revision, AnnotationText.dropTable(from.name())));
            } else {
                context.problem(Problems.tableGoneOrRenamed(
                        revisionOrigin,
                        from.name(),
                        revision,
                        candidate.name(),
                        renameTableAndColumns(from, candidate),
                        AnnotationText.dropTable(from.name())));
            }
        }
    }

    /** A new table that could be the old one renamed: it has every old column, with the same type. */
    private static boolean hasEveryColumnOf(TableModel candidate, TableModel old) {
        return old.columns().stream()
                .allMatch(c -> candidate
                        .column(c.name())
                        .filter(n -> SqlTypes.sameType(n.type(), c.type()))
                        .isPresent());
    }

    /**
     * The old-to-new names of the columns a new table renamed, when that is its only difference in
     * columns: as many columns, the same types in the same order, and a changed name neither old
     * nor new on the other side. {@code null} when the columns differ otherwise.
     */
    private static Map<String, String> columnRenames(TableModel old, TableModel candidate) {
        if (old.columns().size() != candidate.columns().size()) {
            return null;
        }
        Map<String, String> renames = new LinkedHashMap<>();
        for (int i = 0; i < old.columns().size(); i++) {
            ColumnModel before = old.columns().get(i);
            ColumnModel after = candidate.columns().get(i);
            if (!SqlTypes.sameType(before.type(), after.type())) {
                return null;
            }
            if (!before.name().equals(after.name())) {
                if (candidate.column(before.name()).isPresent()
                        || old.column(after.name()).isPresent()) {
                    return null;
                }
                renames.put(before.name(), after.name());
            }
        }
        return renames;
    }

    /** The {@code @RenameTable}, and a {@code @RenameColumn} per renamed column, one per line. */
    private static String renameTableAndColumns(TableModel from, TableModel to) {
        StringBuilder text = new StringBuilder(AnnotationText.renameTable(from.name(), to.name()));
        Map<String, String> renames = columnRenames(from, to);
        if (renames != null) {
            renames.forEach((old, renamed) -> text.append(System.lineSeparator())
                    .append("    ")
                    .append(AnnotationText.renameColumn(to.name(), old, renamed)));
        }
        return text.toString();
    }

    /** New tables, referenced ones first; a cycle's foreign keys are added once all exist. */
    void createTables() {
        Set<String> names = new LinkedHashSet<>();
        created.forEach(t -> names.add(t.name()));
        Map<String, Set<String>> referenced = new TreeMap<>();
        for (TableModel table : created) {
            referenced.put(
                    table.name(),
                    table.foreignKeys().stream()
                            .map(ForeignKeyModel::referencedTable)
                            .filter(names::contains)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        DependencyOrder.Result order = DependencyOrder.of(List.copyOf(names), referenced);
        Set<DependencyOrder.Edge> deferred = new HashSet<>(order.deferred());
        for (String name : order.order()) {
            TableModel table = context.toTables.get(name);
            List<ForeignKeyModel> inline = new ArrayList<>();
            for (ForeignKeyModel fk : table.foreignKeys()) {
                if (deferred.contains(new DependencyOrder.Edge(name, fk.referencedTable()))) {
                    // Part of a cycle of new tables: added once both exist.
                    context.add(Phase.ADD_FOREIGN_KEYS, new Change.AddForeignKey(table.schema(), name, fk, false));
                } else {
                    inline.add(fk);
                }
            }
            context.add(Phase.CREATE_TABLES, new Change.CreateTable(table, inline));
            for (IndexModel index : table.indexes()) {
                context.add(Phase.CREATE_INDEXES, new Change.CreateIndex(table.schema(), name, index, false));
            }
            if (table.comment() != null) {
                context.add(Phase.COMMENTS, new Change.SetTableComment(table.schema(), name, table.comment()));
            }
            for (ColumnModel column : table.columns()) {
                if (column.comment() != null) {
                    context.add(
                            Phase.COMMENTS,
                            new Change.SetColumnComment(table.schema(), name, column.name(), column.comment()));
                }
            }
        }
    }

    /** Dropped tables, referencing ones first. */
    void dropTables() {
        Map<String, TableModel> byName = new LinkedHashMap<>();
        dropped.forEach(t -> byName.put(t.name(), t));
        // A table is dropped after every dropped table that references it.
        Map<String, Set<String>> referencedBy = new TreeMap<>();
        for (TableModel table : dropped) {
            referencedBy.put(
                    table.name(),
                    dropped.stream()
                            .filter(other -> other.foreignKeys().stream()
                                    .anyMatch(fk -> fk.referencedTable().equals(table.name())))
                            .map(TableModel::name)
                            .collect(Collectors.toCollection(TreeSet::new)));
        }
        DependencyOrder.Result order = DependencyOrder.of(List.copyOf(byName.keySet()), referencedBy);
        Set<ForeignKeyModel> droppedFirst = new HashSet<>();
        for (TableModel referencing : dropped) {
            for (ForeignKeyModel fk : referencing.foreignKeys()) {
                // A key is dropped with the other constraints, long before the tables; so is a foreign
                // key of a dropped table that still depends on it, and one that closes a cycle.
                boolean breaksCycle =
                        order.deferred().contains(new DependencyOrder.Edge(fk.referencedTable(), referencing.name()));
                if (breaksCycle || referencedKeyGoes(fk)) {
                    droppedFirst.add(fk);
                    context.add(
                            Phase.DROP_FOREIGN_KEYS,
                            new Change.DropForeignKey(
                                    referencing.schema(),
                                    referencing.name(),
                                    fk.name(),
                                    fk.referencedSchema(),
                                    fk.referencedTable()));
                }
            }
        }
        for (String name : order.order()) {
            TableModel table = byName.get(name);
            List<ForeignKeyModel> foreignKeys = table.foreignKeys().stream()
                    .filter(fk -> !droppedFirst.contains(fk))
                    .map(this::underCurrentNames)
                    .toList();
            context.add(Phase.DROP_TABLES, new Change.DropTable(table.schema(), name, foreignKeys));
        }
    }

    /**
     * Whether the primary key or unique constraint that a dropped table's foreign key references is
     * dropped by this revision, from a table that stays.
     */
    private boolean referencedKeyGoes(ForeignKeyModel fk) {
        TablePair referenced = context.pairs.get(fk.referencedTable());
        if (referenced == null) {
            return false; // dropped too, after the tables that reference it
        }
        List<String> columns = context.mapColumns(referenced, fk.referencedColumns());
        if (columns == null) {
            return true;
        }
        Set<String> key = Set.copyOf(columns);
        TableModel to = referenced.to();
        return !((to.primaryKey() != null
                        && Set.copyOf(to.primaryKey().columns()).equals(key))
                || to.uniques().stream().anyMatch(u -> Set.copyOf(u.columns()).equals(key)));
    }

    /**
     * The foreign key with its referenced table and columns named as they are when tables are dropped,
     * after this revision's renames.
     */
    private ForeignKeyModel underCurrentNames(ForeignKeyModel fk) {
        TablePair referenced = context.pairs.get(fk.referencedTable());
        if (referenced == null) {
            return fk;
        }
        List<String> columns = context.mapColumns(referenced, fk.referencedColumns());
        return new ForeignKeyModel(
                fk.name(),
                fk.columns(),
                fk.referencedSchema(),
                referenced.to().name(),
                columns == null ? fk.referencedColumns() : columns,
                fk.onDelete(),
                fk.onUpdate());
    }
}
