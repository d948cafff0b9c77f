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

    /** What the caller will do with the rows, which decides what it tolerates. */
    enum Mode {
        /** Upgrade and stamp: any disagreement is refused (unknown revisions after the head may be allowed). */
        WRITE,
        /**
         * Downgrade: revisions this code does not know are accepted after the last one it knows (a
         * developer switched branches); they are reverted with their recorded steps.
         */
        DOWNGRADE,
        /** Repair: changed checksums and chain checksums are what it records anew. */
        REPAIR,
        /** History: changed checksums and unknown revisions are what the listing reports. */
        LISTING
    }

    /**
     * Validates every row for a call that may write: any disagreement is refused.
     *
     * @throws MigrationException {@code CHECKSUM_MISMATCH} for an edited revision,
     *     {@code UNKNOWN_REVISION} for one this chain does not contain (unless allowed after its
     *     head), {@code INVALID_HISTORY} for anything no migrator writes
     */
    static AppliedState validate(
            List<AppliedRevision> rows, List<Migration> chain, boolean allowUnknownRevisions, String database) {
        return validate(rows, chain, allowUnknownRevisions, database, Mode.WRITE);
    }

    /**
     * Validates every row for a listing ({@code history}): a revision whose checksum changed and
     * revisions this chain does not know are what the listing reports, so they pass; everything
     * else is refused as by {@link #validate}.
     */
    static AppliedState validateForListing(List<AppliedRevision> rows, List<Migration> chain, String database) {
        return validate(rows, chain, true, database, Mode.LISTING);
    }

    /**
     * Validates every row for {@code mode}.
     *
     * @return the state: for {@link Mode#DOWNGRADE}, {@link AppliedState#aheadOfChain()} holds the
     *     unknown revisions that follow the known ones
     */
    static AppliedState validate(
            List<AppliedRevision> rows,
            List<Migration> chain,
            boolean allowUnknownRevisions,
            String database,
            Mode mode) {
        boolean listing = mode == Mode.LISTING;
        boolean repair = mode == Mode.REPAIR;
        Map<String, Integer> chainPositions = new HashMap<>();
        for (int i = 0; i < chain.size(); i++) {
            chainPositions.put(chain.get(i).id(), i + 1);
        }
        List<AppliedRevision> ahead = new ArrayList<>();
        // Once a checksum differs (allowed only in a listing or a repair) every later chain checksum differs too.
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
                // Newer code's revisions follow the head; another branch's follow the revisions both share.
                if (listing
                        || mode == Mode.DOWNGRADE
                        || (allowUnknownRevisions && mode == Mode.WRITE && i >= chain.size())) {
                    unknownSeen = true;
                    ahead.add(row);
                    continue;
                }
                throw unknown(row, chain, database, level);
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
                if (!listing && !repair) {
                    throw new MigrationException(
                            MigrationException.Reason.CHECKSUM_MISMATCH,
                            "Checksum mismatch for applied revision " + row.id() + " in " + database + ": expected "
                                    + expected.checksum() + " (compiled) but found " + row.checksum()
                                    + " (applied " + row.appliedAt() + " by " + row.appliedBy()
                                    + "). The revision was edited after it ran. If that was intended (a revision"
                                    + " regenerated after it was applied to a development database), record the"
                                    + " compiled checksums with repair (Migrator.repair(), migrata repair --yes);"
                                    + " otherwise restore its frozen files and put the change in a new revision."
                                    + " To revert it first, downgrade with the code that applied it.");
                }
                prefixMatches = false;
            }
            if (prefixMatches && !repair && !expected.chainChecksum().equals(row.chainChecksum())) {
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
            if (row.dirty() && expected.checksum().equals(row.checksum())) {
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
     * A dirty row names a step the revision has in its direction: {@code next_step} among all its
     * steps, or, in a row of the previous version, {@code pending_step} among its group-0 steps.
     * Anything else cannot be resumed and would fail deep inside the applier.
     */
    private static void requirePendingStepExists(AppliedRevision row, Migration revision, String database) {
        boolean up = AppliedRevision.UP.equals(row.pendingDirection());
        boolean down = AppliedRevision.DOWN.equals(row.pendingDirection());
        RevisionSteps steps = down ? RevisionSteps.downgrade(revision) : RevisionSteps.upgrade(revision);
        String column = row.nextStep() != null ? "next_step" : "pending_step";
        int value = row.nextStep() != null ? row.nextStep() : row.pendingStep();
        long count =
                row.nextStep() != null ? steps.size() : steps.nonTransactional().size();
        // A downgrade in the previous version's form may be left with its transaction only.
        long limit = row.nextStep() == null && down ? count + 1 : count;
        if ((up || down) && value >= 0 && value < limit) {
            return;
        }
        String fix = " The history table was edited by hand. Check which of the revision's steps completed, finish or"
                + " undo the rest by hand, then clear the flag: UPDATE " + RevisionTable.NAME
                + " SET pending_step = NULL, pending_direction = NULL WHERE id = '" + row.id() + "';";
        if (!up && !down) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_HISTORY,
                    "Revision " + row.id() + " in " + database + " is marked dirty with pending_direction "
                            + (row.pendingDirection() == null ? "NULL" : "'" + row.pendingDirection() + "'")
                            + ", which is neither 'up' nor 'down'." + fix);
        }
        String kind = row.nextStep() != null ? "" : "non-transactional ";
        throw new MigrationException(
                MigrationException.Reason.INVALID_HISTORY,
                "Revision " + row.id() + " in " + database + " is marked dirty at " + column + " " + value + " ("
                        + row.pendingDirection() + "grade), but it has "
                        + (count == 0
                                ? "no " + kind + row.pendingDirection() + "grade steps"
                                : count + " " + kind + row.pendingDirection() + "grade step" + (count == 1 ? "" : "s")
                                        + ", numbered 0 to " + (count - 1))
                        + "." + fix);
    }

    private static MigrationException unknown(
            AppliedRevision row, List<Migration> chain, String database, int knownLevel) {
        String known = knownLevel == 0 ? "base" : chain.get(knownLevel - 1).id();
        return new MigrationException(
                MigrationException.Reason.UNKNOWN_REVISION,
                database + " is at revision " + row.id() + " (position " + row.position() + "), which this code's chain"
                        + " (head " + chain.get(chain.size() - 1).id()
                        + ") does not contain: newer code, or code of another branch, has migrated it."
                        + " Deploy the code that has it, or allowUnknownRevisions(true) to keep running during a"
                        + " rolling deployment. To bring the database back to this code's revisions: downgrade to "
                        + known + " (it runs the downgrade steps recorded when " + row.id() + " was applied), or,"
                        + " once the schema is right by hand, rewrite the history with stamp --purge"
                        + " (Migrator.stampPurge).");
    }
}
