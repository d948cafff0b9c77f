package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;

/**
 * A {@code @References} on a column, as written.
 *
 * @param targetClass the qualified name of the referenced class
 * @param targetSimpleName its simple name, for messages and fixes
 * @param column the referenced column, {@code ""} for the primary key
 * @param onDelete the {@code ON DELETE} action in SQL words
 * @param onUpdate the {@code ON UPDATE} action in SQL words
 * @param origin the annotation
 * @param valueOrigin its {@code value} (the class literal)
 * @param columnOrigin its {@code column} value, or the annotation when left out
 * @param name the constraint name, {@code ""} for the schema's naming rule
 * @param nameOrigin its {@code name} value, or the annotation when left out
 */
public record ReferenceRead(
        String targetClass,
        String targetSimpleName,
        String column,
        String onDelete,
        String onUpdate,
        Origin origin,
        Origin valueOrigin,
        Origin columnOrigin,
        String name,
        Origin nameOrigin) {}
