package dev.migrata.schema.model;

import java.util.List;

/**
 * A foreign key constraint.
 *
 * @param name the constraint name, {@code fk_<table>_<column>_<ref>}
 * @param columns the referencing columns
 * @param referencedSchema the referenced table's PostgreSQL schema, {@code ""} for the default
 * @param referencedTable the referenced table
 * @param referencedColumns the referenced columns (its primary key unless named)
 * @param onDelete the referential action in SQL words: {@code NO ACTION}, {@code RESTRICT},
 *     {@code CASCADE}, {@code SET NULL}, {@code SET DEFAULT}
 * @param onUpdate the referential action on update, same words
 */
public record ForeignKeyModel(
        String name,
        List<String> columns,
        String referencedSchema,
        String referencedTable,
        List<String> referencedColumns,
        String onDelete,
        String onUpdate) {

    /** Copies the lists. */
    public ForeignKeyModel {
        columns = List.copyOf(columns);
        referencedSchema = referencedSchema == null ? "" : referencedSchema;
        referencedColumns = List.copyOf(referencedColumns);
    }
}
