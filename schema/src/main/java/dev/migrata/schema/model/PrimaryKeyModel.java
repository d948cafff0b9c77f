package dev.migrata.schema.model;

import java.util.List;

/**
 * A primary key constraint.
 *
 * @param name the constraint name, {@code pk_<table>}
 * @param columns the key's columns in order
 */
public record PrimaryKeyModel(String name, List<String> columns) {

    /** Copies the list. */
    public PrimaryKeyModel {
        columns = List.copyOf(columns);
    }
}
