package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares the constraints and indexes of a table pair by what they do, not by name: one that only
 * changed its name (because its table or column was renamed) is renamed; the others are dropped
 * and added. Adding a constraint to a table that holds rows is reported with the lock it takes.
 */
final class ConstraintDiff {

    private final DiffContext context;
    private final String revision;
    private final Origin revisionOrigin;

    ConstraintDiff(DiffContext context) {
        this.context = context;
        this.revision = context.explicit.revisionId();
        this.revisionOrigin = context.explicit.origin();
    }

    /** The constraint, index and comment changes of one table pair. */
    void diff(TablePair pair) {
        diffPrimaryKey(pair);
        diffChecks(pair);
        diffUniques(pair);
        diffForeignKeys(pair);
        diffIndexes(pair);
        if (!Objects.equals(pair.from().comment(), pair.to().comment())) {
            context.add(
                    Phase.COMMENTS,
                    new Change.SetTableComment(
                            pair.to().schema(), pair.to().name(), pair.to().comment()));
        }
    }

    private void diffPrimaryKey(TablePair pair) {
        PrimaryKeyModel from = pair.from().primaryKey();
        PrimaryKeyModel to = pair.to().primaryKey();
        if (from != null && to != null && to.columns().equals(context.mapColumns(pair, from.columns()))) {
            if (!from.name().equals(to.name())) {
                context.add(
                        Phase.RENAME_CONSTRAINTS,
                        new Change.RenameConstraint(
                                pair.to().schema(), pair.to().name(), from.name(), to.name()));
            }
            return;
        }
        if (from != null) {
            context.add(
                    Phase.DROP_CONSTRAINTS,
                    new Change.DropPrimaryKey(pair.from().schema(), pair.from().name(), from.name()));
        }
        if (to != null) {
            Change.AddPrimaryKey add =
                    new Change.AddPrimaryKey(pair.to().schema(), pair.to().name(), to);
            context.add(Phase.ADD_PRIMARY_KEYS, add);
            if (context.direction == Direction.UPGRADE) {
                context.problem(
                        add,
                        Problems.uniqueOnExistingTable(
                                revisionOrigin,
                                revision,
                                "primary key",
                                to.name(),
                                pair.to().name()));
            }
        }
    }

    private void diffChecks(TablePair pair) {
        Matching<CheckModel, CheckModel> m = Matching.of(
                pair.from().checks(),
                pair.to().checks(),
                (f, t) -> f.expression().equals(t.expression()),
                CheckModel::name,
                CheckModel::name);
        for (Matching.Pair<CheckModel, CheckModel> p : m.matched) {
            renameConstraint(pair, p.from().name(), p.to().name());
        }
        for (CheckModel check : m.removed) {
            context.add(
                    Phase.DROP_CONSTRAINTS,
                    new Change.DropCheck(pair.from().schema(), pair.from().name(), check.name()));
        }
        for (CheckModel check : m.added) {
            Change.AddCheck add =
                    new Change.AddCheck(pair.to().schema(), pair.to().name(), check);
            context.add(Phase.ADD_CHECKS, add);
            if (context.direction == Direction.UPGRADE) {
                warnAboutCheck(pair, check, add);
            }
        }
    }

