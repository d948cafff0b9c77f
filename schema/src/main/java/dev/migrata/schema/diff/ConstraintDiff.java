package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Message;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.List;
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
            context.add(
                    Phase.ADD_PRIMARY_KEYS,
                    new Change.AddPrimaryKey(pair.to().schema(), pair.to().name(), to));
            if (context.direction == Direction.UPGRADE) {
                context.problem(
                        Message.UNIQUE_ON_EXISTING_TABLE,
                        revisionOrigin,
                        revision,
                        "primary key",
                        to.name(),
                        pair.to().name());
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
            context.add(
                    Phase.ADD_CHECKS,
                    new Change.AddCheck(pair.to().schema(), pair.to().name(), check));
            // An enum's check that only gains constants cannot fail; a lost constant has its own warning.
            if (context.direction == Direction.UPGRADE && !isEnumCheck(pair.to(), check)) {
                context.problem(
                        Message.CHECK_ON_EXISTING_TABLE,
                        revisionOrigin,
                        revision,
                        check.name(),
                        pair.to().name());
            }
        }
    }

    private static boolean isEnumCheck(TableModel table, CheckModel check) {
        return table.columns().stream()
                .anyMatch(c -> !c.enumConstants().isEmpty()
                        && Names.check(table.name(), c.name()).equals(check.name()));
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
            context.add(
                    Phase.ADD_UNIQUES,
                    new Change.AddUnique(pair.to().schema(), pair.to().name(), unique));
            if (context.direction == Direction.UPGRADE) {
                context.problem(
                        Message.UNIQUE_ON_EXISTING_TABLE,
                        revisionOrigin,
                        revision,
                        "unique constraint",
                        unique.name(),
                        pair.to().name());
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
                    new Change.DropForeignKey(pair.from().schema(), pair.from().name(), fk.name()));
        }
        for (ForeignKeyModel fk : m.added) {
            context.add(
                    Phase.ADD_FOREIGN_KEYS,
                    new Change.AddForeignKey(pair.to().schema(), pair.to().name(), fk, true));
            if (context.direction == Direction.UPGRADE) {
                context.problem(
                        Message.FOREIGN_KEY_ON_EXISTING_TABLE,
                        revisionOrigin,
                        revision,
                        fk.name(),
                        pair.to().name(),
                        pair.to().name(),
                        fk.referencedTable());
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
                        && Objects.equals(f.where(), t.where()),
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
            context.add(
                    Phase.CREATE_INDEXES_CONCURRENTLY,
                    new Change.CreateIndex(pair.to().schema(), pair.to().name(), index, true));
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
