package dev.migrata.schema.model;

/**
 * A check constraint.
 *
 * @param name the constraint name, {@code ck_<table>_<column>}
 * @param expression the boolean SQL expression, verbatim (for enums: {@code "col" IN ('A', 'B')})
 */
public record CheckModel(String name, String expression) {}
