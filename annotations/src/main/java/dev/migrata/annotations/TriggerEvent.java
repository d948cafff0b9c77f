package dev.migrata.annotations;

/** An event a {@link Trigger} fires on. */
public enum TriggerEvent {
    /** {@code INSERT}. */
    INSERT,
    /** {@code UPDATE}. */
    UPDATE,
    /** {@code DELETE}. */
    DELETE,
    /** {@code TRUNCATE} (statement-level triggers only). */
    TRUNCATE
}
