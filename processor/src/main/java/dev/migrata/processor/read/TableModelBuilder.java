package dev.migrata.processor.read;

import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns checked {@link TableRead}s into {@link TableModel}s: names the constraints
 * deterministically and resolves references. Parts the validators reported as wrong (an unknown
 * column, an unresolvable reference) are left out; the build fails on those problems anyway.
 */
final class TableModelBuilder {

    private final Map<String, TableRead> tablesByClass;

    /** A builder resolving references among these tables, keyed by qualified class name. */
    TableModelBuilder(Map<String, TableRead> tablesByClass) {
        this.tablesByClass = tablesByClass;
    }

    TableModel build(TableRead table) {
        String name = table.name();
        List<String> keyColumns = table.primaryKeyColumns().stream()
                .filter(c -> table.column(c).isPresent())
                .toList();
        Set<String> notNull = new HashSet<>(keyColumns);

        List<ColumnModel> columns = new ArrayList<>();
        List<UniqueModel> uniques = new ArrayList<>();
        List<CheckModel> checks = new ArrayList<>();
        List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        List<IndexModel> indexes = new ArrayList<>();
        for (ColumnRead column : table.columns()) {
            columns.add(new ColumnModel(
                    column.name(),
                    column.type() == null ? "" : column.type(),
                    column.nullable() && !notNull.contains(column.name()),
                    column.identity(),
                    column.defaultValue(),
                    column.comment(),
                    column.enumConstants()));
            if (column.unique()) {
                uniques.add(new UniqueModel(Names.unique(name, List.of(column.name())), List.of(column.name())));
            }
            if (column.check() != null) {
                checks.add(new CheckModel(Names.check(name, column.name()), column.check()));
            }
            ForeignKeyModel foreignKey = foreignKey(table, column);
            if (foreignKey != null) {
                foreignKeys.add(foreignKey);
            }
            VectorIndexRead vectorIndex = column.vectorIndex();
            if (vectorIndex != null) {
                String indexName =
                        vectorIndex.name().isEmpty() ? Names.index(name, List.of(column.name())) : vectorIndex.name();
                indexes.add(new IndexModel(
                        indexName,
                        List.of(column.name()),
                        false,
                        vectorIndex.method(),
                        vectorIndex.operatorClass(),
                        vectorIndex.options(),
                        null));
            }
        }
        for (IndexRead index : table.indexes()) {
            if (index.columns().isEmpty()
                    || !index.columns().stream().allMatch(c -> table.column(c).isPresent())) {
                continue;
            }
            String indexName = index.name().isEmpty() ? Names.index(name, index.columns()) : index.name();
            String using = index.using().isEmpty() ? "btree" : index.using().toLowerCase(Locale.ROOT);
            indexes.add(new IndexModel(
                    indexName,
                    index.columns(),
                    index.unique(),
                    using,
                    null,
                    Map.of(),
                    index.where().isEmpty() ? null : index.where()));
        }
        PrimaryKeyModel primaryKey =
                keyColumns.isEmpty() ? null : new PrimaryKeyModel(Names.primaryKey(name), keyColumns);
        return new TableModel(
                table.schema(), name, columns, primaryKey, uniques, checks, foreignKeys, indexes, table.comment());
    }

    private ForeignKeyModel foreignKey(TableRead table, ColumnRead column) {
        ReferenceRead reference = column.reference();
        if (reference == null) {
            return null;
        }
        TableRead target = tablesByClass.get(reference.targetClass());
        if (target == null) {
            return null;
        }
        String referencedColumn = referencedColumn(target, reference);
        if (referencedColumn == null) {
            return null;
        }
        return new ForeignKeyModel(
                Names.foreignKey(table.name(), List.of(column.name()), target.name()),
                List.of(column.name()),
                target.schema(),
                target.name(),
                List.of(referencedColumn),
                reference.onDelete(),
                reference.onUpdate());
    }

    /** The column a reference points at: the named one, else the single-column primary key; {@code null} if neither exists. */
    static String referencedColumn(TableRead target, ReferenceRead reference) {
        if (!reference.column().isEmpty()) {
            return target.column(reference.column()).isPresent() ? reference.column() : null;
        }
        List<String> key = target.primaryKeyColumns();
        return key.size() == 1 && target.column(key.get(0)).isPresent() ? key.get(0) : null;
    }
}
