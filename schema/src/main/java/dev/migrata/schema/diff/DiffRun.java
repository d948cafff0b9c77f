package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.SqlTypes;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * One diff from one model to another: pairs tables and columns (by name, or through the explicit
 * renames), then collects the changes into {@link Phase}s and the problems in the order found.
 * Single use; every map is ordered, so the result never depends on hash order.
 */
final class DiffRun {

    /** A table present on both sides, possibly renamed. */
    private record TablePair(TableModel from, TableModel to) {
        boolean named(String name) {
            return to.name().equals(name) || from.name().equals(name);
        }
    }

    private final SchemaModel fromModel;
    private final SchemaModel toModel;
    private final ExplicitChanges explicit;
    private final Direction direction;

    private final Map<Phase, List<Change>> phases = new EnumMap<>(Phase.class);
    private final List<Problem> problems = new ArrayList<>();

    private final Map<String, TableModel> fromTables = new LinkedHashMap<>();
    private final Map<String, TableModel> toTables = new LinkedHashMap<>();
    /** Table pairs, keyed by the name in the "from" model. */
    private final Map<String, TablePair> pairs = new LinkedHashMap<>();
    /** For each paired table (by "from" name), its matched columns: "from" name → "to" name. */
    private final Map<String, Map<String, String>> columnMaps = new LinkedHashMap<>();
    private final List<TableModel> created = new ArrayList<>();
    private final List<TableModel> dropped = new ArrayList<>();
    private final Set<Directive.ChangeType> usedChangeTypes = new HashSet<>();

    DiffRun(SchemaModel from, SchemaModel to, ExplicitChanges explicit, Direction direction) {
        this.fromModel = from;
        this.toModel = to;
        this.explicit = explicit;
        this.direction = direction;
        for (Phase phase : Phase.values()) {
            phases.put(phase, new ArrayList<>());
        }
        from.tables().forEach(t -> fromTables.put(t.name(), t));
        to.tables().forEach(t -> toTables.put(t.name(), t));
    }

    DiffResult run() {
        pairTables();
        checkColumnDirectiveTables();
        for (TablePair pair : pairs.values()) {
            pairColumns(pair);
        }
        checkUnusedChangeTypes();
        for (TablePair pair : pairs.values()) {
            diffPrimaryKey(pair);
            diffChecks(pair);
            diffUniques(pair);
            diffForeignKeys(pair);
            diffIndexes(pair);
            if (!Objects.equals(pair.from().comment(), pair.to().comment())) {
                add(Phase.COMMENTS, new Change.SetTableComment(pair.to().schema(), pair.to().name(), pair.to().comment()));
            }
        }
        createTables();
        dropTables();
        if (needsVector(toModel) && !needsVector(fromModel)) {
            add(Phase.EXTENSION, new Change.CreateExtension("vector"));
        }
        List<Change> changes = new ArrayList<>();
        phases.values().forEach(changes::addAll);
        return new DiffResult(changes, problems);
    }

    // ---------------------------------------------------------------- tables

