package dev.migrata.runtime;

import java.time.Instant;

/**
 * One row of {@code migrata_revisions}.
 *
 * @param pendingStep when not null, the index (among the revision's non-transactional steps) of the
 *     step that was running when the migrator stopped: the revision is dirty
 * @param pendingDirection {@code up} or {@code down}, the direction of the interrupted run
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
        String pendingDirection) {

    static final String UP = "up";
    static final String DOWN = "down";

    boolean dirty() {
        return pendingStep != null;
    }
}
