package dev.migrata.annotations;

/** When a {@link Trigger} fires, relative to its event. */
public enum TriggerTiming {
    /** {@code BEFORE}: the function may change or skip the row. */
    BEFORE,
    /** {@code AFTER}: the row is written. */
    AFTER,
    /** {@code INSTEAD OF}: for views only, in PostgreSQL. */
    INSTEAD_OF
}
