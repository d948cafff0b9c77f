package dev.migrata.schema.sql;

import dev.migrata.schema.model.CheckModel;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.Directive;
import dev.migrata.schema.model.ForeignKeyModel;
import dev.migrata.schema.model.IndexModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.PrimaryKeyModel;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import dev.migrata.schema.model.UniqueModel;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Short builders for schema models and revisions in tests. */
public final class TestModels {

    private TestModels() {}

    /** A nullable column. */
    public static ColumnModel col(String name, String type) {
        return new ColumnModel(name, type, true, false, null, null, List.of());
    }

    /** A NOT NULL column. */
    public static ColumnModel notNull(String name, String type) {
        return new ColumnModel(name, type, false, false, null, null, List.of());
    }

    /** A column with a default. */
    public static ColumnModel withDefault(String name, String type, boolean nullable, String defaultValue) {
        return new ColumnModel(name, type, nullable, false, defaultValue, null, List.of());
    }

    /** A {@code bigint} identity column. */
    public static ColumnModel identity(String name) {
        return new ColumnModel(name, "bigint", false, true, null, null, List.of());
    }

    /** A column with a comment. */
    public static ColumnModel commented(ColumnModel column, String comment) {
        return new ColumnModel(
                column.name(),
                column.type(),
                column.nullable(),
                column.identity(),
                column.defaultValue(),
                comment,
                column.enumConstants());
    }

    /** A text enum column (its CHECK goes on the table through {@link TableBuilder#enumCheck}). */
    public static ColumnModel enumColumn(String name, boolean nullable, String... constants) {
        return new ColumnModel(name, "text", nullable, false, null, null, List.of(constants));
    }

    /** A schema of these tables. */
    public static SchemaModel schema(TableModel... tables) {
        return new SchemaModel(List.of(tables));
    }

    /** Starts a table in the default schema. */
    public static TableBuilder table(String name) {
        return new TableBuilder("", name);
    }

    /** Starts a revision with no directives. */
    public static RevisionBuilder revision(String id) {
        return new RevisionBuilder(id);
    }

    /** Builds a {@link TableModel}. */
    public static final class TableBuilder {
        private final String schema;
        private final String name;
        private final List<ColumnModel> columns = new ArrayList<>();
        private PrimaryKeyModel primaryKey;
        private final List<UniqueModel> uniques = new ArrayList<>();
        private final List<CheckModel> checks = new ArrayList<>();
        private final List<ForeignKeyModel> foreignKeys = new ArrayList<>();
        private final List<IndexModel> indexes = new ArrayList<>();
        private String comment;

        TableBuilder(String schema, String name) {
            this.schema = schema;
            this.name = name;
        }

        public TableBuilder columns(ColumnModel... more) {
            columns.addAll(Arrays.asList(more));
            return this;
        }

        public TableBuilder pk(String... cols) {
            primaryKey = new PrimaryKeyModel(Names.primaryKey(name), List.of(cols));
            return this;
        }

        public TableBuilder unique(String... cols) {
            uniques.add(new UniqueModel(Names.unique(name, List.of(cols)), List.of(cols)));
            return this;
        }

        public TableBuilder check(String column, String expression) {
            checks.add(new CheckModel(Names.check(name, column), expression));
            return this;
        }

        /** The CHECK of an enum column, as the reader writes it. */
        public TableBuilder enumCheck(String column, String... constants) {
            String list = Arrays.stream(constants).map(c -> "'" + c + "'").collect(Collectors.joining(", "));
            return check(column, dev.migrata.schema.model.Identifiers.quote(column) + " IN (" + list + ")");
        }

        public TableBuilder fk(String column, String referencedTable, String referencedColumn, String onDelete) {
            foreignKeys.add(new ForeignKeyModel(
                    Names.foreignKey(name, List.of(column), referencedTable),
                    List.of(column),
                    "",
                    referencedTable,
                    List.of(referencedColumn),
                    onDelete,
                    "NO ACTION"));
            return this;
        }

        public TableBuilder index(String... cols) {
            indexes.add(new IndexModel(
                    Names.index(name, List.of(cols)), List.of(cols), false, "btree", null, Map.of(), null));
            return this;
        }

        public TableBuilder index(IndexModel index) {
            indexes.add(index);
            return this;
        }

        public TableBuilder hnsw(String column, String operatorClass) {
            return index(new IndexModel(
                    Names.index(name, List.of(column)),
                    List.of(column),
                    false,
                    "hnsw",
                    operatorClass,
                    Map.of("m", 16, "ef_construction", 64),
                    null));
        }

        public TableBuilder comment(String text) {
            comment = text;
            return this;
        }

        public TableModel build() {
            return new TableModel(schema, name, columns, primaryKey, uniques, checks, foreignKeys, indexes, comment);
        }
    }

    /** Builds a {@link RevisionModel}. */
    public static final class RevisionBuilder {
        private final String id;
        private boolean transactional = true;
        private final List<Directive.RenameTable> renameTables = new ArrayList<>();
        private final List<Directive.RenameColumn> renameColumns = new ArrayList<>();
        private final List<Directive.DropTable> dropTables = new ArrayList<>();
        private final List<Directive.DropColumn> dropColumns = new ArrayList<>();
        private final List<Directive.ChangeType> changeTypes = new ArrayList<>();
        private final List<Directive.Sql> sql = new ArrayList<>();

        RevisionBuilder(String id) {
            this.id = id;
        }

        public RevisionBuilder nonTransactional() {
            transactional = false;
            return this;
        }

        public RevisionBuilder renameTable(String from, String to) {
            renameTables.add(new Directive.RenameTable(from, to, Origin.NONE));
            return this;
        }

        public RevisionBuilder renameColumn(String table, String from, String to) {
            renameColumns.add(new Directive.RenameColumn(table, from, to, Origin.NONE));
            return this;
        }

        public RevisionBuilder dropTable(String table) {
            dropTables.add(new Directive.DropTable(table, Origin.NONE));
            return this;
        }

        public RevisionBuilder dropColumn(String table, String column) {
            dropColumns.add(new Directive.DropColumn(table, column, Origin.NONE));
            return this;
        }

        public RevisionBuilder changeType(String table, String column, String using, String usingDown) {
            changeTypes.add(new Directive.ChangeType(table, column, using, usingDown, Origin.NONE));
            return this;
        }

        public RevisionBuilder sql(String up, String down) {
            sql.add(new Directive.Sql(up, down, Origin.NONE));
            return this;
        }

        /** An {@code @Sql(phase = BEFORE)} step. */
        public RevisionBuilder sqlBefore(String up, String down) {
            sql.add(new Directive.Sql(up, down, false, true, Origin.NONE));
            return this;
        }

        public RevisionModel build() {
            return new RevisionModel(
                    id,
                    null,
                    "",
                    transactional,
                    "com.example." + id,
                    false,
                    renameTables,
                    renameColumns,
                    dropTables,
                    dropColumns,
                    changeTypes,
                    sql,
                    Origin.NONE);
        }
    }
}
