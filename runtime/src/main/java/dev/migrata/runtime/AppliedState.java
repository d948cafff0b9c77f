package dev.migrata.runtime;

import java.util.List;
import java.util.Optional;

/**
 * What the history table says, checked against the compiled chain.
 *
 * @param rows every row, oldest first
 * @param level how many revisions of the chain are applied (0 = base)
 * @param aheadOfChain rows for revisions this code does not know, applied after its head by newer
 *     code (only non-empty when unknown revisions are allowed)
 */
record AppliedState(List<AppliedRevision> rows, int level, List<AppliedRevision> aheadOfChain) {

    AppliedState {
        rows = List.copyOf(rows);
        aheadOfChain = List.copyOf(aheadOfChain);
    }

    /** The newest row, if that row is dirty. */
    Optional<AppliedRevision> dirtyRow() {
        return rows.isEmpty() || !rows.get(rows.size() - 1).dirty()
                ? Optional.empty()
                : Optional.of(rows.get(rows.size() - 1));
    }

    Optional<AppliedRevision> newest() {
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(rows.size() - 1));
    }
}
