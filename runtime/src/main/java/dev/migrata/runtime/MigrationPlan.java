package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link Migrator#upgrade(String)} would run, from {@link Migrator#plan(String)}: the pending
 * revisions up to the target, each with its steps, their transaction groups and what each one
 * locks. Nothing was applied or written to compute it.
 *
 * <p>{@link #toString()} is the text {@code migrata plan} prints:
 *
 * <pre>
 * Upgrade 003_x -&gt; 004_y, add a foreign key
 *   step 1 (transaction 1) locks: SHARE ROW EXCLUSIVE on orders, users; brief
 *     ALTER TABLE orders ADD CONSTRAINT fk_orders_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) NOT VALID
 *   step 2 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on orders; scans it, writes continue
 *     ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_user_id_users
 *   step 3 (java) com.example.Backfill#upgrade
 * </pre>
 *
 * <p>Each SQL step's statement follows its line, on one line and cut after {@value #STATEMENT_WIDTH}
 * characters: enough to recognise it; {@code upgrade --sql} prints it whole.
 *
 * @param current the revision the database is at, or {@code null} at base
 * @param revisions the revisions to apply, in order; empty when the database is at the target
 */
public record MigrationPlan(String current, List<Revision> revisions) {

    /** How much of a statement the text shows. */
    static final int STATEMENT_WIDTH = 120;

    /** Copies the list. */
    public MigrationPlan {
        revisions = List.copyOf(revisions);
    }

    /**
     * One revision to apply, or to finish.
     *
     * @param id the revision id
     * @param parent its parent's id, or {@code null} for the root
     * @param message its message
     * @param resumed whether an interrupted upgrade of it is finished, from its first step listed
     * @param steps the steps that will run, in order
     */
    public record Revision(String id, String parent, String message, boolean resumed, List<Step> steps) {

        /** Copies the list. */
        public Revision {
            steps = List.copyOf(steps);
        }

        /** {@code Upgrade 003_x -> 004_y, message}, or {@code Resume …} for an interrupted one. */
        @Override
        public String toString() {
            return (resumed ? "Resume " : "Upgrade ") + (parent == null ? "base" : parent) + " -> " + id + ", "
                    + message;
        }
    }

    /**
     * One step, with its facts as its {@code .sql} file states them.
     *
     * @param number the step's number in its revision's upgrade section, from 1
     * @param step the step
     */
    public record Step(int number, MigrationStep step) {

        /**
         * {@code step 1 (transaction 1) locks: …}, {@code step 2 (non-transactional, re-runnable,
         * index ix_x) locks: …} or {@code step 3 (java) com.example.Cls#upgrade}; {@code locks: not
         * stated} when the step does not say.
         */
        @Override
        public String toString() {
            return RevisionSteps.describe(number, step, AppliedRevision.UP);
        }
    }

    /** Whether there is nothing to apply. */
    public boolean isEmpty() {
        return revisions.isEmpty();
    }

    /** The plan as {@code migrata plan} prints it: a line per revision, then a line per step, indented. */
    @Override
    public String toString() {
        if (revisions.isEmpty()) {
            return "Nothing to upgrade: the database is at " + (current == null ? "base" : current) + "\n";
        }
        StringBuilder text = new StringBuilder();
        for (Revision revision : revisions) {
            text.append(revision).append('\n');
            for (Step step : revision.steps()) {
                text.append("  ").append(step).append('\n');
                if (!step.step().isJava()) {
                    text.append("    ").append(shortened(step.step().sql())).append('\n');
                }
            }
        }
        return text.toString();
    }

    private static String shortened(String sql) {
        String line = OfflineScript.oneLine(sql).replaceAll(" {2,}", " ");
        return line.length() <= STATEMENT_WIDTH ? line : line.substring(0, STATEMENT_WIDTH - 1) + "…";
    }

    /** The plan's entry for applying all {@code steps} of a revision, or those from {@code first} on. */
    static Revision revision(Migration migration, RevisionSteps steps, List<Integer> remaining, boolean resumed) {
        List<Step> listed = new ArrayList<>();
        for (int index : remaining) {
            listed.add(new Step(index + 1, steps.get(index)));
        }
        return new Revision(migration.id(), migration.parentId().orElse(null), migration.message(), resumed, listed);
    }
}
