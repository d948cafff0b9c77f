package dev.migrata.schema.model;

/**
 * A check constraint.
 *
 * @param name the constraint name: explicit, or by the naming rule ({@code ck_<table>_<column>} for a
 *     column check, {@code ck_<table>_<hash>} for a table check)
 * @param expression the boolean SQL expression, verbatim (for enums: {@code "col" IN ('A', 'B')})
 */
public record CheckModel(String name, String expression) {}
