package dev.migrata.runtime;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The shape every chain must have: one line of revisions from the root to the head. */
final class ChainOrder {

    private ChainOrder() {}

    /**
     * Refuses a chain whose head is not its last revision, that lists a revision twice, or whose
     * revisions do not each name the one before as their parent.
     *
     * @throws MigrationException {@link MigrationException.Reason#INVALID_CHAIN}
     */
    static void requireOneLine(String name, Migration head, List<Migration> revisions) {
        if (!head.id().equals(revisions.get(revisions.size() - 1).id())) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_CHAIN,
                    "Chain " + name + " names " + head.id() + " as its head, but its last revision is "
                            + revisions.get(revisions.size() - 1).id());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < revisions.size(); i++) {
            Migration revision = revisions.get(i);
            if (!ids.add(revision.id())) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_CHAIN,
                        "Chain " + name + " lists revision " + revision.id() + " twice");
            }
            Optional<String> expectedParent =
                    i == 0 ? Optional.empty() : Optional.of(revisions.get(i - 1).id());
            if (!expectedParent.equals(revision.parentId())) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_CHAIN,
                        "Chain " + name + " is out of order: revision " + revision.id() + " names parent "
                                + revision.parentId().orElse("none") + " but follows "
                                + expectedParent.orElse("nothing"));
            }
        }
    }
}
