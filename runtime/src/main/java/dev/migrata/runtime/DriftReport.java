package dev.migrata.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@link Migrator#check()}: every difference between the live catalog and the
 * chain's head schema. An empty report means the database matches what the code expects.
 *
 * @param drifts the differences, in table order, each described once
 */
public record DriftReport(List<Drift> drifts) {

    /** Copies the list. */
    public DriftReport {
        drifts = List.copyOf(drifts);
    }

    /** Whether the database matches the head schema. */
    public boolean isClean() {
        return drifts.isEmpty();
    }

    /** One line per drift, or {@code no drift}. */
    @Override
    public String toString() {
        return drifts.isEmpty()
                ? "no drift"
                : drifts.stream().map(Drift::toString).collect(Collectors.joining("\n"));
    }

    /** What kind of difference a {@link Drift} is. */
    public enum Kind {
        MISSING_TABLE,
        EXTRA_TABLE,
        MISSING_COLUMN,
        EXTRA_COLUMN,
        COLUMN_TYPE,
        VECTOR_DIMENSIONS,
        NULLABILITY,
        DEFAULT,
        IDENTITY,
        PRIMARY_KEY,
        MISSING_INDEX,
        EXTRA_INDEX,
        INDEX_DEFINITION,
        INVALID_INDEX,
        MISSING_CONSTRAINT,
        EXTRA_CONSTRAINT,
        CONSTRAINT_KIND,
        CONSTRAINT_DEFINITION
    }

    /**
     * One difference.
     *
     * @param kind what differs
     * @param object the table, {@code table.column}, index or constraint concerned
     * @param expected what the head schema says, or {@code null} when it has no such object
     * @param actual what the database has, or {@code null} when it has no such object
     */
    public record Drift(Kind kind, String object, String expected, String actual) {

        /** {@code KIND object: expected X, found Y}. */
        @Override
        public String toString() {
            return kind + " " + object + ": expected " + (expected == null ? "none" : expected) + ", found "
                    + (actual == null ? "none" : actual);
        }
    }
}
