package dev.migrata.schema.diff;

import static dev.migrata.schema.diff.DiffContext.columnNames;
import static dev.migrata.schema.diff.DiffContext.text;

import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.SqlTypes;
import dev.migrata.schema.model.TableModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Pairs the columns of each table pair (by name, or through {@code @RenameColumn}), reports columns
 * that disappear without a directive and changes that fail on a table with rows, and emits the
 * column changes: adds, drops, renames, types, nullability, defaults, identity and comments.
 */
final class ColumnDiff {

    private final DiffContext context;
    private final String revision;
    private final Origin revisionOrigin;
    private final Set<Directive.ChangeType> usedChangeTypes = new HashSet<>();
    /** The columns of the current table pair dropped and added again (by "to" name). */
    private final Set<String> recreated = new HashSet<>();

    ColumnDiff(DiffContext context) {
        this.context = context;
        this.revision = context.explicit.revisionId();
        this.revisionOrigin = context.explicit.origin();
    }

    /** Column directives must name a table that exists on both sides; report the others once. */
    void checkColumnDirectiveTables() {
        List<Directive> directives = new ArrayList<>();
        directives.addAll(context.explicit.renameColumns());
        directives.addAll(context.explicit.dropColumns());
        directives.addAll(context.explicit.changeTypes());
        for (Directive d : directives) {
            String table = tableOf(d);
            if (context.pairFor(table) == null) {
                context.unknownTable(d, table, "both in the parent revision and in the schema");
            }
        }
    }

    /** Pairs the columns of one table pair and emits their changes. */
    void pairColumns(TablePair pair) {
        TableModel from = pair.from();
        TableModel to = pair.to();
        recreated.clear();
        Map<String, String> renames = columnRenames(pair);
        Set<String> droppedOnPurpose = columnDrops(pair, renames);
        Set<String> claimed = new HashSet<>(renames.values());
        Map<String, String> columnMap = new LinkedHashMap<>();
        List<ColumnModel> gone = new ArrayList<>();
        for (ColumnModel column : from.columns()) {
            String toName = renames.get(column.name());
            if (toName == null && to.column(column.name()).isPresent() && !claimed.contains(column.name())) {
                toName = column.name();
            }
            if (toName != null && generationChanges(column, to.column(toName).orElseThrow())) {
                recreateColumn(pair, column, to.column(toName).orElseThrow());
            } else if (toName != null) {
                columnMap.put(column.name(), toName);
                if (!toName.equals(column.name())) {
                    context.add(
                            Phase.RENAME_COLUMNS,
                            new Change.RenameColumn(to.schema(), to.name(), column.name(), toName));
                }
            } else if (droppedOnPurpose.contains(column.name()) || context.direction == Direction.DOWNGRADE) {
                context.add(Phase.DROP_COLUMNS, new Change.DropColumn(to.schema(), to.name(), column.name()));
            } else {
                gone.add(column);
            }
        }
        context.columnMaps.put(from.name(), columnMap);

        List<ColumnModel> added = new ArrayList<>();
        for (ColumnModel column : to.columns()) {
            if (!columnMap.containsValue(column.name())) {
                added.add(column);
                addColumn(to, column);
            }
        }
        for (ColumnModel column : gone) {
            ColumnModel candidate = added.stream()
                    .filter(c -> SqlTypes.sameType(c.type(), column.type()))
                    .findFirst()
                    .orElse(null);
            if (candidate == null) {
                context.problem(Problems.columnGone(
                        revisionOrigin,
                        to.name(),
                        column.name(),
                        revision,
                        AnnotationText.dropColumn(to.name(), column.name())));
            } else {
                context.problem(Problems.columnGoneOrRenamed(
                        revisionOrigin,
                        to.name(),
                        column.name(),
                        revision,
                        candidate.name(),
                        AnnotationText.renameColumn(to.name(), column.name(), candidate.name()),
                        AnnotationText.dropColumn(to.name(), column.name())));
            }
        }
        for (Map.Entry<String, String> entry : columnMap.entrySet()) {
            diffColumn(
                    pair,
                    from.column(entry.getKey()).orElseThrow(),
                    to.column(entry.getValue()).orElseThrow());
        }
    }

    private static boolean generationChanges(ColumnModel from, ColumnModel to) {
        return !Objects.equals(from.generated(), to.generated());
    }

    /**
     * Drops a column whose generation expression changes (or which becomes, or stops being,
     * generated); it is then added as declared, as a new column. Left out of the column map, its
     * indexes and constraints are dropped with it and created again.
     */
    private void recreateColumn(TablePair pair, ColumnModel from, ColumnModel to) {
        Change.DropColumn drop =
                new Change.DropColumn(pair.to().schema(), pair.to().name(), from.name());
        context.add(Phase.DROP_RECREATED_COLUMNS, drop);
        recreated.add(to.name());
        if (context.direction == Direction.UPGRADE) {
            context.problem(
                    drop,
                    Problems.generatedColumnRecreated(
                            revisionOrigin,
                            revision,
                            pair.to().name(),
                            from.name(),
                            from.generated() == null ? "not generated" : "generated as (" + from.generated() + ")",
                            to.generated() == null ? "not generated" : "generated as (" + to.generated() + ")"));
        }
    }

