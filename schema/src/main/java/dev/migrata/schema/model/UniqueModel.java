package dev.migrata.schema.model;

import java.util.List;

/**
 * A unique constraint (from {@code @Column(unique = true)} or {@code @Unique}).
 *
 * @param name the constraint name: explicit, or by the naming rule ({@code uq_<table>_<cols>})
 * @param columns the constrained columns in order
 */
public record UniqueModel(String name, List<String> columns) {

    /** Copies the list. */
    public UniqueModel {
        columns = List.copyOf(columns);
    }
}
