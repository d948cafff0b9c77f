package dev.migrata.runtime;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The result of {@link Migrator#check()}: every difference between the live catalog and the
 * chain's head schema. An empty report means the database matches what the code expects.
 *
 * @param drifts the differences, in table order, each described once
 * @param notes what to know before reading the differences, each a sentence: where the database
 *     stands against the chain's head when it is not at it (behind it, the differences are what the
 *     pending revisions will change), and what could not be compared; empty when nothing needs saying
 */
public record DriftReport(List<Drift> drifts, List<String> notes) {

    /** Copies the lists. */
    public DriftReport {
        drifts = List.copyOf(drifts);
        notes = List.copyOf(notes);
    }

    /** A report without notes. */
    public DriftReport(List<Drift> drifts) {
        this(drifts, List.of());
    }

    /** Whether the database matches the head schema. */
    public boolean isClean() {
        return drifts.isEmpty();
    }

    /**
     * The closing line the command-line tools print: {@code No drift: the database matches the head
     * schema}, or {@code 3 differences between the database and the head schema}.
     */
    public String summary() {
        if (drifts.isEmpty()) {
            return "No drift: the database matches the head schema";
        }
        return drifts.size() + (drifts.size() == 1 ? " difference" : " differences")
                + " between the database and the head schema";
    }

    /** One line per note, then one line per drift, or {@code no drift}. */
    @Override
    public String toString() {
        String differences = drifts.isEmpty()
                ? "no drift"
                : drifts.stream().map(Drift::toString).collect(Collectors.joining("\n"));
        return notes.isEmpty() ? differences : String.join("\n", notes) + "\n" + differences;
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
        CONSTRAINT_DEFINITION,
        /**
         * A CHECK constraint whose expression differs from the declared one, both as the server
         * prints them (a narrowed or widened enum CHECK, a changed bound).
         */
        CHECK_DEFINITION,
        /**
         * A column generated on one side only, or whose generation expression differs from the
         * declared one, both as the server prints them.
         */
        GENERATED,
        /** The head schema declares a native enum type ({@code @PgEnum}) the database does not have. */
        MISSING_ENUM_TYPE,
        /** A native enum type whose labels, or their order, differ from the declared ones. */
        ENUM_LABELS,
        /** The head schema declares a UNIQUE constraint; the database has a unique index instead. */
        UNIQUE_CONSTRAINT_IS_INDEX,
        /** The head schema declares a unique index; the database has a UNIQUE constraint instead. */
        UNIQUE_INDEX_IS_CONSTRAINT,
        /** A declared view or materialized view the database lacks. */
        MISSING_VIEW,
        /** A view or materialized view the head schema does not declare. */
        EXTRA_VIEW,
        /**
         * A view whose query differs from the declared one, both as the server prints them, or that
         * is materialized where a plain view is declared (or the reverse).
         */
        VIEW_DEFINITION,
        /** A declared function the database lacks. */
        MISSING_FUNCTION,
        /** A function, not installed by an extension, that the head schema does not declare. */
        EXTRA_FUNCTION,
        /** A function whose arguments, result type, language or body differ from the declared ones. */
        FUNCTION_DEFINITION,
        /** A declared trigger the database lacks. */
        MISSING_TRIGGER,
        /** A trigger the head schema does not declare. */
        EXTRA_TRIGGER,
        /** A trigger whose timing, events, level, function or {@code WHEN} differ from the declared ones. */
        TRIGGER_DEFINITION
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
