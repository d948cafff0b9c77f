package dev.migrata.processor.read;

import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.Identifiers;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.PostgresNames;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.SqlTypes;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.HashMap;
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

    /** {@code @Schema(naming)}: how a constraint without an explicit name is named. */
    enum Naming {
        /** {@code pk_<table>}, {@code uq_…}, {@code fk_…}, {@code ck_…}: {@link Names}. */
        MIGRATA,
        /** The names PostgreSQL chooses: {@link PostgresNames}. */
        POSTGRESQL
    }

    private final Map<String, TableRead> tablesByClass;
    private final Naming naming;
    private final Map<String, PostgresNames.Namespace> namespaces = new HashMap<>();

    /**
     * A builder resolving references among these tables, keyed by qualified class name, and naming
     * constraints by {@code naming}. With {@link Naming#POSTGRESQL} the names depend on the names
     * taken before them, as on the server: build the tables in the order of {@code @Schema(tables)}.
     */
    TableModelBuilder(Map<String, TableRead> tablesByClass, Naming naming) {
        this.tablesByClass = tablesByClass;
        this.naming = naming;
        if (naming == Naming.POSTGRESQL) {
            takeDeclaredNames();
        }
    }

    /**
     * Takes, before any constraint is named, the names the tables declare: table names, the
     * sequences of identity columns, and explicit constraint names. A generated name then never
     * collides with one of them, as on a server where those objects already exist.
     */
    private void takeDeclaredNames() {
        for (TableRead table : tablesByClass.values()) {
            PostgresNames.Namespace namespace = namespace(table);
            namespace.takeRelation(table.name());
            for (ColumnRead column : table.columns()) {
                if (column.identity()) {
                    namespace.takeRelation(PostgresNames.makeObjectName(table.name(), column.name(), "seq"));
                }
                if (column.reference() != null && !column.reference().name().isEmpty()) {
                    namespace.takeConstraint(column.reference().name());
                }
            }
            if (!table.primaryKeyName().isEmpty()) {
                namespace.takeRelation(table.primaryKeyName());
                namespace.takeConstraint(table.primaryKeyName());
            }
            for (UniqueRead unique : table.uniques()) {
                if (!unique.name().isEmpty()) {
                    namespace.takeRelation(unique.name());
                    namespace.takeConstraint(unique.name());
                }
            }
            for (CheckRead check : table.checks()) {
                if (!check.name().isEmpty()) {
                    namespace.takeConstraint(check.name());
                }
            }
        }
    }

    private PostgresNames.Namespace namespace(TableRead table) {
        return namespaces.computeIfAbsent(table.schema(), s -> new PostgresNames.Namespace());
    }

    TableModel build(TableRead table) {
        String name = table.name();
        // PostgreSQL names a new table's CHECKs first, then its primary key and unique constraints
        // (the indexes it builds), then its foreign keys: name them in that order.
        Map<String, String> checkNames = new HashMap<>();
        for (ColumnRead column : table.columns()) {
            if (column.check() != null) {
                checkNames.put(column.name(), checkName(table, column.name()));
            }
        }
        // Table checks follow the column checks, as table constraints follow the columns in CREATE TABLE.
        List<CheckModel> tableChecks = new ArrayList<>();
        for (CheckRead check : table.checks()) {
            if (!check.expression().isBlank()) {
                tableChecks.add(new CheckModel(tableCheckName(table, check), check.expression()));
            }
        }
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
                    column.enumConstants(),
                    column.generated()));
            if (column.check() != null) {
                checks.add(new CheckModel(checkNames.get(column.name()), column.check()));
            }
            VectorIndexRead vectorIndex = column.vectorIndex();
            if (vectorIndex != null) {
                String indexName =
                        vectorIndex.name().isEmpty() ? Names.index(name, List.of(column.name())) : vectorIndex.name();
                // pgvector indexes a vector over 2,000 dimensions only through an expression: the
                // column cast to halfvec of the same dimensions.
                String cast = vectorIndex.castToHalfvec()
                        ? "(" + Identifiers.quote(column.name()) + "::halfvec("
                                + SqlTypes.dimensions(column.type()).getAsInt() + "))"
                        : null;
                indexes.add(new IndexModel(
                        indexName,
                        List.of(column.name()),
                        false,
                        vectorIndex.method(),
                        vectorIndex.operatorClass(),
                        vectorIndex.options(),
                        vectorIndex.where(),
                        cast,
                        List.of()));
            }
        }
        checks.addAll(tableChecks);
        PrimaryKeyModel primaryKey =
                keyColumns.isEmpty() ? null : new PrimaryKeyModel(primaryKeyName(table), keyColumns);
        for (ColumnRead column : table.columns()) {
            if (column.unique()) {
                uniques.add(new UniqueModel(uniqueName(table, List.of(column.name())), List.of(column.name())));
            }
        }
        for (UniqueRead unique : table.uniques()) {
            if (!unique.columns().isEmpty()
                    && unique.columns().stream().allMatch(c -> table.column(c).isPresent())) {
                String uniqueName = unique.name().isEmpty() ? uniqueName(table, unique.columns()) : unique.name();
                uniques.add(new UniqueModel(uniqueName, unique.columns()));
            }
        }
        for (ColumnRead column : table.columns()) {
            ForeignKeyModel foreignKey = foreignKey(table, column);
            if (foreignKey != null) {
                foreignKeys.add(foreignKey);
            }
        }
        for (IndexRead index : table.indexes()) {
            boolean expression = !index.expression().isEmpty();
            if (expression == !index.columns().isEmpty()
                    || !index.columns().stream().allMatch(c -> table.column(c).isPresent())
                    || !index.include().stream().allMatch(c -> table.column(c).isPresent())) {
                continue;
            }
            String defaultName =
                    expression ? Names.expressionIndex(name, index.expression()) : Names.index(name, index.columns());
            String indexName = index.name().isEmpty() ? defaultName : index.name();
            String using = index.using().isEmpty() ? "btree" : index.using().toLowerCase(Locale.ROOT);
            indexes.add(new IndexModel(
                    indexName,
                    index.columns(),
                    index.unique(),
                    using,
                    null,
                    Map.of(),
                    index.where().isEmpty() ? null : index.where(),
                    expression ? index.expression() : null,
                    index.include()));
        }
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
                foreignKeyName(table, column, target),
                List.of(column.name()),
                target.schema(),
                target.name(),
                List.of(referencedColumn),
                reference.onDelete(),
                reference.onUpdate());
    }

    private String checkName(TableRead table, String column) {
        return naming == Naming.POSTGRESQL
                ? namespace(table).check(table.name(), column)
                : Names.check(table.name(), column);
    }

    private String primaryKeyName(TableRead table) {
        if (!table.primaryKeyName().isEmpty()) {
            return table.primaryKeyName();
        }
        return naming == Naming.POSTGRESQL ? namespace(table).primaryKey(table.name()) : Names.primaryKey(table.name());
    }

    private String tableCheckName(TableRead table, CheckRead check) {
        if (!check.name().isEmpty()) {
            return check.name();
        }
        return naming == Naming.POSTGRESQL
                ? namespace(table).tableCheck(table.name())
                : Names.tableCheck(table.name(), check.expression());
    }

    private String uniqueName(TableRead table, List<String> columns) {
        return naming == Naming.POSTGRESQL
                ? namespace(table).unique(table.name(), columns)
                : Names.unique(table.name(), columns);
    }

    private String foreignKeyName(TableRead table, ColumnRead column, TableRead target) {
        String explicit = column.reference().name();
        if (!explicit.isEmpty()) {
            return explicit;
        }
        return naming == Naming.POSTGRESQL
                ? namespace(table).foreignKey(table.name(), List.of(column.name()))
                : Names.foreignKey(table.name(), List.of(column.name()), target.name());
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
