package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The entries of {@link Migrator#history()}: the chain's revisions with their state, then unknown ones. */
final class HistoryListing {

    private HistoryListing() {}

    /** The listing of {@code rows}, validated for a listing, against the chain's {@code revisions}. */
    static List<HistoryEntry> of(List<AppliedRevision> rows, List<Migration> revisions, String headId) {
        Map<String, AppliedRevision> byId = new HashMap<>();
        rows.forEach(row -> byId.put(row.id(), row));
        String currentId = rows.isEmpty() ? null : rows.get(rows.size() - 1).id();
        List<HistoryEntry> entries = new ArrayList<>();
        Set<String> known = new HashSet<>();
        for (Migration revision : revisions) {
            known.add(revision.id());
            AppliedRevision row = byId.get(revision.id());
            HistoryEntry.State state = row == null
                    ? HistoryEntry.State.PENDING
                    : row.dirty()
                            ? HistoryEntry.State.DIRTY
                            : row.checksum().equals(revision.checksum())
                                    ? HistoryEntry.State.APPLIED
                                    : HistoryEntry.State.MODIFIED;
            entries.add(entry(
                    revision.id(),
                    revision.parentId().orElse(null),
                    revision.message(),
                    state,
                    currentId,
                    headId,
                    row));
        }
        for (AppliedRevision row : rows) {
            if (!known.contains(row.id())) {
                entries.add(entry(
                        row.id(), row.parent(), row.message(), HistoryEntry.State.UNKNOWN, currentId, headId, row));
            }
        }
        return List.copyOf(entries);
    }

    private static HistoryEntry entry(
            String id,
            String parent,
            String message,
            HistoryEntry.State state,
            String currentId,
            String headId,
            AppliedRevision row) {
        return new HistoryEntry(
                id,
                parent,
                message,
                state,
                id.equals(currentId),
                id.equals(headId),
                row == null ? null : row.appliedAt(),
                row == null ? null : row.appliedBy(),
                row == null ? null : row.executionMs());
    }
}
