package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;
import java.util.List;

/**
 * An {@code @Index} on a table, as written.
 *
 * @param columns the column names
 * @param unique whether it is unique
 * @param name the name, {@code ""} for {@code ix_<table>_<columns>}
 * @param where the predicate, {@code ""} for none
 * @param using the access method as written
 * @param origin the annotation
 * @param columnsOrigin its {@code columns} value
 * @param nameOrigin its {@code name} value, or the annotation
 * @param usingOrigin its {@code using} value, or the annotation
 * @param sqlValues its {@code where} value when not empty, written verbatim into SQL
 */
public record IndexRead(
        List<String> columns,
        boolean unique,
        String name,
        String where,
        String using,
        Origin origin,
        Origin columnsOrigin,
        Origin nameOrigin,
        Origin usingOrigin,
        List<SqlValueRead> sqlValues) {

    /** Copies the lists. */
    public IndexRead {
        columns = List.copyOf(columns);
        sqlValues = List.copyOf(sqlValues);
    }
}