    private void pairTables() {
        Map<String, String> renames = new LinkedHashMap<>();
        for (Directive.RenameTable d : explicit.renameTables()) {
            if (!fromTables.containsKey(d.from())) {
                unknownTable(d, d.from(), "in the parent");
            } else if (!toTables.containsKey(d.to())) {
                problem(Message.RENAME_TABLE_TARGET_MISSING, d.origin(), text(d), explicit.revisionId(), d.to(), d.to());
            } else if (toTables.containsKey(d.from())) {
                problem(Message.RENAMED_SOURCE_STILL_DECLARED, d.origin(), text(d), "table " + d.from(), explicit.revisionId());
            } else if (renames.containsKey(d.from()) || renames.containsValue(d.to())) {
                problem(Message.DIRECTIVE_CONFLICT, d.origin(), text(d), "table " + d.from(), explicit.revisionId());
            } else {
                renames.put(d.from(), d.to());
            }
        }
        Set<String> droppedOnPurpose = new LinkedHashSet<>();
        for (Directive.DropTable d : explicit.dropTables()) {
            if (!fromTables.containsKey(d.table())) {
                unknownTable(d, d.table(), "in the parent");
            } else if (toTables.containsKey(d.table())) {
                problem(Message.DROPPED_TABLE_STILL_DECLARED, d.origin(), text(d), d.table(), explicit.revisionId());
            } else if (renames.containsKey(d.table()) || !droppedOnPurpose.add(d.table())) {
                problem(Message.DIRECTIVE_CONFLICT, d.origin(), text(d), "table " + d.table(), explicit.revisionId());
            }
        }
        Set<String> claimed = new HashSet<>(renames.values());
        List<TableModel> gone = new ArrayList<>();
        for (TableModel from : fromTables.values()) {
            String toName = renames.get(from.name());
            if (toName == null && toTables.containsKey(from.name()) && !claimed.contains(from.name())) {
                toName = from.name();
            }
            if (toName != null) {
                TableModel to = toTables.get(toName);
                pairs.put(from.name(), new TablePair(from, to));
                if (!toName.equals(from.name())) {
                    add(Phase.RENAME_TABLES, new Change.RenameTable(from.schema(), from.name(), toName));
                }
            } else if (droppedOnPurpose.contains(from.name()) || direction == Direction.DOWNGRADE) {
                dropped.add(from);
            } else {
                gone.add(from);
            }
        }
        Set<String> pairedTo = pairs.values().stream().map(p -> p.to().name()).collect(Collectors.toSet());
        for (TableModel to : toTables.values()) {
            if (!pairedTo.contains(to.name())) {
                created.add(to);
            }
        }
        for (TableModel from : gone) {
            TableModel candidate = created.stream()
                    .filter(to -> hasEveryColumnOf(to, from))
                    .findFirst()
                    .orElse(null);
            if (candidate == null) {
                problem(Message.TABLE_GONE, explicit.origin(), from.name(), explicit.revisionId(),
                        AnnotationText.dropTable(from.name()));
            } else {
                problem(Message.TABLE_GONE_OR_RENAMED, explicit.origin(), from.name(), explicit.revisionId(),
                        candidate.name(), AnnotationText.renameTable(from.name(), candidate.name()),
                        AnnotationText.dropTable(from.name()));
            }
        }
    }

    /** A new table that could be the old one renamed: it has every old column, with the same type. */
    private static boolean hasEveryColumnOf(TableModel candidate, TableModel old) {
        return old.columns().stream()
                .allMatch(c -> candidate.column(c.name()).filter(n -> n.type().equals(c.type())).isPresent());
    }

