package dev.migrata.processor.read;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Table} class and the names the metamodel class exposes.
 *
 * @param element the {@code @Table} class or record
 * @param tableName the table's name in the database
 * @param columns the columns in declaration order
 */
public record TableDeclaration(TypeElement element, String tableName, List<ColumnDeclaration> columns) {

    /** Copies the list. */
    public TableDeclaration {
        columns = List.copyOf(columns);
    }

    /**
     * One column.
     *
     * @param javaName the field or record component name
     * @param columnName the column's name in the database
     */
    public record ColumnDeclaration(String javaName, String columnName) {}
}
