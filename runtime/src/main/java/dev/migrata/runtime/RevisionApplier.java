package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;

/**
 * Applies, finishes or reverts one revision on a connection that holds the migration lock, with its
 * history row.
 *
 * <p>Upgrade runs the steps in order through a {@link StepRunner}: the row is inserted in the first
 * transaction group's transaction (or, when the first step runs outside a transaction, on its own
 * before it, marked pending), and each later group moves the row's progress past itself in its own
 * transaction. A revision interrupted between groups is dirty and the next upgrade resumes it; one
 * interrupted inside a transaction group left nothing of that group. Downgrade works the same way,
 * its row deleted with the last group.
 */
final class RevisionApplier {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final Connection connection;
    private final String database;
    // Bounds each wait for a lock on the history table; the revision's own statements follow the DDL policy.
    private final Duration lockTimeout;
    private final StepRunner runner;

    RevisionApplier(Connection connection, String database, Duration lockTimeout, StepRunner runner) {
        this.connection = connection;
        this.database = database;
        this.lockTimeout = lockTimeout;
        this.runner = runner;
    }

    /** Applies {@code revision} as chain position {@code position}; returns its execution time. */
    long upgrade(int position, Migration revision, String previous) throws SQLException {
        long started = System.nanoTime();
        RevisionSteps steps = RevisionSteps.upgrade(revision);
        StepProgress progress = StepProgress.start(steps);
        Row row = new Row(steps, progress, revision, position, null);
        runner.run(steps, progress.remaining(), row, compiled(revision), upgradeOutcome(steps, row, previous));
        return elapsedMillis(started);
    }

    /**
     * Finishes a revision whose upgrade was interrupted, from where it stopped.
     *
     * @throws MigrationException {@link MigrationException.Reason#DIRTY} when a step that must run
     *     again is not safe to repeat; nothing is changed then
     */
    long resume(AppliedRevision dirty, Migration revision) throws SQLException {
        RevisionSteps steps = RevisionSteps.upgrade(revision);
        StepProgress progress = StepProgress.of(dirty, steps);
        requireResumable(steps, progress, revision.id(), revision.parentId().orElse("base"));
        long started = System.nanoTime();
        LOG.log(
                Level.INFO,
                "Resuming dirty revision {0} at upgrade step {1} of {2}",
                revision.id(),
                Math.min(first(progress, steps) + 1, steps.size()),
                steps.size());
        Row row = new Row(steps, progress, null, dirty.position(), first(progress, steps));
        runner.run(steps, progress.remaining(), row, compiled(revision), upgradeOutcome(steps, row, null));
        return elapsedMillis(started);
    }

    /**
     * Reverts the newest applied revision to {@code previous}, or finishes its interrupted
     * downgrade; {@code steps} are its downgrade steps, compiled or recorded. Returns the execution
     * time.
     */
    long downgrade(AppliedRevision row, RevisionSteps steps, StepRunner.DataMigrations data, String previous)
            throws SQLException {
        long started = System.nanoTime();
        StepProgress progress = row.dirty() ? StepProgress.of(row, steps) : StepProgress.start(steps);
        if (row.dirty()) {
            requireResumable(steps, progress, row.id(), previous);
        }
        Row history = new Row(steps, progress, null, row.position(), row.dirty() ? first(progress, steps) : null);
        runner.run(steps, progress.remaining(), history, data, downgradeOutcome(steps, history, previous));
        return elapsedMillis(started);
    }

    /** The step a dirty row points at: the first left to run (or, when none is left, past the last). */
    private static int first(StepProgress progress, RevisionSteps steps) {
        return progress.remaining().isEmpty()
                ? steps.size()
                : progress.remaining().get(0);
    }

    /** The Java code of a compiled revision's Java step. */
    static StepRunner.DataMigrations compiled(Migration revision) {
        return step -> revision.dataMigration()
                .orElseThrow(() -> new MigrationException(
                        MigrationException.Reason.INVALID_CHAIN,
                        "Revision " + revision.id() + " lists a Java step (" + step.dataMigration()
                                + ") but has no DataMigration: its class and its steps were not generated together;"
                                + " rebuild them."));
    }