    private void createTables() {
        Set<String> names = new LinkedHashSet<>();
        created.forEach(t -> names.add(t.name()));
        Map<String, Set<String>> referenced = new TreeMap<>();
        for (TableModel table : created) {
            referenced.put(table.name(), table.foreignKeys().stream()
                    .map(ForeignKeyModel::referencedTable)
                    .filter(names::contains)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        DependencyOrder.Result order = DependencyOrder.of(List.copyOf(names), referenced);
        Set<DependencyOrder.Edge> deferred = new HashSet<>(order.deferred());
        for (String name : order.order()) {
            TableModel table = toTables.get(name);
            List<ForeignKeyModel> inline = new ArrayList<>();
            for (ForeignKeyModel fk : table.foreignKeys()) {
                if (deferred.contains(new DependencyOrder.Edge(name, fk.referencedTable()))) {
                    // Part of a cycle of new tables: added once both exist.
                    add(Phase.ADD_FOREIGN_KEYS, new Change.AddForeignKey(table.schema(), name, fk, false));
                } else {
                    inline.add(fk);
                }
            }
            add(Phase.CREATE_TABLES, new Change.CreateTable(table, inline));
            for (IndexModel index : table.indexes()) {
                add(Phase.CREATE_INDEXES, new Change.CreateIndex(table.schema(), name, index, false));
            }
            if (table.comment() != null) {
                add(Phase.COMMENTS, new Change.SetTableComment(table.schema(), name, table.comment()));
            }
            for (ColumnModel column : table.columns()) {
                if (column.comment() != null) {
                    add(Phase.COMMENTS, new Change.SetColumnComment(table.schema(), name, column.name(), column.comment()));
                }
            }
        }
    }

    private void dropTables() {
        Map<String, TableModel> byName = new LinkedHashMap<>();
        dropped.forEach(t -> byName.put(t.name(), t));
        // A table is dropped after every dropped table that references it.
        Map<String, Set<String>> referencedBy = new TreeMap<>();
        for (TableModel table : dropped) {
            referencedBy.put(table.name(), dropped.stream()
                    .filter(other -> other.foreignKeys().stream().anyMatch(fk -> fk.referencedTable().equals(table.name())))
                    .map(TableModel::name)
                    .collect(Collectors.toCollection(TreeSet::new)));
        }
        DependencyOrder.Result order = DependencyOrder.of(List.copyOf(byName.keySet()), referencedBy);
        for (DependencyOrder.Edge edge : order.deferred()) {
            TableModel referencing = byName.get(edge.mustFollow());
            for (ForeignKeyModel fk : referencing.foreignKeys()) {
                if (fk.referencedTable().equals(edge.table())) {
                    add(Phase.DROP_FOREIGN_KEYS, new Change.DropForeignKey(referencing.schema(), referencing.name(), fk.name()));
                }
            }
        }
        for (String name : order.order()) {
            add(Phase.DROP_TABLES, new Change.DropTable(byName.get(name).schema(), name));
        }
    }

    // ---------------------------------------------------------------- columns

    /** Column directives must name a table that exists on both sides; report the others once. */
    private void checkColumnDirectiveTables() {
        List<Directive> directives = new ArrayList<>();
        directives.addAll(explicit.renameColumns());
        directives.addAll(explicit.dropColumns());
        directives.addAll(explicit.changeTypes());
        for (Directive d : directives) {
            String table = tableOf(d);
            if (pairFor(table) == null) {
                unknownTable(d, table, "both in the parent revision and in the schema");
            }
        }
    }

    private TablePair pairFor(String table) {
        for (TablePair pair : pairs.values()) {
            if (pair.to().name().equals(table)) {
                return pair;
            }
        }
        return pairs.values().stream().filter(p -> p.named(table)).findFirst().orElse(null);
    }

    private void pairColumns(TablePair pair) {
        TableModel from = pair.from();
        TableModel to = pair.to();
        String revision = explicit.revisionId();
        Map<String, String> renames = new LinkedHashMap<>();
        for (Directive.RenameColumn d : explicit.renameColumns()) {
            if (pairFor(d.table()) != pair) {
                continue;
            }
            if (from.column(d.from()).isEmpty()) {
                problem(Message.DIRECTIVE_UNKNOWN_COLUMN, d.origin(), text(d), from.name(), d.from(), revision, columnNames(from));
            } else if (to.column(d.to()).isEmpty()) {
                problem(Message.RENAME_COLUMN_TARGET_MISSING, d.origin(), text(d), to.name(), d.to(), revision, d.to(),
                        columnNames(to));
            } else if (to.column(d.from()).isPresent()) {
                problem(Message.RENAMED_SOURCE_STILL_DECLARED, d.origin(), text(d), "column " + to.name() + "." + d.from(),
                        revision);
            } else if (renames.containsKey(d.from()) || renames.containsValue(d.to())) {
                problem(Message.DIRECTIVE_CONFLICT, d.origin(), text(d), "column " + to.name() + "." + d.from(), revision);
            } else {
                renames.put(d.from(), d.to());
            }
        }
        Set<String> droppedOnPurpose = new LinkedHashSet<>();
        for (Directive.DropColumn d : explicit.dropColumns()) {
            if (pairFor(d.table()) != pair) {
                continue;
            }
            if (from.column(d.column()).isEmpty()) {
                problem(Message.DIRECTIVE_UNKNOWN_COLUMN, d.origin(), text(d), from.name(), d.column(), revision,
                        columnNames(from));
            } else if (to.column(d.column()).isPresent()) {
                problem(Message.DROPPED_COLUMN_STILL_DECLARED, d.origin(), text(d), to.name(), d.column(), revision);
            } else if (renames.containsKey(d.column()) || !droppedOnPurpose.add(d.column())) {
                problem(Message.DIRECTIVE_CONFLICT, d.origin(), text(d), "column " + to.name() + "." + d.column(), revision);
            }
        }

        Set<String> claimed = new HashSet<>(renames.values());
        Map<String, String> columnMap = new LinkedHashMap<>();
        List<ColumnModel> gone = new ArrayList<>();
        for (ColumnModel column : from.columns()) {
            String toName = renames.get(column.name());
            if (toName == null && to.column(column.name()).isPresent() && !claimed.contains(column.name())) {
                toName = column.name();
            }
            if (toName != null) {
                columnMap.put(column.name(), toName);
                if (!toName.equals(column.name())) {
                    add(Phase.RENAME_COLUMNS, new Change.RenameColumn(to.schema(), to.name(), column.name(), toName));
                }
            } else if (droppedOnPurpose.contains(column.name()) || direction == Direction.DOWNGRADE) {
                add(Phase.DROP_COLUMNS, new Change.DropColumn(to.schema(), to.name(), column.name()));
            } else {
                gone.add(column);
            }
        }
        columnMaps.put(from.name(), columnMap);

        List<ColumnModel> added = new ArrayList<>();
        for (ColumnModel column : to.columns()) {
            if (!columnMap.containsValue(column.name())) {
                added.add(column);
                addColumn(to, column);
            }
        }
        for (ColumnModel column : gone) {
            ColumnModel candidate = added.stream()
                    .filter(c -> c.type().equals(column.type()))
                    .findFirst()
                    .orElse(null);
            if (candidate == null) {
                problem(Message.COLUMN_GONE, explicit.origin(), to.name(), column.name(), revision,
                        AnnotationText.dropColumn(to.name(), column.name()));
            } else {
                problem(Message.COLUMN_GONE_OR_RENAMED, explicit.origin(), to.name(), column.name(), revision,
                        candidate.name(), AnnotationText.renameColumn(to.name(), column.name(), candidate.name()),
                        AnnotationText.dropColumn(to.name(), column.name()));
            }
        }
        for (Map.Entry<String, String> entry : columnMap.entrySet()) {
            diffColumn(pair, from.column(entry.getKey()).orElseThrow(), to.column(entry.getValue()).orElseThrow());
        }
    }

    private void addColumn(TableModel table, ColumnModel column) {
        add(Phase.ADD_COLUMNS, new Change.AddColumn(table.schema(), table.name(), column));
        if (direction == Direction.UPGRADE && !column.nullable() && column.defaultValue() == null && !column.identity()) {
            problem(Message.NOT_NULL_COLUMN_WITHOUT_DEFAULT, explicit.origin(), explicit.revisionId(), table.name(),
                    column.name(), column.type());
        }
        if (direction == Direction.UPGRADE) {
            String rewrite = column.identity() ? "as an identity column"
                    : VolatileDefaults.isVolatile(column.defaultValue()) ? "with the volatile default " + column.defaultValue()
                    : null;
            if (rewrite != null) {
                problem(Message.ADD_COLUMN_REWRITES_TABLE, explicit.origin(), explicit.revisionId(), table.name(),
                        column.name(), rewrite);
            }
        }
        if (column.comment() != null) {
            add(Phase.COMMENTS, new Change.SetColumnComment(table.schema(), table.name(), column.name(), column.comment()));
        }
    }

    private void diffColumn(TablePair pair, ColumnModel from, ColumnModel to) {
        String schema = pair.to().schema();
        String table = pair.to().name();
        String column = to.name();
        boolean upgrade = direction == Direction.UPGRADE;
        if (!from.type().equals(to.type())) {
            Directive.ChangeType directive = changeTypeFor(pair, from.name(), to.name());
            String using = directive == null ? "" : directive.using();
            if (upgrade && directive == null && TypeConversions.needsUsing(from.type(), to.type())) {
                String quoted = Identifiers.quote(column);
                problem(Message.TYPE_CHANGE_NEEDS_USING, explicit.origin(), explicit.revisionId(), table, column,
                        from.type(), to.type(),
                        AnnotationText.changeType(table, column, quoted + "::" + to.type(), quoted + "::" + from.type()));
            } else if (upgrade && (!using.isEmpty() || TypeConversions.rewrites(from.type(), to.type()))) {
                problem(Message.TYPE_CHANGE_REWRITES_TABLE, explicit.origin(), explicit.revisionId(), table, column,
                        from.type(), to.type());
            }
            if (upgrade) {
                add(Phase.ALTER_TYPES, new Change.AlterColumnType(schema, table, column, from.type(), to.type(), using));
            } else {
                add(Phase.ALTER_TYPES_BEFORE_RENAMES, new Change.AlterColumnType(
                        pair.from().schema(), pair.from().name(), from.name(), from.type(), to.type(), using));
            }
        }
        if (from.identity() && !to.identity()) {
            add(Phase.DROP_IDENTITIES, new Change.DropIdentity(schema, table, column));
        }
        if (from.nullable() && !to.nullable()) {
            add(Phase.NULLABILITY, new Change.SetNotNull(schema, table, column));
            if (upgrade) {
                problem(Message.SET_NOT_NULL_ON_EXISTING_COLUMN, explicit.origin(), explicit.revisionId(), table, column);
            }
        } else if (!from.nullable() && to.nullable()) {
            add(Phase.NULLABILITY, new Change.DropNotNull(schema, table, column));
        }
        if (!Objects.equals(from.defaultValue(), to.defaultValue())) {
            add(Phase.DEFAULTS, to.defaultValue() == null
                    ? new Change.DropDefault(schema, table, column)
                    : new Change.SetDefault(schema, table, column, to.defaultValue()));
        }
        if (!from.identity() && to.identity()) {
            add(Phase.ADD_IDENTITIES, new Change.AddIdentity(schema, table, column));
        }
        if (!Objects.equals(from.comment(), to.comment())) {
            add(Phase.COMMENTS, new Change.SetColumnComment(schema, table, column, to.comment()));
        }
        List<String> removed = new ArrayList<>(from.enumConstants());
        removed.removeAll(to.enumConstants());
        if (upgrade && !removed.isEmpty() && !to.enumConstants().isEmpty()) {
            problem(Message.ENUM_CONSTANT_REMOVED, explicit.origin(), explicit.revisionId(), String.join(", ", removed),
                    table, column);
        }
    }

    private Directive.ChangeType changeTypeFor(TablePair pair, String fromColumn, String toColumn) {
        for (Directive.ChangeType d : explicit.changeTypes()) {
            if (pairFor(d.table()) == pair && (d.column().equals(toColumn) || d.column().equals(fromColumn))) {
                usedChangeTypes.add(d);
                return d;
            }
        }
        return null;
    }

    /** A {@code @ChangeType} that no type change used either names no column or has no effect. */
    private void checkUnusedChangeTypes() {
        for (Directive.ChangeType d : explicit.changeTypes()) {
            TablePair pair = pairFor(d.table());
            if (pair == null || usedChangeTypes.contains(d)) {
                continue;
            }
            Map<String, String> columnMap = columnMaps.get(pair.from().name());
            String toColumn = columnMap.containsValue(d.column()) ? d.column() : columnMap.get(d.column());
            if (toColumn == null) {
                problem(Message.DIRECTIVE_UNKNOWN_COLUMN, d.origin(), text(d), pair.from().name(), d.column(),
                        explicit.revisionId(), columnNames(pair.from()));
            } else if (direction == Direction.UPGRADE) {
                problem(Message.CHANGE_TYPE_WITHOUT_EFFECT, d.origin(), text(d), pair.to().name(), toColumn,
                        pair.to().column(toColumn).orElseThrow().type(), explicit.revisionId());
            }
        }
    }

    // ---------------------------------------------------------------- constraints and indexes

    private void diffPrimaryKey(TablePair pair) {
        PrimaryKeyModel from = pair.from().primaryKey();
        PrimaryKeyModel to = pair.to().primaryKey();
        if (from != null && to != null && to.columns().equals(mapColumns(pair, from.columns()))) {
            if (!from.name().equals(to.name())) {
                add(Phase.RENAME_CONSTRAINTS, new Change.RenameConstraint(pair.to().schema(), pair.to().name(), from.name(), to.name()));
            }
            return;
        }
        if (from != null) {
            add(Phase.DROP_CONSTRAINTS, new Change.DropPrimaryKey(pair.from().schema(), pair.from().name(), from.name()));
        }
        if (to != null) {
            add(Phase.ADD_PRIMARY_KEYS, new Change.AddPrimaryKey(pair.to().schema(), pair.to().name(), to));
            if (direction == Direction.UPGRADE) {
                problem(Message.UNIQUE_ON_EXISTING_TABLE, explicit.origin(), explicit.revisionId(), "primary key", to.name(),
                        pair.to().name());
            }
        }
    }

    private void diffChecks(TablePair pair) {
        Matching<CheckModel, CheckModel> m = Matching.of(pair.from().checks(), pair.to().checks(),
                (f, t) -> f.expression().equals(t.expression()), CheckModel::name, CheckModel::name);
        for (Matching.Pair<CheckModel, CheckModel> p : m.matched) {
            renameConstraint(pair, p.from().name(), p.to().name());
        }
        for (CheckModel check : m.removed) {
            add(Phase.DROP_CONSTRAINTS, new Change.DropCheck(pair.from().schema(), pair.from().name(), check.name()));
        }
        for (CheckModel check : m.added) {
            add(Phase.ADD_CHECKS, new Change.AddCheck(pair.to().schema(), pair.to().name(), check));
            // An enum's check that only gains constants cannot fail; a lost constant has its own warning.
            if (direction == Direction.UPGRADE && !isEnumCheck(pair.to(), check)) {
                problem(Message.CHECK_ON_EXISTING_TABLE, explicit.origin(), explicit.revisionId(), check.name(),
                        pair.to().name());
            }
        }
    }

    private static boolean isEnumCheck(TableModel table, CheckModel check) {
        return table.columns().stream()
                .anyMatch(c -> !c.enumConstants().isEmpty() && Names.check(table.name(), c.name()).equals(check.name()));
    }

    private void diffUniques(TablePair pair) {
        Matching<UniqueModel, UniqueModel> m = Matching.of(pair.from().uniques(), pair.to().uniques(),
                (f, t) -> t.columns().equals(mapColumns(pair, f.columns())), UniqueModel::name, UniqueModel::name);
        for (Matching.Pair<UniqueModel, UniqueModel> p : m.matched) {
            renameConstraint(pair, p.from().name(), p.to().name());
        }
        for (UniqueModel unique : m.removed) {
            add(Phase.DROP_CONSTRAINTS, new Change.DropUnique(pair.from().schema(), pair.from().name(), unique.name()));
        }
        for (UniqueModel unique : m.added) {
            add(Phase.ADD_UNIQUES, new Change.AddUnique(pair.to().schema(), pair.to().name(), unique));
            if (direction == Direction.UPGRADE) {
                problem(Message.UNIQUE_ON_EXISTING_TABLE, explicit.origin(), explicit.revisionId(), "unique constraint",
                        unique.name(), pair.to().name());
            }
        }
    }

    private void diffForeignKeys(TablePair pair) {
        Matching<ForeignKeyModel, ForeignKeyModel> m = Matching.of(pair.from().foreignKeys(), pair.to().foreignKeys(),
                (f, t) -> sameForeignKey(pair, f, t), ForeignKeyModel::name, ForeignKeyModel::name);
        for (Matching.Pair<ForeignKeyModel, ForeignKeyModel> p : m.matched) {
            renameConstraint(pair, p.from().name(), p.to().name());
        }
        for (ForeignKeyModel fk : m.removed) {
            add(Phase.DROP_FOREIGN_KEYS, new Change.DropForeignKey(pair.from().schema(), pair.from().name(), fk.name()));
        }
        for (ForeignKeyModel fk : m.added) {
            add(Phase.ADD_FOREIGN_KEYS, new Change.AddForeignKey(pair.to().schema(), pair.to().name(), fk, true));
            if (direction == Direction.UPGRADE) {
                problem(Message.FOREIGN_KEY_ON_EXISTING_TABLE, explicit.origin(), explicit.revisionId(), fk.name(),
                        pair.to().name(), pair.to().name(), fk.referencedTable());
            }
        }
    }

    private boolean sameForeignKey(TablePair pair, ForeignKeyModel from, ForeignKeyModel to) {
        TablePair referenced = pairs.get(from.referencedTable());
        String referencedTable;
        List<String> referencedColumns;
        if (referenced != null) {
            referencedTable = referenced.to().name();
            referencedColumns = mapColumns(referenced, from.referencedColumns());
        } else if (fromTables.containsKey(from.referencedTable())) {
            return false; // the referenced table is dropped
        } else {
            referencedTable = from.referencedTable();
            referencedColumns = from.referencedColumns();
        }
        return to.columns().equals(mapColumns(pair, from.columns()))
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
        Matching<IndexModel, IndexModel> m = Matching.of(pair.from().indexes(), pair.to().indexes(),
                (f, t) -> t.columns().equals(mapColumns(pair, f.columns()))
                        && f.unique() == t.unique()
                        && Objects.equals(f.method(), t.method())
                        && Objects.equals(f.operatorClass(), t.operatorClass())
                        && f.options().equals(t.options())
                        && Objects.equals(f.where(), t.where()),
                IndexModel::name, IndexModel::name);
        for (Matching.Pair<IndexModel, IndexModel> p : m.matched) {
            if (!p.from().name().equals(p.to().name())) {
                add(Phase.RENAME_CONSTRAINTS,
                        new Change.RenameIndex(pair.to().schema(), pair.to().name(), p.from().name(), p.to().name()));
            }
        }
        // The table holds rows: indexes are built and dropped CONCURRENTLY so writes go on meanwhile.
        for (IndexModel index : m.removed) {
            add(Phase.DROP_INDEXES_CONCURRENTLY, new Change.DropIndex(pair.from().schema(), pair.from().name(), index.name(), true));
        }
        for (IndexModel index : m.added) {
            add(Phase.CREATE_INDEXES_CONCURRENTLY, new Change.CreateIndex(pair.to().schema(), pair.to().name(), index, true));
        }
    }

    private void renameConstraint(TablePair pair, String from, String to) {
        if (!from.equals(to)) {
            add(Phase.RENAME_CONSTRAINTS, new Change.RenameConstraint(pair.to().schema(), pair.to().name(), from, to));
        }
    }

    /** The columns under their new names; {@code null} when one of them does not survive. */
    private List<String> mapColumns(TablePair pair, List<String> columns) {
        Map<String, String> map = columnMaps.get(pair.from().name());
        List<String> mapped = new ArrayList<>();
        for (String column : columns) {
            String to = map.get(column);
            if (to == null) {
                return null;
            }
            mapped.add(to);
        }
        return mapped;
    }

    // ---------------------------------------------------------------- helpers

    private static boolean needsVector(SchemaModel model) {
        return model.tables().stream().anyMatch(t -> t.columns().stream().anyMatch(c -> SqlTypes.isVectorType(c.type()))
                || t.indexes().stream().anyMatch(IndexModel::isVectorIndex));
    }

    private void unknownTable(Directive d, String table, String where) {
        problem(Message.DIRECTIVE_UNKNOWN_TABLE, d.origin(), text(d), table, where, explicit.revisionId(),
                String.join(", ", fromTables.keySet()));
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

    private static String columnNames(TableModel table) {
        return table.columns().stream().map(ColumnModel::name).collect(Collectors.joining(", "));
    }

    private static String text(Directive d) {
        return AnnotationText.of(d);
    }

    private void add(Phase phase, Change change) {
        phases.get(phase).add(change);
    }

    private void problem(Message message, Origin origin, Object... args) {
        problems.add(Problem.of(message, origin, args));
    }
}
