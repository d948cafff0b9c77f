package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * Runs steps of one revision in one direction, strictly in order, on a connection that holds the
 * migration lock: each transaction group in a transaction of its own together with the history
 * row's update past it, each group-0 step alone in autocommit mode after the row points at it.
 *
 * <p>Every statement waits for its locks no longer than the {@link DdlLockPolicy}'s timeout, except a
 * step that states the index it builds or drops concurrently, which keeps the session's own {@code
 * lock_timeout} (see {@link #runAlone}). A transaction group that ran out of time is rolled back and
 * run again after a pause, as is a group-0 step that is re-runnable or provably did nothing (see
 * {@link #didNothing}); after the last attempt the failure names the sessions that blocked it.
 */
final class StepRunner {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    /** The history-table writes that go with the steps. */
    interface Bookkeeping {
        /**
         * Records that step {@code index} is the next to run: inside the transaction of the group
         * before it, or alone before a group-0 step (then only when the row does not say so already).
         */
        void at(int index) throws SQLException;

        /** Records that every step ran: inside the last group's transaction, or alone. */
        void finished() throws SQLException;

        /**
         * Records, alone, that group-0 step {@code index}, which the row points at, did nothing: the
         * next run simply starts it. When {@code first}, it was the first unit of this run.
         */
        void notStarted(int index, boolean first) throws SQLException;

        /** The transaction that recorded something committed: it counts now. */
        void committed();

        /** The transaction that recorded something was rolled back: it never happened. */
        void rolledBack();
    }

    /** Finds the {@link DataMigration} a Java step runs. */
    @FunctionalInterface
    interface DataMigrations {
        DataMigration of(MigrationStep step);
    }

    /** What a failed step leaves behind, said at the end of its message. */
    @FunctionalInterface
    interface Outcome {
        /**
         * @param step the failed step's index
         * @param cleanup what was cleaned up after it, as a sentence, or empty
         */
        String describe(int step, String cleanup);
    }

    private final Connection connection;
    private final String database;
    private final DdlLockPolicy policy;
    private final BlockingSessions blocking;

    StepRunner(Connection connection, String database, DdlLockPolicy policy, BlockingSessions blocking) {
        this.connection = connection;
        this.database = database;
        this.policy = policy;
        this.blocking = blocking;
    }

    /** Runs {@code remaining} of {@code steps}, in that order, recording progress through {@code history}. */
    void run(RevisionSteps steps, List<Integer> remaining, Bookkeeping history, DataMigrations data, Outcome outcome)
            throws SQLException {
        List<RevisionSteps.Unit> units = steps.units(remaining);
        if (units.isEmpty()) {
            history.finished();
            return;
        }
        for (int u = 0; u < units.size(); u++) {
            RevisionSteps.Unit unit = units.get(u);
            Integer next = u + 1 < units.size() ? units.get(u + 1).first() : null;
            RevisionTable.Update record = next == null ? history::finished : () -> history.at(next);
            if (unit.transactional()) {
                runGroup(steps, unit, history, record, data, outcome);
            } else {
                history.at(unit.first());
                runAlone(steps, unit.first(), u == 0, history, outcome);
                record.run();
            }
        }
    }

    private void runGroup(
            RevisionSteps steps,
            RevisionSteps.Unit unit,
            Bookkeeping history,
            RevisionTable.Update record,
            DataMigrations data,
            Outcome outcome)
            throws SQLException {
        for (int attempt = 1; ; attempt++) {
            int running = unit.first();
            BlockingSessions.Watch watch = null;
            connection.setAutoCommit(false);
            try {
                policy.setLocal(connection);
                watch = blocking.watch();
                for (int index : unit.indexes()) {
                    running = index;
                    execute(steps, index, data);
                }
                record.run();
                connection.commit();
            } catch (Throwable e) {
                // Whatever was thrown, an Error from a data migration included.
                Transactions.rollBack(connection, e);
                // Closed once the group's locks are gone: closing a connection may take a while.
                List<String> blockers = closed(watch);
                history.rolledBack();
                if (DdlLockPolicy.lockNotAvailable(e) && attempt <= policy.retries()) {
                    pause(steps, running, attempt);
                    continue;
                }
                if (e instanceof MigrationException || !(e instanceof Exception)) {
                    throw e;
                }
                throw failure(steps, running, (Exception) e, attempt, blockers, outcome.describe(running, ""));
            }
            try {
                connection.setAutoCommit(true);
            } finally {
                closed(watch);
            }
            history.committed();
            return;
        }
    }

    /** Closes {@code watch}, if it was started; returns the blocking sessions it saw. */
    private static List<String> closed(BlockingSessions.Watch watch) {
        if (watch == null) {
            return List.of();
        }
        watch.close();
        return watch.seen();
    }

    private void runAlone(RevisionSteps steps, int index, boolean first, Bookkeeping history, Outcome outcome)
            throws SQLException {
        MigrationStep step = steps.get(index);
        for (int attempt = 1; ; attempt++) {
            Optional<String> dropped = ConcurrentIndexes.dropIfInvalid(connection, step.index());
            dropped.ifPresent(name -> LOG.log(
                    Level.WARNING, "Dropped invalid index {0} left by an interrupted build; rebuilding it", name));
            List<String> blockers = List.of();
            BlockingSessions.Watch watch = blocking.watch();
            try {
                try {
                    if (step.index() != null) {
                        // A concurrent build or drop takes SHARE UPDATE EXCLUSIVE, which no application read
                        // or write waits behind, so its wait queues nobody. Its last phase waits for every
                        // transaction holding an older snapshot, on any table, and PostgreSQL counts that as
                        // a lock wait: under the DDL timeout one long report would fail a long build at its
                        // very end. It keeps the session's own lock_timeout.
                        execute(steps, index, null);
                    } else {
                        policy.withSessionSetting(connection, () -> {
                            execute(steps, index, null);
                            return null;
                        });
                    }
                } finally {
                    watch.close();
                    blockers = watch.seen();
                }
                return;
            } catch (SQLException e) {
                String cleanup = "";
                try {
                    Optional<String> left = ConcurrentIndexes.dropIfInvalid(connection, step.index());
                    if (left.isPresent()) {
                        cleanup = "The invalid index " + left.get() + " the failed build left behind was dropped.";
                    }
                } catch (SQLException cleanupFailure) {
                    e.addSuppressed(cleanupFailure);
                }
                boolean didNothing = DdlLockPolicy.lockNotAvailable(e) && didNothing(step, watch, e);
                if (DdlLockPolicy.lockNotAvailable(e)
                        && (step.rerunnable() || didNothing)
                        && attempt <= policy.retries()) {
                    pause(steps, index, attempt);
                    continue;
                }
                if (didNothing) {
                    try {
                        history.notStarted(index, first);
                    } catch (SQLException | RuntimeException bookkeeping) {
                        e.addSuppressed(bookkeeping);
                    }
                }
                throw failure(steps, index, e, attempt, blockers, outcome.describe(index, cleanup));
            }
        }
    }

    /**
     * Whether a group-0 step whose lock wait ran out ({@code e}, SQLSTATE 55P03) provably did nothing,
     * so that it may run again whatever its re-runnable flag, and the history can say it never began.
     *
     * <p>Why that is safe: the step is one statement, sent alone in autocommit mode, so PostgreSQL runs
     * it in one implicit transaction (a text of several statements too: they share that transaction).
     * A lock timeout cancels the statement, and the error aborts that transaction as a whole: nothing
     * it did before the wait survives. That holds unless the statement committed before the wait that
     * ran out, which it can do only by ending transactions itself: a {@code DO} block or a procedure
     * running {@code COMMIT} (allowed at top level since PostgreSQL 11: a {@code DO} block that
     * inserted, committed and then timed out on an {@code ALTER TABLE} keeps its insert), a {@code
     * COMMIT} written between the statements of the text, or a statement that commits in phases (a
     * concurrent index build, drop or reindex, {@code DETACH PARTITION CONCURRENTLY}). The watch tells
     * these apart from outside: it must have seen the statement in that very wait (within the lock
     * timeout before the failure, on the server's clock) still in the transaction it began, at the
     * first statement of the step's text, and not waiting for another transaction's virtual id, which
     * is what phased statements wait for after their first commit. (A {@code VACUUM} or {@code
     * ANALYZE} of several tables, which commits per table, is not told apart; running it again does
     * no harm.) A wait it did not see proves
     * nothing, and then the step is treated as before: retried only when re-runnable, and an
     * interruption leaves the revision dirty. A step that states an index keeps the session's own
     * timeout, so the window is unknown: it is never proved here (the generator's are re-runnable).
     */
    private boolean didNothing(MigrationStep step, BlockingSessions.Watch watch, SQLException e) {
        if (step.index() != null) {
            return false;
        }
        try {
            long failedAt = BlockingSessions.serverMillis(connection);
            return watch.sawWaitBeforeAnyCommit(
                    step.sql(), failedAt - policy.timeout().toMillis());
        } catch (SQLException | RuntimeException unknown) {
            e.addSuppressed(unknown);
            return false;
        }
    }

    private void execute(RevisionSteps steps, int index, DataMigrations data) throws SQLException {
        MigrationStep step = steps.get(index);
        if (step.isJava()) {
            DataMigration migration = data.of(step);
            if (AppliedRevision.UP.equals(steps.direction())) {
                migration.upgrade(connection);
            } else {
                migration.downgrade(connection);
            }
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute(step.sql());
        }
    }

    private void pause(RevisionSteps steps, int index, int attempt) {
        long millis = policy.pause(attempt - 1).toMillis();
        LOG.log(
                Level.INFO,
                "Revision {0}: {1}grade step {2} waited {3} ms for a lock; rolled back, trying again in {4} s"
                        + " (attempt {5} of {6})",
                steps.revision(),
                steps.direction(),
                String.valueOf(index + 1),
                String.valueOf(policy.timeout().toMillis()),
                String.valueOf(millis / 1000),
                String.valueOf(attempt + 1),
                String.valueOf(policy.retries() + 1));
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(
                    MigrationException.Reason.LOCK_NOT_AVAILABLE,
                    "Interrupted while waiting to retry step " + (index + 1) + " of revision " + steps.revision(),
                    e);
        }
    }

    private MigrationException failure(
            RevisionSteps steps, int index, Exception e, int attempts, List<String> blockers, String outcome) {
        MigrationStep step = steps.get(index);
        String direction = steps.direction() + "grade";
        if (DdlLockPolicy.lockNotAvailable(e)) {
            String tries = attempts == 1
                    ? "ran out"
                            + (step.transactional() || policy.retries() == 0
                                    ? ""
                                    : "; the step was not tried again: it is not declared re-runnable, and the"
                                            + " migrator did not see that it had done nothing before that wait")
                    : "ran out on each of " + attempts + " attempts, " + policy.pauses() + " apart";
            boolean ownTimeout = !step.transactional() && step.index() != null;
            return new MigrationException(
                    MigrationException.Reason.LOCK_NOT_AVAILABLE,
                    "Revision " + steps.revision() + " could not get the lock its " + direction + " step " + (index + 1)
                            + " of " + steps.size() + " needs in " + database + ": "
                            + (ownTimeout
                                    ? "the session's own lock_timeout (a concurrent index build or drop does not"
                                            + " use ddlLockTimeout)"
                                    : "lock_timeout (" + policy.timeout().toMillis() + " ms)")
                            + " " + tries + ". Blocked by "
                            + (blockers.isEmpty()
                                    ? "sessions that ended before they could be named"
                                    : String.join("; ", blockers))
                            + ".\n  SQL: " + sqlOf(step) + "\n" + outcome.trim()
                            + " Let those sessions finish (or end them with pg_terminate_backend), or raise"
                            + (ownTimeout
                                    ? " the lock_timeout of the migrator's role or connection."
                                    : " ddlLockTimeout(...) or ddlLockRetries(...)."),
                    e);
        }
        String state = e instanceof SQLException ? " (SQLSTATE " + ((SQLException) e).getSQLState() + ")" : "";
        String where = step.isJava()
                ? "failed in its Java data migration " + step.dataMigration() + "." + direction + state + ": "
                        + serverMessage(e) + "\n"
                : "failed at " + direction + " statement " + (index + 1) + " of " + steps.size() + state + ": "
                        + serverMessage(e) + "\n  SQL: " + step.sql() + "\n";
        boolean privilege = e instanceof SQLException && "42501".equals(((SQLException) e).getSQLState());
        return new MigrationException(
                privilege
                        ? MigrationException.Reason.INSUFFICIENT_PRIVILEGE
                        : MigrationException.Reason.STATEMENT_FAILED,
                "Revision " + steps.revision() + " " + where + outcome.trim(),
                e);
    }

    private static String sqlOf(MigrationStep step) {
        return step.isJava() ? "(Java) " + step.dataMigration() : step.sql();
    }

    private static String serverMessage(Throwable e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getName() : message;
    }
}
