package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Where an interrupted revision stands: the steps of its direction that still have to run.
 *
 * <p>A row written by this version records {@code next_step}, the first step not known to be done:
 * a transaction group commits together with the row's update past it, and the row points at a
 * group-0 step before it runs. A row written by the previous version has only {@code pending_step},
 * which counted the direction's group-0 steps, and that version ran every transactional step of an
 * upgrade before them and every group-0 step of a downgrade before its transaction: so the steps
 * left are that group-0 step and the group-0 steps after it, followed, on a downgrade, by all the
 * transactional ones.
 *
 * @param remaining the indexes of the steps still to run, in the order they run
 * @param legacy whether the row is in the previous version's form, which is then kept while the
 *     revision is finished (its steps left are not always a tail of the list)
 * @param firstNotStarted whether the first step left, a group-0 step, is known not to have begun
 */
record StepProgress(List<Integer> remaining, boolean legacy, boolean firstNotStarted) {

    StepProgress {
        remaining = List.copyOf(remaining);
    }

    /** What the dirty {@code row} leaves to run of {@code steps}, its direction's steps. */
    static StepProgress of(AppliedRevision row, RevisionSteps steps) {
        if (row.nextStep() != null) {
            return new StepProgress(steps.from(row.nextStep()), false, row.nextStepNotStarted());
        }
        List<Integer> nonTransactional = steps.nonTransactional();
        List<Integer> remaining = new ArrayList<>(nonTransactional.subList(
                Math.min(row.pendingStep(), nonTransactional.size()), nonTransactional.size()));
        if (AppliedRevision.DOWN.equals(row.pendingDirection())) {
            for (int i = 0; i < steps.size(); i++) {
                if (steps.get(i).transactional()) {
                    remaining.add(i);
                }
            }
        }
        return new StepProgress(remaining, true, false);
    }

    /** A revision not started yet: every step remains. */
    static StepProgress start(RevisionSteps steps) {
        return new StepProgress(steps.all(), false, false);
    }

    /**
     * The step that was running when the revision stopped, if it may have done part of its work: a
     * group-0 step not known to have done nothing (a transaction group that did not commit left
     * nothing); -1 when there is none.
     */
    int interrupted(RevisionSteps steps) {
        if (remaining.isEmpty() || steps.get(remaining.get(0)).transactional() || firstNotStarted) {
            return -1;
        }
        return remaining.get(0);
    }

    /**
     * The {@code pending_step} to record when step {@code index} is the next to run: how many group-0
     * steps are done before it, as the previous version counted. In the previous version's form a
     * transactional step is only left once every group-0 step is done.
     */
    int pendingStep(RevisionSteps steps, int index) {
        if (legacy && steps.get(index).transactional()) {
            return steps.nonTransactional().size();
        }
        return steps.nonTransactionalBefore(index);
    }

    /** The {@code next_step} to record when step {@code index} is the next to run. */
    Integer nextStep(int index) {
        return legacy ? null : index;
    }
}
