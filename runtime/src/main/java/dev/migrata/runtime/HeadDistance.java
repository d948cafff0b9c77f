package dev.migrata.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a database stands against the chain's head, said before {@code check()} lists differences:
 * a database merely behind the head differs by what its pending revisions will change, which is not
 * drift. The chain carries only the head's schema, so the differences are still listed against it.
 */
final class HeadDistance {

    private static final int LISTED = 10;

    private HeadDistance() {}

    /** The sentence for a database not at the head; empty for one at it. */
    static Optional<String> note(String chainName, List<AppliedRevision> rows, List<Migration> revisions) {
        String head = revisions.get(revisions.size() - 1).id();
        if (rows.isEmpty()) {
            return Optional.of("The database records no revision of chain " + chainName
                    + ": the differences below are against its head " + head);
        }
        String current = rows.get(rows.size() - 1).id();
        int level = indexOf(revisions, current);
        if (level == revisions.size() - 1) {
            return Optional.empty();
        }
        if (level >= 0) {
            List<String> pending = new ArrayList<>();
            revisions.subList(level + 1, revisions.size()).forEach(revision -> pending.add(revision.id()));
            return Optional.of("The database is at " + current + ", " + count(pending.size()) + " behind the head "
                    + head + " (pending: " + list(pending) + "): the differences below are what "
                    + (pending.size() == 1 ? "it" : "they") + " will change (the chain carries the head's schema"
                    + " only, so the database is compared with that)");
        }
        List<String> after = new ArrayList<>();
        boolean headApplied = false;
        for (AppliedRevision row : rows) {
            if (headApplied) {
                after.add(row.id());
            }
            headApplied |= row.id().equals(head);
        }
        if (headApplied) {
            return Optional.of("The database is at " + current + ", " + count(after.size()) + " ahead of the head "
                    + head + " (applied by newer code: " + list(after) + "): the differences below may be what "
                    + (after.size() == 1 ? "it" : "they") + " changed");
        }
        return Optional.of("The database is at " + current + ", a revision chain " + chainName
                + " does not know (newer code or another branch applied it): the differences below are against"
                + " its head " + head);
    }

    private static int indexOf(List<Migration> revisions, String id) {
        for (int i = 0; i < revisions.size(); i++) {
            if (revisions.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static String count(int revisions) {
        return revisions + (revisions == 1 ? " revision" : " revisions");
    }

    private static String list(List<String> ids) {
        return ids.size() <= LISTED
                ? String.join(", ", ids)
                : String.join(", ", ids.subList(0, LISTED)) + " and " + (ids.size() - LISTED) + " more";
    }
}
