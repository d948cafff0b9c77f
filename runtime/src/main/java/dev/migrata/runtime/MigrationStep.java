package dev.migrata.runtime;

import java.util.Objects;

/**
 * One SQL statement of a revision.
 *
 * @param sql the statement, without a trailing semicolon
 * @param transactional {@code false} for statements PostgreSQL refuses inside a transaction block,
 *     such as {@code CREATE INDEX CONCURRENTLY}; those run after the revision's transaction commits
 */
public record MigrationStep(String sql, boolean transactional) {

    /** Validates the statement text. */
    public MigrationStep {
        Objects.requireNonNull(sql, "sql");
    }

    /** A statement that runs inside the revision's transaction. */
    public static MigrationStep transactional(String sql) {
        return new MigrationStep(sql, true);
    }

    /** A statement that runs outside any transaction, after the revision's transaction commits. */
    public static MigrationStep nonTransactional(String sql) {
        return new MigrationStep(sql, false);
    }
}
