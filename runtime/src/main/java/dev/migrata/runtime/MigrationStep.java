package dev.migrata.runtime;

import java.util.Objects;

/**
 * One step of a revision, with the facts its {@code .sql} file states in the step's header line: the
 * runtime acts on these and never reads facts out of the SQL text.
 *
 * @param sql the statement, without a trailing semicolon; empty for a Java step
 * @param group the numbered transaction group the step runs in ({@code 1}, {@code 2}, …), or {@code
 *     0} when it runs outside any transaction. Consecutive steps of one group commit together; each
 *     later group is a later transaction, and the history row records how far the revision got.
 * @param rerunnable whether a non-transactional step that was interrupted may simply run again:
 *     stated by whoever wrote the step (the generator for its idempotent index builds, the user with
 *     {@code @Sql(rerunnable = true)}). An interrupted step that is not re-runnable leaves its
 *     revision dirty until a person finishes or undoes it. Always {@code false} for a transactional
 *     step.
 * @param index the index a non-transactional step builds or drops concurrently (schema-qualified when
 *     its table is): before it runs again, and after it fails, an INVALID index of that name is
 *     dropped; {@code null} otherwise
 * @param extension the extension the step creates, checked for privilege before the revision runs;
 *     {@code null} otherwise
 * @param lock what the step locks and costs, as its file states it (e.g. {@code SHARE UPDATE
 *     EXCLUSIVE on users; scans it, writes continue}), shown by {@code plan}; {@code null} when not
 *     stated
 * @param dataMigration for the Java step of a revision whose class implements {@link DataMigration}:
 *     that class's qualified name, and the step runs it at this place in its group; {@code null} for
 *     a SQL step
 */
public record MigrationStep(
        String sql, int group, boolean rerunnable, String index, String extension, String lock, String dataMigration) {

    /** The group of a step that runs outside any transaction. */
    public static final int NO_TRANSACTION = 0;

    /** Validates the step; a transactional step is never marked re-runnable. */
    public MigrationStep {
        Objects.requireNonNull(sql, "sql");
        if (group < 0) {
            throw new IllegalArgumentException("group " + group + " is negative");
        }
        if (dataMigration != null && group == NO_TRANSACTION) {
            throw new IllegalArgumentException("a Java step runs in a transaction group");
        }
        rerunnable = rerunnable && group == NO_TRANSACTION;
    }

    /** A SQL step in the first transaction group, or outside any transaction, with no other facts. */
    public MigrationStep(String sql, boolean transactional, boolean rerunnable) {
        this(sql, transactional ? 1 : NO_TRANSACTION, rerunnable, null, null, null, null);
    }

    /** A step that is not declared re-runnable (the shape of steps compiled before that flag). */
    public MigrationStep(String sql, boolean transactional) {
        this(sql, transactional, false);
    }

    /** A statement that runs in the revision's first transaction group. */
    public static MigrationStep transactional(String sql) {
        return inTransaction(1, sql);
    }

    /** A statement that runs in transaction group {@code group} (1 or more). */
    public static MigrationStep inTransaction(int group, String sql) {
        if (group < 1) {
            throw new IllegalArgumentException("transaction group " + group + " is not 1 or more");
        }
        return new MigrationStep(sql, group, false, null, null, null, null);
    }

    /**
     * A statement that runs outside any transaction and is not safe to run twice: when interrupted,
     * its revision is refused as dirty.
     */
    public static MigrationStep nonTransactional(String sql) {
        return new MigrationStep(sql, NO_TRANSACTION, false, null, null, null, null);
    }

    /**
     * A statement that runs outside any transaction and is safe to run again when it was interrupted,
     * such as {@code CREATE INDEX CONCURRENTLY IF NOT EXISTS}.
     */
    public static MigrationStep rerunnable(String sql) {
        return new MigrationStep(sql, NO_TRANSACTION, true, null, null, null, null);
    }

    /** The revision's {@link DataMigration}, {@code dataMigrationClass}, run in group {@code group}. */
    public static MigrationStep java(int group, String dataMigrationClass) {
        Objects.requireNonNull(dataMigrationClass, "dataMigrationClass");
        return new MigrationStep("", group, false, null, null, null, dataMigrationClass);
    }

    /** The same step, stating the index it builds or drops concurrently. */
    public MigrationStep buildsIndex(String index) {
        return new MigrationStep(sql, group, rerunnable, index, extension, lock, dataMigration);
    }

    /** The same step, stating the extension it creates. */
    public MigrationStep createsExtension(String extension) {
        return new MigrationStep(sql, group, rerunnable, index, extension, lock, dataMigration);
    }

    /** The same step, stating what it locks and costs. */
    public MigrationStep locks(String lock) {
        return new MigrationStep(sql, group, rerunnable, index, extension, lock, dataMigration);
    }

    /** Whether the step runs inside a transaction (any group but {@link #NO_TRANSACTION}). */
    public boolean transactional() {
        return group != NO_TRANSACTION;
    }

    /** Whether this is the revision's Java step rather than a SQL statement. */
    public boolean isJava() {
        return dataMigration != null;
    }
}