    /**
     * Refuses to resume when the step that was running may have done part of its work and is not
     * declared re-runnable.
     */
    private void requireResumable(RevisionSteps steps, StepProgress progress, String id, String parent) {
        int interrupted = progress.interrupted(steps);
        if (interrupted < 0 || steps.get(interrupted).rerunnable()) {
            return;
        }
        boolean up = AppliedRevision.UP.equals(steps.direction());
        throw new MigrationException(
                MigrationException.Reason.DIRTY,
                "Revision " + id + " in " + database + " is dirty: its non-transactional step " + (interrupted + 1)
                        + " of " + steps.size() + " was interrupted during " + steps.direction()
                        + "grade and is not safe to rerun:\n  "
                        + steps.get(interrupted).sql() + "\n"
                        + (up
                                ? "Complete or undo it by hand, then record the result with stamp(\"" + id
                                        + "\") (completed, with any later steps of the revision) and rerun upgrade."
                                : "Complete or undo it by hand; then either finish the rest of the downgrade by hand and"
                                        + " record it with stamp(\"" + parent + "\"), or restore what the downgrade"
                                        + " removed and record that with stamp(\"" + id + "\")."));
    }

    private StepRunner.Outcome upgradeOutcome(RevisionSteps steps, Row row, String previous) {
        return (index, cleanup) -> {
            MigrationStep step = steps.get(index);
            String id = steps.revision();
            if (!row.exists) {
                return "Revision " + id + " was rolled back; the database stays at " + previous + ".";
            }
            if (step.transactional()) {
                return "Its transaction group " + step.group() + " was rolled back; the steps before it stay"
                        + " committed, and revision " + id + " is marked dirty at step " + (row.saved + 1)
                        + ": fix the cause and rerun upgrade to resume there.";
            }
            if (row.savedNotStarted != null && row.savedNotStarted == index) {
                return "Revision " + id + " is marked dirty at this step, which did nothing (its statement was"
                        + " cancelled while it waited for the lock); the steps before it stay committed. Rerun"
                        + " upgrade to run it.";
            }
            return "Revision " + id + " is marked dirty at this step; the steps before it stay committed. " + cleanup
                    + (step.rerunnable()
                            ? " Fix the cause and rerun upgrade to run the step again."
                            : " The step is not declared re-runnable: finish the revision by hand from this step and"
                                    + " record it with stamp(\"" + id + "\").");
        };
    }

    private StepRunner.Outcome downgradeOutcome(RevisionSteps steps, Row row, String previous) {
        return (index, cleanup) -> {
            MigrationStep step = steps.get(index);
            String id = steps.revision();
            if (row.saved == null) {
                return "The downgrade of revision " + id + " to " + previous
                        + " was rolled back; the database stays at " + id + ".";
            }
            String dirty = "revision " + id + " stays applied, partly downgraded, marked dirty at downgrade step "
                    + (row.saved + 1) + ".";
            String rerun = " Fix the cause and rerun downgrade to finish it.";
            if (step.transactional()) {
                return "Its transaction group " + step.group() + " was rolled back; " + dirty + rerun;
            }
            if (row.savedNotStarted != null && row.savedNotStarted == index) {
                return Character.toUpperCase(dirty.charAt(0)) + dirty.substring(1) + " That step did nothing (its"
                        + " statement was cancelled while it waited for the lock)." + rerun;
            }
            return Character.toUpperCase(dirty.charAt(0)) + dirty.substring(1) + " " + cleanup
                    + (step.rerunnable()
                            ? rerun
                            : " The step is not declared re-runnable: finish the downgrade by hand from this step"
                                    + " and record it with stamp(\"" + previous + "\").");
        };
    }

    /**
     * The history row of the revision being run. What it records inside a transaction group counts
     * only once that transaction commits: {@link #at} and {@link #finished} note it as tentative, and
     * the committed state is what the failure messages describe.
     */
    private final class Row implements StepRunner.Bookkeeping {

