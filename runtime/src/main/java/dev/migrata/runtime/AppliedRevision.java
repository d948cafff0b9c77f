package dev.migrata.runtime;

import java.time.Instant;

/**
 * One row of {@code migrata_revisions}.
 *
 * @param pendingStep when not null the revision is dirty: its run in {@code pendingDirection} did not
 *     finish. The value counts the direction's group-0 steps before the next one to run (the only
 *     progress the previous version recorded)
 * @param pendingDirection {@code up} or {@code down}, the direction of the interrupted run
 * @param nextStep the index, in the direction's steps, of the first step not known to be done;
 *     {@code null} in rows written by the previous version (see {@link StepProgress})
 * @param nextStepNotStarted whether that step, a group-0 step, is known not to have begun: its lock
 *     wait ran out before it had done anything ({@code next_step_started} is {@code false})
 */
record AppliedRevision(
        int position,
        String id,
        String parent,
        String checksum,
        String chainChecksum,
        String message,
        Instant appliedAt,
        String appliedBy,
        long executionMs,
        Integer pendingStep,
        String pendingDirection,
        Integer nextStep,
        boolean nextStepNotStarted) {

    static final String UP = "up";
    static final String DOWN = "down";

    boolean dirty() {
        return pendingStep != null;
    }

    /**
     * The refusal of a call that cannot go on while this row is dirty: which run was interrupted and
     * where, then {@code advice}, the way out for the call that refuses.
     */
    MigrationException dirtyRefusal(String database, String advice) {
        return new MigrationException(
                MigrationException.Reason.DIRTY,
                "Revision " + id + " in " + database + " is dirty: its " + pendingDirection
                        + "grade was interrupted at " + interruptedStep() + ". " + advice);
    }

    /** Where the interrupted run stopped, in the words of the refusals. */
    private String interruptedStep() {
        return nextStep != null ? "step " + (nextStep + 1) : "its non-transactional step " + (pendingStep + 1);
    }
}
