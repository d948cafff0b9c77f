package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Table} class as read, before it is checked against the rest of the schema.
 *
 * @param element the class or record
 * @param simpleName its simple name, for messages
 * @param schema the PostgreSQL schema, {@code ""} for the default
 * @param schemaOrigin where {@code schema} was written
 * @param name the table name
 * @param nameOrigin where the name was written (the {@code name} value, else the class)
 * @param comment the comment or {@code null}
 * @param columns the columns in declaration order
 * @param declaredPrimaryKey {@code @Table(primaryKey)}, empty when not given
 * @param declaredPrimaryKeyOrigin where it was written
 * @param primaryKeyName {@code @Table(primaryKeyName)}, {@code ""} for the schema's naming rule
 * @param primaryKeyNameOrigin where it was written
 * @param indexes the {@code @Index} annotations
 * @param uniques the {@code @Unique} annotations
 * @param checks the {@code @Check} annotations
 * @param origin the {@code @Table} annotation on the class
 */
public record TableRead(
        TypeElement element,
        String simpleName,
        String schema,
        Origin schemaOrigin,
        String name,
        Origin nameOrigin,
        String comment,
        List<ColumnRead> columns,
        List<String> declaredPrimaryKey,
        Origin declaredPrimaryKeyOrigin,
        String primaryKeyName,
        Origin primaryKeyNameOrigin,
        List<IndexRead> indexes,
        List<UniqueRead> uniques,
        List<CheckRead> checks,
        Origin origin) {

    /** Copies the lists. */
    public TableRead {
        columns = List.copyOf(columns);
        declaredPrimaryKey = List.copyOf(declaredPrimaryKey);
        indexes = List.copyOf(indexes);
        uniques = List.copyOf(uniques);
        checks = List.copyOf(checks);
    }

    /** The qualified class name, the key references use. */
    public String qualifiedName() {
        return element.getQualifiedName().toString();
    }

    /** The primary key's columns: {@code @Table(primaryKey)}, else every {@code @Column(primaryKey)} column. */
    public List<String> primaryKeyColumns() {
        if (!declaredPrimaryKey.isEmpty()) {
            return declaredPrimaryKey;
        }
        List<String> key = new ArrayList<>();
        for (ColumnRead column : columns) {
            if (column.primaryKey()) {
                key.add(column.name());
            }
        }
        return key;
    }

    /** The column with this database name. */
    public Optional<ColumnRead> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }

    /** The column names, comma-separated, for messages. */
    public String columnList() {
        return String.join(", ", columns.stream().map(ColumnRead::name).toList());
    }
}
