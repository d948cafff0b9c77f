package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Applies or reverts one revision on a connection that holds the migration lock.
 *
 * <p>Upgrade: the transactional steps, the data migration and the history row commit together, so
 * a failure or a crash leaves the revision entirely unapplied. Non-transactional steps run after
 * that commit in autocommit mode; before each one the history row records which step is running
 * ({@code pending_step}), so an interruption is visible as a dirty revision and the next run can
 * resume from that step. Downgrade runs in the opposite order: non-transactional steps first, then
 * the data migration, the transactional steps and the row deletion in one transaction.
 */
final class RevisionApplier {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final Connection connection;
    private final String database;
    // Bounds each wait for a lock on the history table; the revision's own statements are not bounded by it.
    private final Duration lockTimeout;

    RevisionApplier(Connection connection, String database, Duration lockTimeout) {
        this.connection = connection;
        this.database = database;
        this.lockTimeout = lockTimeout;
    }

    /** Applies {@code revision} as chain position {@code position}; returns its execution time. */
    long upgrade(int position, Migration revision, String previous) throws SQLException {
        long started = System.nanoTime();
        List<MigrationStep> steps = revision.upgradeSteps();
        List<Integer> later = nonTransactionalIndexes(steps);
        connection.setAutoCommit(false);
        try {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).transactional()) {
                    execute(revision, "upgrade", i, steps, previous, false);
                }
            }
            Optional<DataMigration> data = revision.dataMigration();
            if (data.isPresent()) {
                runData(revision, data.get(), true, previous);
            }
            long millis = elapsedMillis(started);
            writeHistory(
                    () -> RevisionTable.insert(connection, position, revision, millis, later.isEmpty() ? null : 0));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        if (!later.isEmpty()) {
            long nonTransactionalStarted = System.nanoTime();
            runNonTransactional(revision, steps, later, 0, AppliedRevision.UP);
            long millis = elapsedMillis(nonTransactionalStarted);
            writeHistory(() -> RevisionTable.addExecutionTime(connection, revision.id(), millis));
        }
        return elapsedMillis(started);
    }

    /**
     * Finishes a dirty revision by rerunning its non-transactional upgrade steps from the one that
     * was interrupted (or all of them after an interrupted downgrade).
     *
     * @throws MigrationException {@link MigrationException.Reason#DIRTY} when a step that must run
     *     again is not safe to repeat; nothing is changed then
     */
    long resume(AppliedRevision dirty, Migration revision) throws SQLException {
        List<MigrationStep> steps = revision.upgradeSteps();
        List<Integer> later = nonTransactionalIndexes(steps);
        int from =
                AppliedRevision.UP.equals(dirty.pendingDirection()) ? Math.min(dirty.pendingStep(), later.size()) : 0;
        int interrupted = Math.min(dirty.pendingStep(), Math.max(0, later.size() - 1));
        for (int k = from; k < later.size(); k++) {
            boolean mayHaveRun = AppliedRevision.DOWN.equals(dirty.pendingDirection()) || k == interrupted;
            MigrationStep step = steps.get(later.get(k));
            if (mayHaveRun && !step.rerunnable()) {
                throw new MigrationException(
                        MigrationException.Reason.DIRTY,
                        "Revision " + revision.id() + " in " + database + " is dirty: its non-transactional step "
                                + (k + 1)
                                + " of " + later.size() + " was interrupted (" + dirty.pendingDirection()
                                + "grade) and is not safe to"
                                + " rerun:\n  " + step.sql()
                                + "\nComplete or undo it by hand, then record the result with stamp(\""
                                + revision.id() + "\") (completed) and rerun upgrade.");
            }
        }
        long started = System.nanoTime();
        LOG.log(
                Level.INFO,
                "Resuming dirty revision {0} at non-transactional step {1} of {2}",
                revision.id(),
                from + 1,
                later.size());
        runNonTransactional(revision, steps, later, from, AppliedRevision.UP);
        long millis = elapsedMillis(started);
        writeHistory(() -> RevisionTable.addExecutionTime(connection, revision.id(), millis));
        return millis;
    }

    /** Reverts {@code revision}, the newest applied one, to {@code previous}; returns its execution time. */
    long downgrade(Migration revision, String previous) throws SQLException {
        long started = System.nanoTime();
        List<MigrationStep> steps = revision.downgradeSteps();
        List<Integer> first = nonTransactionalIndexes(steps);
        if (!first.isEmpty()) {
            runNonTransactional(revision, steps, first, 0, AppliedRevision.DOWN);
        }
        connection.setAutoCommit(false);
        try {
            Optional<DataMigration> data = revision.dataMigration();
            if (data.isPresent()) {
                runData(revision, data.get(), false, previous);
            }
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).transactional()) {
                    execute(revision, "downgrade", i, steps, previous, false);
                }
            }
            writeHistory(() -> RevisionTable.delete(connection, revision.id()));
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            rollbackQuietly(e);
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return elapsedMillis(started);
    }

    private void runNonTransactional(
            Migration revision, List<MigrationStep> steps, List<Integer> indexes, int from, String direction)
            throws SQLException {
        for (int k = from; k < indexes.size(); k++) {
            int pending = k;
            writeHistory(() -> RevisionTable.markPending(connection, revision.id(), pending, direction));
            int index = indexes.get(k);
            Optional<String> dropped =
                    ConcurrentIndexes.dropIfInvalid(connection, steps.get(index).sql());
            dropped.ifPresent(name -> LOG.log(
                    Level.WARNING, "Dropped invalid index {0} left by an interrupted build; rebuilding it", name));
            execute(revision, direction + "grade", index, steps, revision.id(), true);
        }
        if (AppliedRevision.UP.equals(direction)) {
            writeHistory(() -> RevisionTable.markPending(connection, revision.id(), null, null));
        }
    }

    private void execute(
            Migration revision,
            String direction,
            int index,
            List<MigrationStep> steps,
            String previous,
            boolean autocommit)
            throws SQLException {
        MigrationStep step = steps.get(index);
        try (Statement statement = connection.createStatement()) {
            statement.execute(step.sql());
        } catch (SQLException e) {
            String cleanup = "";
            if (autocommit) {
                try {
                    Optional<String> dropped = ConcurrentIndexes.dropIfInvalid(connection, step.sql());
                    if (dropped.isPresent()) {
                        cleanup = " The invalid index " + dropped.get() + " the failed build left behind was dropped.";
                    }
                } catch (SQLException cleanupFailure) {
                    e.addSuppressed(cleanupFailure);
                }
            }
            boolean upgrade = direction.equals("upgrade");
            String outcome = !autocommit
                    ? rolledBack(revision, upgrade, previous)
                    : upgrade
                            ? " The revision's transactional part is committed and it is marked dirty at this step;"
                                    + cleanup + " fix the cause and rerun upgrade to retry the step."
                            : " Revision " + revision.id() + " stays applied, marked dirty at this downgrade step;"
                                    + cleanup + " fix the cause, run upgrade to restore it, then downgrade again.";
            boolean privilege = "42501".equals(e.getSQLState());
            throw new MigrationException(
                    privilege
                            ? MigrationException.Reason.INSUFFICIENT_PRIVILEGE
                            : MigrationException.Reason.STATEMENT_FAILED,
                    "Revision " + revision.id() + " failed at " + direction + " statement " + (index + 1) + " of "
                            + steps.size()
                            + " (SQLSTATE " + e.getSQLState() + "): " + serverMessage(e) + "\n  SQL: "
                            + step.sql() + "\n" + outcome.trim(),
                    e);
        }
    }

    private void runData(Migration revision, DataMigration data, boolean upgrade, String previous) throws SQLException {
        try {
            if (upgrade) {
                data.upgrade(connection);
            } else {
                data.downgrade(connection);
            }
        } catch (SQLException | RuntimeException e) {
            String state = e instanceof SQLException ? " (SQLSTATE " + ((SQLException) e).getSQLState() + ")" : "";
            throw new MigrationException(
                    MigrationException.Reason.STATEMENT_FAILED,
                    "Revision " + revision.id() + " failed in its Java data migration "
                            + data.getClass().getName() + "."
                            + (upgrade ? "upgrade" : "downgrade") + state + ": " + serverMessage(e)
                            + "\n" + rolledBack(revision, upgrade, previous).trim(),
                    e);
        }
    }

    /**
     * What a rolled-back transaction leaves: a failed upgrade stays at the parent, {@code previous};
     * a failed downgrade stays at the revision it tried to revert.
     */
    private static String rolledBack(Migration revision, boolean upgrade, String previous) {
        return upgrade
                ? " Revision " + revision.id() + " was rolled back; the database stays at " + previous + "."
                : " The downgrade of revision " + revision.id() + " to " + previous
                        + " was rolled back; the database stays at " + revision.id() + ".";
    }

    /** A write to the history table, waiting for its lock no longer than the lock timeout. */
    private void writeHistory(RevisionTable.Update update) throws SQLException {
        RevisionTable.boundedUpdate(connection, lockTimeout, database, update);
    }

    private static String serverMessage(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : message;
    }

    private static List<Integer> nonTransactionalIndexes(List<MigrationStep> steps) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            if (!steps.get(i).transactional()) {
                indexes.add(i);
            }
        }
        return indexes;
    }

    private void rollbackQuietly(Exception cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
