package dev.migrata.runtime;

import java.util.Objects;

/**
 * One SQL statement of a revision.
 *
 * @param sql the statement, without a trailing semicolon
 * @param transactional {@code false} for statements PostgreSQL refuses inside a transaction block,
 *     such as {@code CREATE INDEX CONCURRENTLY}; those run after the revision's transaction commits
 * @param rerunnable whether a non-transactional statement that was interrupted may simply run again:
 *     stated by whoever wrote the step (the generator for its idempotent index builds, the user with
 *     {@code @Sql(rerunnable = true)}), never guessed from the SQL. An interrupted step that is not
 *     re-runnable leaves its revision dirty until a person finishes or undoes it. Always {@code false}
 *     for a transactional statement.
 */
public record MigrationStep(String sql, boolean transactional, boolean rerunnable) {

    /** Validates the statement text; a transactional statement is never marked re-runnable. */
    public MigrationStep {
        Objects.requireNonNull(sql, "sql");
        rerunnable = rerunnable && !transactional;
    }

    /** A statement that is not declared re-runnable (the shape of steps compiled before that flag). */
    public MigrationStep(String sql, boolean transactional) {
        this(sql, transactional, false);
    }

    /** A statement that runs inside the revision's transaction. */
    public static MigrationStep transactional(String sql) {
        return new MigrationStep(sql, true, false);
    }

    /**
     * A statement that runs outside any transaction, after the revision's transaction commits, and is
     * not safe to run twice: when interrupted, its revision is refused as dirty.
     */
    public static MigrationStep nonTransactional(String sql) {
        return new MigrationStep(sql, false, false);
    }

    /**
     * A statement that runs outside any transaction and is safe to run again when it was interrupted,
     * such as {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}.
     */
    public static MigrationStep rerunnable(String sql) {
        return new MigrationStep(sql, false, true);
    }
}