    /** The {@code @RenameColumn}s of the pair that name existing columns: old name → new name. */
    private Map<String, String> columnRenames(TablePair pair) {
        TableModel from = pair.from();
        TableModel to = pair.to();
        Map<String, String> renames = new LinkedHashMap<>();
        for (Directive.RenameColumn d : context.explicit.renameColumns()) {
            if (context.pairFor(d.table()) != pair) {
                continue;
            }
            String old = "column " + to.name() + "." + d.from();
            if (from.column(d.from()).isEmpty()) {
                context.problem(Problems.directiveUnknownColumn(
                        d.origin(), text(d), from.name(), d.from(), revision, columnNames(from)));
            } else if (to.column(d.to()).isEmpty()) {
                context.problem(Problems.renameColumnTargetMissing(
                        d.origin(), text(d), to.name(), d.to(), revision, columnNames(to)));
            } else if (to.column(d.from()).isPresent()) {
                context.problem(Problems.renamedSourceStillDeclared(d.origin(), text(d), old, revision));
            } else if (renames.containsKey(d.from()) || renames.containsValue(d.to())) {
                context.problem(Problems.directiveConflict(d.origin(), text(d), old, revision));
            } else {
                renames.put(d.from(), d.to());
            }
        }
        return renames;
    }

    /** The {@code @DropColumn}s of the pair that name columns which really disappear. */
    private Set<String> columnDrops(TablePair pair, Map<String, String> renames) {
        TableModel from = pair.from();
        TableModel to = pair.to();
        Set<String> drops = new LinkedHashSet<>();
        for (Directive.DropColumn d : context.explicit.dropColumns()) {
            if (context.pairFor(d.table()) != pair) {
                continue;
            }
            if (from.column(d.column()).isEmpty()) {
                context.problem(Problems.directiveUnknownColumn(
                        d.origin(), text(d), from.name(), d.column(), revision, columnNames(from)));
            } else if (to.column(d.column()).isPresent()) {
                context.problem(
                        Problems.droppedColumnStillDeclared(d.origin(), text(d), to.name(), d.column(), revision));
            } else if (renames.containsKey(d.column()) || !drops.add(d.column())) {
                String column = "column " + to.name() + "." + d.column();
                context.problem(Problems.directiveConflict(d.origin(), text(d), column, revision));
            }
        }
        return drops;
    }

    private void addColumn(TableModel table, ColumnModel column) {
        boolean upgrade = context.direction == Direction.UPGRADE;
        boolean noValueForRows =
                !column.nullable() && column.defaultValue() == null && !column.identity() && column.generated() == null;
        // A downgrade restoring a dropped column has nothing to fill the rows with: NOT NULL would fail.
        Change.AddColumn add = new Change.AddColumn(table.schema(), table.name(), column, !upgrade && noValueForRows);
        context.add(Phase.ADD_COLUMNS, add);
        if (upgrade && noValueForRows) {
            context.problem(Problems.notNullColumnWithoutDefault(
                    revisionOrigin, revision, table.name(), column.name(), column.type()));
        }
        if (upgrade && column.generated() != null) {
            // A recreated column has its own warning, which says the same.
            if (!recreated.contains(column.name())) {
                context.problem(
                        add,
                        Problems.generatedColumnRewritesTable(revisionOrigin, revision, table.name(), column.name()));
            }
        } else if (upgrade && add.rewritesTable()) {
            String rewrite =
                    column.identity() ? "as an identity column" : "with the volatile default " + column.defaultValue();
            context.problem(
                    add,
                    Problems.addColumnRewritesTable(revisionOrigin, revision, table.name(), column.name(), rewrite));
        }
        if (add.withoutNotNull()) {
            context.problem(
                    add,
                    Problems.downgradeRestoresColumnNullable(
                            revisionOrigin,
                            revision,
                            table.name(),
                            column.name(),
                            Identifiers.qualified(table.schema(), table.name()),
                            Identifiers.quote(column.name())));
        }
        if (column.comment() != null) {
            context.add(
                    Phase.COMMENTS,
                    new Change.SetColumnComment(table.schema(), table.name(), column.name(), column.comment()));
        }
    }

