package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.List;

/**
 * Compares the history table with the compiled chain, row by row: every applied revision must be
 * the chain's revision at that position with the same checksum. Runs only under the migration
 * lock and only when the one-row up-to-date check did not already prove the database current.
 */
final class AppliedStateValidator {

    private AppliedStateValidator() {}

    static AppliedState validate(
            List<AppliedRevision> rows, List<Migration> chain, boolean allowUnknownRevisions, String database) {
        List<AppliedRevision> ahead = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            AppliedRevision row = rows.get(i);
            if (row.dirty() && i != rows.size() - 1) {
                throw new MigrationException(
                        MigrationException.Reason.DIRTY,
                        "Revision " + row.id() + " in " + database
                                + " is marked dirty but is not the newest applied revision;"
                                + " the history table was edited by hand. Clear it with stamp(\""
                                + rows.get(rows.size() - 1).id() + "\").");
            }
            if (i >= chain.size()) {
                if (allowUnknownRevisions && row.position() == i + 1) {
                    ahead.add(row);
                    continue;
                }
                throw unknown(row, chain, database);
            }
            Migration expected = chain.get(i);
            if (!expected.id().equals(row.id())) {
                boolean known = chain.stream().anyMatch(m -> m.id().equals(row.id()));
                if (!known) {
                    throw unknown(row, chain, database);
                }
                throw new MigrationException(
                        MigrationException.Reason.CHECKSUM_MISMATCH,
                        "The chain changed under " + database + ": position " + row.position() + " holds revision "
                                + row.id() + " but this code has " + expected.id()
                                + " there. Revisions must never be reordered once applied.");
            }
            if (!expected.checksum().equals(row.checksum())) {
                throw new MigrationException(
                        MigrationException.Reason.CHECKSUM_MISMATCH,
                        "Checksum mismatch for applied revision " + row.id() + " in " + database + ": expected "
                                + expected.checksum() + " (compiled) but found " + row.checksum()
                                + " (applied " + row.appliedAt() + " by " + row.appliedBy()
                                + "). The revision was edited after it ran;"
                                + " restore its frozen files and put the change in a new revision.");
            }
        }
        return new AppliedState(rows, Math.min(rows.size(), chain.size()), ahead);
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
