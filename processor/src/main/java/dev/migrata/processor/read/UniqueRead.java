package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;
import java.util.List;

/**
 * A {@code @Unique} on a table, as written.
 *
 * @param columns the column names
 * @param name the name, {@code ""} for the schema's naming rule
 * @param origin the annotation
 * @param columnsOrigin its {@code columns} value, or the annotation
 * @param nameOrigin its {@code name} value, or the annotation
 */
public record UniqueRead(List<String> columns, String name, Origin origin, Origin columnsOrigin, Origin nameOrigin) {

    /** Copies the list. */
    public UniqueRead {
        columns = List.copyOf(columns);
    }
}
