package dev.migrata.schema.model;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A table at one revision.
 *
 * @param schema the PostgreSQL schema, {@code ""} for the connection's default ({@code search_path})
 * @param name the table name as the database knows it
 * @param columns the columns in declaration order (that order is the {@code CREATE TABLE} order)
 * @param primaryKey the primary key, or {@code null} when the table has none
 * @param uniques unique constraints, sorted by name
 * @param checks check constraints (column checks, enum constant lists and table checks), sorted by name
 * @param foreignKeys foreign keys, sorted by name
 * @param indexes indexes, sorted by name
 * @param comment the table comment, or {@code null}
 */
public record TableModel(
        String schema,
        String name,
        List<ColumnModel> columns,
        PrimaryKeyModel primaryKey,
        List<UniqueModel> uniques,
        List<CheckModel> checks,
        List<ForeignKeyModel> foreignKeys,
        List<IndexModel> indexes,
        String comment) {

    /** Orders tables by PostgreSQL schema, then name. */
    public static final Comparator<TableModel> ORDER =
            Comparator.comparing(TableModel::schema).thenComparing(TableModel::name);

    /** Copies the lists, sorting the named parts by name. */
    public TableModel {
        schema = schema == null ? "" : schema;
        columns = List.copyOf(columns);
        uniques =
                uniques.stream().sorted(Comparator.comparing(UniqueModel::name)).toList();
        checks = checks.stream().sorted(Comparator.comparing(CheckModel::name)).toList();
        foreignKeys = foreignKeys.stream()
                .sorted(Comparator.comparing(ForeignKeyModel::name))
                .toList();
        indexes =
                indexes.stream().sorted(Comparator.comparing(IndexModel::name)).toList();
    }

    /** The column with this name. */
    public Optional<ColumnModel> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