    /**
     * A check added to a table with rows is validated against them: say what can fail. The check of
     * an enum column is replaced whenever its constants change; only lost constants can fail it.
     */
    private void warnAboutCheck(TablePair pair, CheckModel check, Change.AddCheck add) {
        String table = pair.to().name();
        ColumnModel enumColumn = pair.to().columns().stream()
                .filter(c -> !c.enumConstants().isEmpty() && isEnumCheck(check, c))
                .findFirst()
                .orElse(null);
        if (enumColumn == null) {
            context.problem(add, Problems.checkOnExistingTable(revisionOrigin, revision, check.name(), table));
            return;
        }
        ColumnModel before = columnBefore(pair, enumColumn.name());
        if (before == null) {
            return; // a new column holds no value its check could refuse
        }
        if (before.enumConstants().isEmpty()) {
            // An existing column becomes an enum: its values were never checked against the constants.
            context.problem(add, Problems.checkOnExistingTable(revisionOrigin, revision, check.name(), table));
            return;
        }
        List<String> removed = new ArrayList<>(before.enumConstants());
        removed.removeAll(enumColumn.enumConstants());
        List<String> added = new ArrayList<>(enumColumn.enumConstants());
        added.removeAll(before.enumConstants());
        if (!removed.isEmpty()) {
            context.problem(
                    add,
                    Problems.enumConstantRemoved(
                            revisionOrigin, revision, String.join(", ", removed), table, enumColumn.name()));
        } else if (!added.isEmpty()) {
            context.problem(
                    add,
                    Problems.enumConstantAdded(
                            revisionOrigin,
                            revision,
                            String.join(", ", added),
                            table,
                            enumColumn.name(),
                            check.name()));
        }
    }

    /**
     * Whether the check is the one of this enum column: its expression ends with the column's list
     * of constants. Its name cannot tell, as it depends on {@code @Schema(naming)}.
     */
    private static boolean isEnumCheck(CheckModel check, ColumnModel column) {
        String constants = Identifiers.quote(column.name()) + " IN ("
                + String.join(
                        ", ",
                        column.enumConstants().stream()
                                .map(Identifiers::literal)
                                .toList()) + ")";
        return check.expression().equals(constants) || check.expression().endsWith("(" + constants + ")");
    }

    /** The column of the parent that became {@code column} of the pair's table; {@code null} for a new one. */
    private ColumnModel columnBefore(TablePair pair, String column) {
        for (Map.Entry<String, String> entry :
                context.columnMaps.get(pair.from().name()).entrySet()) {
            if (entry.getValue().equals(column)) {
                return pair.from().column(entry.getKey()).orElseThrow();
            }
        }
        return null;
    }

    private void diffUniques(TablePair pair) {
        Matching<UniqueModel, UniqueModel> m = Matching.of(
                pair.from().uniques(),
                pair.to().uniques(),
                (f, t) -> t.columns().equals(context.mapColumns(pair, f.columns())),
                UniqueModel::name,
                UniqueModel::name);
        for (Matching.Pair<UniqueModel, UniqueModel> p : m.matched) {
            renameConstraint(pair, p.from().name(), p.to().name());
        }
        for (UniqueModel unique : m.removed) {
            context.add(
                    Phase.DROP_CONSTRAINTS,
                    new Change.DropUnique(pair.from().schema(), pair.from().name(), unique.name()));
        }
        for (UniqueModel unique : m.added) {
            Change.AddUnique add =
                    new Change.AddUnique(pair.to().schema(), pair.to().name(), unique);
            context.add(Phase.ADD_UNIQUES, add);
            if (context.direction == Direction.UPGRADE) {
                context.problem(
                        add,
                        Problems.uniqueOnExistingTable(
                                revisionOrigin,
                                revision,
                                "unique constraint",
                                unique.name(),
                                pair.to().name()));
            }
        }
    }

    private void diffForeignKeys(TablePair pair) {
        Matching<ForeignKeyModel, ForeignKeyModel> m = Matching.of(
                pair.from().foreignKeys(),
                pair.to().foreignKeys(),
                (f, t) -> sameForeignKey(pair, f, t),
                ForeignKeyModel::name,
                ForeignKeyModel::name);
        for (Matching.Pair<ForeignKeyModel, ForeignKeyModel> p : m.matched) {
            renameConstraint(pair, p.from().name(), p.to().name());
        }
        for (ForeignKeyModel fk : m.removed) {
            context.add(
                    Phase.DROP_FOREIGN_KEYS,
                    new Change.DropForeignKey(
                            pair.from().schema(),
                            pair.from().name(),
                            fk.name(),
                            fk.referencedSchema(),
                            fk.referencedTable()));
        }
        for (ForeignKeyModel fk : m.added) {
            Change.AddForeignKey add =
                    new Change.AddForeignKey(pair.to().schema(), pair.to().name(), fk, true);
            context.add(Phase.ADD_FOREIGN_KEYS, add);
            if (context.direction == Direction.UPGRADE) {
                context.problem(
                        add,
                        Problems.foreignKeyOnExistingTable(
                                revisionOrigin, revision, fk.name(), pair.to().name(), fk.referencedTable()));
            }
        }
    }

