package dev.migrata.schema.sql;

/**
 * One SQL statement of a migration.
 *
 * @param sql the statement, without a trailing semicolon
 * @param transactional whether it runs inside the revision's transaction; {@code false} for
 *     statements PostgreSQL refuses to run in one ({@code CREATE INDEX CONCURRENTLY}, …) and for
 *     every statement of a {@code @Revision(transactional = false)}
 * @param rerunnable whether a non-transactional statement that was interrupted (and so may have run
 *     partly or fully) can safely run again: decided by whoever wrote it — the generator for its own
 *     idempotent forms ({@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}, …), the user for an
 *     {@code @Sql(rerunnable = true)} step — and never guessed from the text. Always {@code false}
 *     for a transactional statement, which cannot be left half done.
 */
public record SqlStatement(String sql, boolean transactional, boolean rerunnable) {

    /** Drops the re-runnable flag of a transactional statement: a transaction is all or nothing. */
    public SqlStatement {
        rerunnable = rerunnable && !transactional;
    }

    /** A statement that is not declared re-runnable. */
    public SqlStatement(String sql, boolean transactional) {
        this(sql, transactional, false);
    }

    /** The same statement, outside the transaction. */
    public SqlStatement nonTransactional() {
        return transactional ? new SqlStatement(sql, false, rerunnable) : this;
    }
}