    private void diffColumn(TablePair pair, ColumnModel from, ColumnModel to) {
        String schema = pair.to().schema();
        String table = pair.to().name();
        String column = to.name();
        boolean upgrade = context.direction == Direction.UPGRADE;
        // Models built from declarations and snapshots hold normalized types; a hand-built one may not.
        if (!SqlTypes.sameType(from.type(), to.type())) {
            Directive.ChangeType directive = changeTypeFor(pair, from.name(), to.name());
            String using = directive == null ? "" : directive.using();
            // The downgrade undoes a type change before the renames, under the names of the revision.
            Change.AlterColumnType change = upgrade
                    ? new Change.AlterColumnType(schema, table, column, from.type(), to.type(), using)
                    : new Change.AlterColumnType(
                            pair.from().schema(), pair.from().name(), from.name(), from.type(), to.type(), using);
            context.add(upgrade ? Phase.ALTER_TYPES : Phase.ALTER_TYPES_BEFORE_RENAMES, change);
            if (upgrade && directive == null && vectorDimensionsChange(from.type(), to.type())) {
                int dimensions = SqlTypes.dimensions(to.type()).getAsInt();
                String newColumn = column + "_" + dimensions;
                context.problem(Problems.vectorDimensionsChanged(
                        revisionOrigin,
                        revision,
                        table,
                        column,
                        from.type(),
                        to.type(),
                        dimensions,
                        newColumn,
                        AnnotationText.changeType(table, column, "NULL", "NULL")));
            } else if (upgrade && directive == null && TypeConversions.needsUsing(from.type(), to.type())) {
                String quoted = Identifiers.quote(column);
                context.problem(Problems.typeChangeNeedsUsing(
                        revisionOrigin,
                        revision,
                        table,
                        column,
                        from.type(),
                        to.type(),
                        AnnotationText.changeType(
                                table, column, quoted + "::" + to.type(), quoted + "::" + from.type())));
            } else if (upgrade && change.rewritesTable()) {
                context.problem(
                        change,
                        Problems.typeChangeRewritesTable(
                                revisionOrigin, revision, table, column, from.type(), to.type()));
            }
        }
        if (from.identity() && !to.identity()) {
            context.add(Phase.DROP_IDENTITIES, new Change.DropIdentity(schema, table, column));
        }
        if (from.nullable() && !to.nullable()) {
            Change.SetNotNull setNotNull = new Change.SetNotNull(schema, table, column);
            context.add(Phase.NULLABILITY, setNotNull);
            if (upgrade) {
                context.problem(
                        setNotNull,
                        Problems.setNotNullOnExistingColumn(
                                revisionOrigin,
                                revision,
                                table,
                                column,
                                setNotNull.checkName(),
                                Identifiers.quote(column)));
            }
        } else if (!from.nullable() && to.nullable()) {
            context.add(Phase.NULLABILITY, new Change.DropNotNull(schema, table, column));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            context.add(
                    Phase.DEFAULTS,
                    to.defaultValue() == null
                            ? new Change.DropDefault(schema, table, column)
                            : new Change.SetDefault(schema, table, column, to.defaultValue()));
        }
        if (!from.identity() && to.identity()) {
            context.add(Phase.ADD_IDENTITIES, new Change.AddIdentity(schema, table, column));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            context.add(Phase.COMMENTS, new Change.SetColumnComment(schema, table, column, to.comment()));
        }
    }

    /** Whether a pgvector column gets other dimensions, which no cast converts. */
    private static boolean vectorDimensionsChange(String from, String to) {
        return SqlTypes.isVectorType(from)
                && SqlTypes.isVectorType(to)
                && SqlTypes.dimensions(from).getAsInt()
                        != SqlTypes.dimensions(to).getAsInt();
    }

    private Directive.ChangeType changeTypeFor(TablePair pair, String fromColumn, String toColumn) {
        for (Directive.ChangeType d : context.explicit.changeTypes()) {
            if (context.pairFor(d.table()) == pair
                    && (d.column().equals(toColumn) || d.column().equals(fromColumn))) {
                usedChangeTypes.add(d);
                return d;
            }
        }
        return null;
    }

    /** A {@code @ChangeType} that no type change used either names no column or has no effect. */
    void checkUnusedChangeTypes() {
        for (Directive.ChangeType d : context.explicit.changeTypes()) {
            TablePair pair = context.pairFor(d.table());
            if (pair == null || usedChangeTypes.contains(d)) {
                continue;
            }
            Map<String, String> columnMap = context.columnMaps.get(pair.from().name());
            String toColumn = columnMap.containsValue(d.column()) ? d.column() : columnMap.get(d.column());
            if (toColumn == null) {
                context.problem(Problems.directiveUnknownColumn(
                        d.origin(), text(d), pair.from().name(), d.column(), revision, columnNames(pair.from())));
            } else if (context.direction == Direction.UPGRADE) {
                context.problem(Problems.changeTypeWithoutEffect(
                        d.origin(),
                        text(d),
                        pair.to().name(),
                        toColumn,
                        pair.to().column(toColumn).orElseThrow().type(),
                        revision));
            }
        }
    }

    private static String tableOf(Directive d) {
        if (d instanceof Directive.RenameColumn r) {
            return r.table();
        } else if (d instanceof Directive.DropColumn c) {
            return c.table();
        } else if (d instanceof Directive.ChangeType c) {
            return c.table();
        }
        throw new IllegalArgumentException("not a column directive: " + d);
    }
}
