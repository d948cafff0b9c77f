package dev.migrata.runtime;

import java.util.Objects;

/**
 * A refusal or failure of the {@link Migrator}. Every refusal is raised before the database is
 * changed; {@link #reason()} says which one it is, so callers can react without parsing the
 * message. Messages name the revision, the expected and found values and the fix; they never
 * contain a password.
 */
public final class MigrationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the migrator refused or failed. */
    public enum Reason {
        /** An applied revision's checksum differs from the compiled one: it was edited after it ran. */
        CHECKSUM_MISMATCH,
        /**
         * The database holds a revision this code does not know (newer code, or another branch,
         * migrated it), or a revision to revert whose downgrade steps were not recorded or name a
         * Java class that cannot be loaded.
         */
        UNKNOWN_REVISION,
        /**
         * A revision's run stopped part-way and cannot be resumed by this call: the interrupted step
         * ran outside any transaction and is not declared re-runnable, or the run was a downgrade and
         * this is an upgrade (or the reverse).
         */
        DIRTY,
        /**
         * The history table contradicts itself or the chain in a way no migrator writes: positions
         * that do not run 1, 2, 3, … without gaps, revisions recorded in another order than the
         * chain's, an edited chain checksum, a dirty flag on an older revision or an out-of-range
         * pending step, a missing history table while tables of the chain exist, or recorded
         * downgrade steps that do not match the checksum recorded with them. It was edited by hand;
         * the message says how to repair it.
         */
        INVALID_HISTORY,
        /**
         * Another migrator held the migration lock, or another session a lock on the history table,
         * for longer than the configured lock timeout.
         */
        LOCK_TIMEOUT,
        /**
         * A step's lock (an {@code ALTER TABLE}'s ACCESS EXCLUSIVE, a {@code VALIDATE CONSTRAINT}'s
         * SHARE UPDATE EXCLUSIVE, …) was not granted within the DDL lock timeout on any attempt: other
         * sessions held the table. The message names each blocking backend; nothing of the step's
         * transaction group is left behind, earlier groups stay committed.
         */
        LOCK_NOT_AVAILABLE,
        /** The role lacks a privilege the migration needs (CREATE on the schema, superuser, …). */
        INSUFFICIENT_PRIVILEGE,
        /** An extension the migration creates (such as pgvector) is not installed on the server. */
        EXTENSION_UNAVAILABLE,
        /** A statement or a Java data migration failed; the failing revision was rolled back. */
        STATEMENT_FAILED,
        /** The target names no revision of the chain. */
        UNKNOWN_TARGET,
        /** The target is a prefix of several revision ids. */
        AMBIGUOUS_TARGET,
        /** The target exists but lies in the wrong direction or beyond the chain. */
        INVALID_TARGET,
        /** An offline script was asked for a revision that runs Java code. */
        DATA_MIGRATION_IN_SCRIPT,
        /**
         * The chain itself is inconsistent: no revisions, duplicate ids, broken parent links, or a
         * head that is not its last revision. Generated chains never are; hand-built ones are checked
         * before the first call that walks them.
         */
        INVALID_CHAIN,
        /** The database could not be reached or a bookkeeping query failed. */
        DATABASE_ERROR
    }

    private final Reason reason;

    MigrationException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    MigrationException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** Which refusal or failure this is. */
    public Reason reason() {
        return reason;
    }
}
