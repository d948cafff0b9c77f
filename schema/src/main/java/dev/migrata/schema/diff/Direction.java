package dev.migrata.schema.diff;

/** Which way a diff runs, which decides what needs an explicit directive and what is checked. */
public enum Direction {
    /**
     * Parent to revision: a table or column that disappears needs a {@code @DropTable}/
     * {@code @DropColumn} or a rename, and changes that fail on a table with rows are errors.
     */
    UPGRADE,
    /**
     * Revision back to parent (and the plain comparison of two models): the diff undoes what the
     * upgrade did, so disappearing tables and columns are dropped without directives and no data
     * checks are made (whatever a downgrade removes was added by the upgrade). A NOT NULL column
     * without a default that comes back is added nullable, since its values are gone, with a warning.
     */
    DOWNGRADE
}