    private boolean sameForeignKey(TablePair pair, ForeignKeyModel from, ForeignKeyModel to) {
        TablePair referenced = context.pairs.get(from.referencedTable());
        String referencedTable;
        List<String> referencedColumns;
        if (referenced != null) {
            referencedTable = referenced.to().name();
            referencedColumns = context.mapColumns(referenced, from.referencedColumns());
        } else if (context.fromTables.containsKey(from.referencedTable())) {
            return false; // the referenced table is dropped
        } else {
            referencedTable = from.referencedTable();
            referencedColumns = from.referencedColumns();
        }
        return to.columns().equals(context.mapColumns(pair, from.columns()))
                && to.referencedSchema().equals(from.referencedSchema())
                && to.referencedTable().equals(referencedTable)
                && to.referencedColumns().equals(referencedColumns)
                && action(from.onDelete()).equals(action(to.onDelete()))
                && action(from.onUpdate()).equals(action(to.onUpdate()));
    }

    private static String action(String action) {
        return action == null || action.isEmpty() ? "NO ACTION" : action;
    }

    private void diffIndexes(TablePair pair) {
        Matching<IndexModel, IndexModel> m = Matching.of(
                pair.from().indexes(),
                pair.to().indexes(),
                (f, t) -> t.columns().equals(context.mapColumns(pair, f.columns()))
                        && f.unique() == t.unique()
                        && Objects.equals(f.method(), t.method())
                        && Objects.equals(f.operatorClass(), t.operatorClass())
                        && f.options().equals(t.options())
                        && Objects.equals(f.where(), t.where())
                        && Objects.equals(f.expression(), t.expression())
                        && t.include().equals(context.mapColumns(pair, f.include())),
                IndexModel::name,
                IndexModel::name);
        for (Matching.Pair<IndexModel, IndexModel> p : m.matched) {
            if (!p.from().name().equals(p.to().name())) {
                context.add(
                        Phase.RENAME_CONSTRAINTS,
                        new Change.RenameIndex(
                                pair.to().schema(), pair.to().name(), p.from().name(), p.to().name()));
            }
        }
        // The table holds rows: indexes are built and dropped CONCURRENTLY so writes go on meanwhile.
        for (IndexModel index : m.removed) {
            context.add(
                    Phase.DROP_INDEXES_CONCURRENTLY,
                    new Change.DropIndex(pair.from().schema(), pair.from().name(), index.name(), true));
        }
        for (IndexModel index : m.added) {
            Change.CreateIndex create =
                    new Change.CreateIndex(pair.to().schema(), pair.to().name(), index, true);
            context.add(Phase.CREATE_INDEXES_CONCURRENTLY, create);
            if (index.unique() && context.direction == Direction.UPGRADE) {
                context.problem(
                        create,
                        Problems.uniqueIndexOnExistingTable(
                                revisionOrigin,
                                revision,
                                index.name(),
                                pair.to().name()));
            }
        }
    }

    private void renameConstraint(TablePair pair, String from, String to) {
        if (!from.equals(to)) {
            context.add(
                    Phase.RENAME_CONSTRAINTS,
                    new Change.RenameConstraint(pair.to().schema(), pair.to().name(), from, to));
        }
    }
}
