package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;
import java.util.List;

/**
 * An {@code @Index} on a table, as written.
 *
 * @param columns the column names, empty when {@code expression} gives the keys
 * @param expression the key list written verbatim, {@code ""} for none
 * @param include the {@code INCLUDE} column names, empty for none
 * @param unique whether it is unique
 * @param name the name, {@code ""} for {@code ix_<table>_<columns>}
 * @param where the predicate, {@code ""} for none
 * @param using the access method as written
 * @param origin the annotation
 * @param columnsOrigin its {@code columns} value
 * @param expressionOrigin its {@code expression} value
 * @param includeOrigin its {@code include} value
 * @param nameOrigin its {@code name} value, or the annotation
 * @param usingOrigin its {@code using} value, or the annotation
 * @param sqlValues its {@code where} and {@code expression} values when not empty, written verbatim
 *     into SQL
 */
public record IndexRead(
        List<String> columns,
        String expression,
        List<String> include,
        boolean unique,
        String name,
        String where,
        String using,
        Origin origin,
        Origin columnsOrigin,
        Origin expressionOrigin,
        Origin includeOrigin,
        Origin nameOrigin,
        Origin usingOrigin,
        List<SqlValueRead> sqlValues) {

    /** Copies the lists. */
    public IndexRead {
        columns = List.copyOf(columns);
        include = List.copyOf(include);
        sqlValues = List.copyOf(sqlValues);
    }
}
