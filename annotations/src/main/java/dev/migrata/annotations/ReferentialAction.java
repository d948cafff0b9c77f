package dev.migrata.annotations;

/** What a foreign key does when the referenced row is deleted or its key updated. */
public enum ReferentialAction {
    /** {@code NO ACTION}: fail at the end of the statement (the PostgreSQL default). */
    NO_ACTION,
    /** {@code RESTRICT}: fail at once. */
    RESTRICT,
    /** {@code CASCADE}: delete or update the referencing rows too. */
    CASCADE,
    /** {@code SET NULL}: set the referencing column to NULL. */
    SET_NULL,
    /** {@code SET DEFAULT}: set the referencing column to its default. */
    SET_DEFAULT
}
