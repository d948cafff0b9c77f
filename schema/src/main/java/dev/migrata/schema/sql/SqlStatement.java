package dev.migrata.schema.sql;

import java.util.List;

/**
 * One step of a revision: a SQL statement and the facts the runtime and the reviewer need about it,
 * stated by whoever wrote it (the generator for its own statements, the user for an {@code @Sql}
 * step) and never guessed from the text later.
 *
 * @param sql the statement, without a trailing semicolon
 * @param group the numbered transaction group the statement runs in ({@code 1}, {@code 2}, …), or
 *     {@code 0} when it runs outside any transaction ({@code CREATE INDEX CONCURRENTLY}, every
 *     statement of a {@code @Revision(transactional = false)}). Consecutive statements of one group
 *     commit together; a later group is a later transaction, so a {@code VALIDATE CONSTRAINT} in
 *     group 2 no longer holds the locks group 1 took.
 * @param rerunnable whether a non-transactional statement that was interrupted (and so may have run
 *     partly or fully) can safely run again: the generator's idempotent forms ({@code CREATE INDEX
 *     CONCURRENTLY IF NOT EXISTS}, …) or an {@code @Sql(rerunnable = true)} step. Always {@code
 *     false} for a transactional statement, which cannot be left half done.
 * @param index the index a non-transactional statement builds or drops concurrently (schema-qualified
 *     when its table is), so the runtime can drop an INVALID leftover of an interrupted build without
 *     reading the SQL; {@code null} otherwise
 * @param extension the extension the statement creates, so the runtime can check the privilege
 *     before anything runs; {@code null} otherwise
 * @param lock what the statement locks and what it costs, written after {@code locks:} in the step's
 *     header line (e.g. {@code SHARE UPDATE EXCLUSIVE on users; scans it, writes continue}); {@code
 *     null} when nothing is stated. Commentary for reviewers and {@code plan}: not in the checksum.
 * @param warnings the compiler's warnings about this statement, one line each ({@code [MIG601] …}),
 *     written as comments above its step; not in the checksum
 */
public record SqlStatement(
        String sql, int group, boolean rerunnable, String index, String extension, String lock, List<String> warnings) {

    /** The group of a transactional statement that states none: the revision's first transaction. */
    public static final int FIRST_GROUP = 1;

    /** The group of a statement that runs outside any transaction. */
    public static final int NO_TRANSACTION = 0;

    /**
     * Validates the group, drops the re-runnable flag of a transactional statement (a transaction is
     * all or nothing) and copies the warnings.
     */
    public SqlStatement {
        if (group < 0) {
            throw new IllegalArgumentException("group " + group + " is negative");
        }
        rerunnable = rerunnable && group == NO_TRANSACTION;
        warnings = warnings == null ? List.of() : List.copyOf(warnings);
    }

    /** A statement in the first transaction group, or outside any transaction, with no other facts. */
    public SqlStatement(String sql, boolean transactional, boolean rerunnable) {
        this(sql, transactional ? FIRST_GROUP : NO_TRANSACTION, rerunnable, null, null, null, List.of());
    }

    /** A statement that is not declared re-runnable. */
    public SqlStatement(String sql, boolean transactional) {
        this(sql, transactional, false);
    }

    /** Whether the statement runs inside a transaction (any group but {@link #NO_TRANSACTION}). */
    public boolean transactional() {
        return group != NO_TRANSACTION;
    }

    /** The same statement, outside any transaction. */
    public SqlStatement nonTransactional() {
        return inGroup(NO_TRANSACTION);
    }

    /** The same statement in transaction group {@code group} ({@link #NO_TRANSACTION}: outside). */
    public SqlStatement inGroup(int group) {
        return new SqlStatement(sql, group, rerunnable, index, extension, lock, warnings);
    }

    /** The same statement, stating the index it builds or drops concurrently. */
    public SqlStatement withIndex(String index) {
        return new SqlStatement(sql, group, rerunnable, index, extension, lock, warnings);
    }

    /** The same statement, stating the extension it creates. */
    public SqlStatement withExtension(String extension) {
        return new SqlStatement(sql, group, rerunnable, index, extension, lock, warnings);
    }

    /** The same statement, stating what it locks and costs. */
    public SqlStatement withLock(String lock) {
        return new SqlStatement(sql, group, rerunnable, index, extension, lock, warnings);
    }

    /** The same statement with these warnings written above it. */
    public SqlStatement withWarnings(List<String> warnings) {
        return new SqlStatement(sql, group, rerunnable, index, extension, lock, warnings);
    }

    /** The facts that decide how the statement runs, without the commentary (lock, warnings). */
    public SqlStatement withoutCommentary() {
        return new SqlStatement(sql, group, rerunnable, index, extension, null, List.of());
    }
}