        private final RevisionSteps steps;
        private final StepProgress progress;
        private final Migration revision;
        private final int position;
        // Whether the run found the row clean or absent: it started the revision in its direction.
        private final boolean fresh;
        // Whether the row exists, the step it points at (null: none) and the group-0 step it records as
        // not begun (null: none), as written and as committed.
        private boolean exists;
        private Integer at;
        private Integer notStarted;
        private boolean savedExists;
        private Integer saved;
        private Integer savedNotStarted;
        private long since = System.nanoTime();

        /**
         * @param revision the revision to insert on upgrade; {@code null} when the row exists
         * @param at the step the existing row points at; {@code null} for a clean row or none
         */
        Row(RevisionSteps steps, StepProgress progress, Migration revision, int position, Integer at) {
            this.steps = steps;
            this.progress = progress;
            this.revision = revision;
            this.position = position;
            this.fresh = at == null;
            this.exists = revision == null || at != null;
            this.at = at;
            this.notStarted = progress.firstNotStarted() ? at : null;
            committed();
        }

        @Override
        public void at(int index) throws SQLException {
            // A step recorded as not begun is about to begin: that is written before it runs.
            if (exists && at != null && at == index && notStarted == null) {
                return;
            }
            long millis = lap();
            int pending = progress.pendingStep(steps, index);
            Integer next = progress.nextStep(index);
            if (exists) {
                write(() -> RevisionTable.markProgress(
                        connection, steps.revision(), steps.direction(), pending, next, millis));
            } else {
                write(() -> RevisionTable.insert(
                        connection, position, revision, millis, pending, next, RevisionSteps.downgrade(revision)));
            }
            exists = true;
            at = index;
            notStarted = null;
            settleIfCommitted();
        }

        @Override
        public void notStarted(int index, boolean first) throws SQLException {
            long millis = lap();
            if (first && fresh) {
                // The run did nothing but mark this step: the row goes back to what it was.
                if (AppliedRevision.UP.equals(steps.direction())) {
                    write(() -> RevisionTable.delete(connection, steps.revision()));
                    exists = false;
                } else {
                    write(() -> RevisionTable.markComplete(connection, steps.revision(), millis));
                }
                at = null;
            } else if (progress.legacy()) {
                // A row kept in the previous version's form has no next_step to say it of.
                return;
            } else {
                write(() -> RevisionTable.markNotStarted(connection, steps.revision(), millis));
                notStarted = index;
            }
            settleIfCommitted();
        }

        @Override
        public void finished() throws SQLException {
            long millis = lap();
            if (AppliedRevision.DOWN.equals(steps.direction())) {
                write(() -> RevisionTable.delete(connection, steps.revision()));
                exists = false;
            } else if (exists) {
                write(() -> RevisionTable.markComplete(connection, steps.revision(), millis));
            } else {
                write(() -> RevisionTable.insert(
                        connection, position, revision, millis, null, null, RevisionSteps.downgrade(revision)));
                exists = true;
            }
            at = null;
            notStarted = null;
            settleIfCommitted();
        }

        @Override
        public void committed() {
            savedExists = exists;
            saved = at;
            savedNotStarted = notStarted;
        }

        @Override
        public void rolledBack() {
            exists = savedExists;
            at = saved;
            notStarted = savedNotStarted;
        }

        private void settleIfCommitted() throws SQLException {
            if (connection.getAutoCommit()) {
                committed();
            }
        }

        private long lap() {
            long now = System.nanoTime();
            long millis = (now - since) / 1_000_000;
            since = now;
            return millis;
        }

        /** A write to the history table, waiting for its lock no longer than the lock timeout. */
        private void write(RevisionTable.Update update) throws SQLException {
            RevisionTable.boundedUpdate(connection, lockTimeout, database, update);
        }
    }

    private static long elapsedMillis(long startedNanos) {
        return (System.nanoTime() - startedNanos) / 1_000_000;
    }
}
