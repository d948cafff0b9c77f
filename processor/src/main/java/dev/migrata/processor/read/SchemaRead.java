package dev.migrata.processor.read;

import dev.migrata.schema.model.TableModel;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One {@code @Schema} class as far as it could be read: what the validate stage checks.
 *
 * @param className the simple name of the {@code @Schema} class
 * @param tables the listed tables by qualified class name, in listed order
 * @param models the tables' models, in the same order
 * @param pgEnums the {@code @PgEnum} enums the columns use, each once
 * @param objects the views, functions and triggers {@code @Schema} lists
 * @param chain the revision chain from the head to the root, as far as it could be followed
 */
public record SchemaRead(
        String className,
        Map<String, TableRead> tables,
        List<TableModel> models,
        List<PgEnumRead> pgEnums,
        DeclaredObjectRead objects,
        ChainView chain) {

    /** Copies the collections. */
    public SchemaRead {
        tables = Collections.unmodifiableMap(new LinkedHashMap<>(tables));
        models = List.copyOf(models);
        pgEnums = List.copyOf(pgEnums);
    }

    /** The same schema, with what its revision files show. */
    SchemaRead withFiles(RevisionFileState.Lookup files) {
        return new SchemaRead(className, tables, models, pgEnums, objects, chain.withFiles(files));
    }
}
