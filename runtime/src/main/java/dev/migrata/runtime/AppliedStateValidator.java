package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Compares the history table with the compiled chain, row by row: every applied revision must be
 * the chain's revision at that position, at that position number, with the same checksum and chain
 * checksum; only the newest row may be dirty, and then at a step the revision has. Runs whenever a
 * call walks the history (under the migration lock when it will write), never on the one-row
 * up-to-date check.
 */
final class AppliedStateValidator {

    /**
     * How to repair a history table edited by hand. {@code stamp} itself refuses a table that does
     * not add up, so the table is rebuilt from scratch.
     */
    private static final String REBUILD = " The history table was edited by hand; restore it from a backup, or rebuild"
            + " it: DROP TABLE " + RevisionTable.NAME + ", then stamp the revision the schema is at.";

    private AppliedStateValidator() {}

    /**
     * Validates every row for a call that may write: any disagreement is refused.
     *
     * @throws MigrationException {@code CHECKSUM_MISMATCH} for an edited revision,
     *     {@code UNKNOWN_REVISION} for one this chain does not contain (unless allowed after its
     *     head), {@code INVALID_HISTORY} for anything no migrator writes
     */
    static AppliedState validate(
            List<AppliedRevision> rows, List<Migration> chain, boolean allowUnknownRevisions, String database) {
        return validate(rows, chain, allowUnknownRevisions, database, false);
    }

    /**
     * Validates every row for a listing ({@code history}): a revision whose checksum changed and
     * revisions this chain does not know are what the listing reports, so they pass; everything
     * else is refused as by {@link #validate}.
     */
    static AppliedState validateForListing(List<AppliedRevision> rows, List<Migration> chain, String database) {
        return validate(rows, chain, true, database, true);
    }

    private static AppliedState validate(
            List<AppliedRevision> rows,
            List<Migration> chain,
            boolean allowUnknownRevisions,
            String database,
            boolean listing) {
        Map<String, Integer> chainPositions = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            chainPositions.put(chain.get(i).id(), i + 1);
        }
        List<AppliedRevision> ahead = new ArrayList<>();
        // Once a checksum differs (allowed only in a listing) every later chain checksum differs too.
        boolean prefixMatches = true;
        boolean unknownSeen = false;
        int level = 0;
        // Positions first: a duplicated one then fails here whichever of its rows the scan returns first.
        for (int i = 0; i < rows.size(); i++) {
            requirePosition(rows.get(i), i + 1, chain, database);
        }
        for (int i = 0; i < rows.size(); i++) {
            AppliedRevision row = rows.get(i);
            if (row.dirty() && i != rows.size() - 1) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_HISTORY,
                        "Revision " + row.id() + " in " + database + " is marked dirty (pending_step "
                                + row.pendingStep() + ") but is not the newest applied revision, "
                                + rows.get(rows.size() - 1).id()
                                + "; a migrator only ever leaves the newest one dirty, so the history table was edited"
                                + " by hand. Check that the revision's non-transactional steps completed, then clear the"
                                + " flag: UPDATE " + RevisionTable.NAME
                                + " SET pending_step = NULL, pending_direction = NULL WHERE id = '" + row.id() + "';");
            }
            Integer chainPosition = chainPositions.get(row.id());
            if (chainPosition == null) {
                // Newer code's revisions follow the head; a listing shows unknown ones wherever they are.
                if (listing || (allowUnknownRevisions && i >= chain.size())) {
                    unknownSeen = true;
                    if (i >= chain.size()) {
                        ahead.add(row);
                    }
                    continue;
                }
                throw unknown(row, chain, database);
            }
            if (unknownSeen || chainPosition != i + 1) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_HISTORY,
                        "The history table of " + database + " records revision " + row.id() + " at position "
                                + row.position() + ", but it is revision " + chainPosition + " of this code's chain"
                                + (i < chain.size()
                                        ? ", which has " + chain.get(i).id() + " at position " + (i + 1)
                                        : "")
                                + ". Either the history table was edited or the chain was reordered after it was"
                                + " applied; revisions must never be reordered once applied." + REBUILD);
            }
            Migration expected = chain.get(i);
            if (!expected.checksum().equals(row.checksum())) {
                if (!listing) {
                    throw new MigrationException(
                            MigrationException.Reason.CHECKSUM_MISMATCH,
                            "Checksum mismatch for applied revision " + row.id() + " in " + database + ": expected "
                                    + expected.checksum() + " (compiled) but found " + row.checksum()
                                    + " (applied " + row.appliedAt() + " by " + row.appliedBy()
                                    + "). The revision was edited after it ran;"
                                    + " restore its frozen files and put the change in a new revision.");
                }
                prefixMatches = false;
            }
            if (prefixMatches && !expected.chainChecksum().equals(row.chainChecksum())) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_HISTORY,
                        "Chain checksum mismatch for applied revision " + row.id() + " in " + database + ": expected "
                                + expected.chainChecksum() + " (compiled) but found " + row.chainChecksum()
                                + ", although its checksum and those of every revision before it match this code."
                                + " Only the chain_checksum column can have changed, so the history table was edited"
                                + " by hand. If the rows are otherwise right: UPDATE " + RevisionTable.NAME
                                + " SET chain_checksum = '" + expected.chainChecksum() + "' WHERE id = '" + row.id()
                                + "';");
            }
            if (row.dirty()) {
                requirePendingStepExists(row, expected, database);
            }
            level = i + 1;
        }
        return new AppliedState(rows, level, ahead);
    }

    /** Positions run 1, 2, 3, … without gaps: a gap is a deleted row, anything else an edited one. */
    private static void requirePosition(AppliedRevision row, int expected, List<Migration> chain, String database) {
        if (row.position() == expected) {
            return;
        }
        String missing = row.position() > expected
                ? " Position " + expected
                        + (expected <= chain.size()
                                ? " (revision " + chain.get(expected - 1).id() + ")"
                                : "")
                        + " has no row: was it deleted?"
                : "";
        throw new MigrationException(
                MigrationException.Reason.INVALID_HISTORY,
                "The history table of " + database + " does not number its revisions 1, 2, 3, … without gaps: row "
                        + expected + " (revision " + row.id() + ") has position " + row.position() + "." + missing
                        + REBUILD);
    }

    /**
     * A dirty row names, among the revision's non-transactional steps of its direction, the one that
     * was interrupted; anything else cannot be resumed and would fail deep inside the applier.
     */
    private static void requirePendingStepExists(AppliedRevision row, Migration revision, String database) {
        boolean up = AppliedRevision.UP.equals(row.pendingDirection());
        boolean down = AppliedRevision.DOWN.equals(row.pendingDirection());
        long steps = (down ? revision.downgradeSteps() : revision.upgradeSteps())
                .stream().filter(step -> !step.transactional()).count();
        if ((up || down) && row.pendingStep() >= 0 && row.pendingStep() < steps) {
            return;
        }
        String fix = " The history table was edited by hand. Check which of the revision's non-transactional steps"
                + " completed, finish or undo the rest by hand, then clear the flag: UPDATE " + RevisionTable.NAME
                + " SET pending_step = NULL, pending_direction = NULL WHERE id = '" + row.id() + "';";
        if (!up && !down) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_HISTORY,
                    "Revision " + row.id() + " in " + database + " is marked dirty with pending_direction "
                            + (row.pendingDirection() == null ? "NULL" : "'" + row.pendingDirection() + "'")
                            + ", which is neither 'up' nor 'down'." + fix);
        }
        throw new MigrationException(
                MigrationException.Reason.INVALID_HISTORY,
                "Revision " + row.id() + " in " + database + " is marked dirty at pending_step " + row.pendingStep()
                        + " (" + row.pendingDirection() + "grade), but it has "
                        + (steps == 0
                                ? "no non-transactional " + row.pendingDirection() + "grade steps"
                                : steps + " non-transactional " + row.pendingDirection() + "grade step"
                                        + (steps == 1 ? "" : "s") + ", numbered 0 to " + (steps - 1))
                        + "." + fix);
    }

    private static MigrationException unknown(AppliedRevision row, List<Migration> chain, String database) {
        return new MigrationException(
                MigrationException.Reason.UNKNOWN_REVISION,
                database + " is at revision " + row.id() + " (position " + row.position() + "), which this code's chain"
                        + " (head " + chain.get(chain.size() - 1).id()
                        + ") does not contain: newer code has migrated it."
                        + " Deploy the newer code, or allowUnknownRevisions(true) to keep running during a rolling deployment.");
    }
}
