package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Origin;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.TypeElement;

/**
 * Follows {@code @Revision(parent)} from a schema's head to the root. The classes are reached
 * through their class literals, so this works when they come from the class path (partial
 * recompilation), not only from this round's sources.
 */
final class RevisionChainReader {

    /**
     * A chain as far as it could be followed.
     *
     * @param revisions root first
     * @param complete whether it reached a root without problems
     */
    record Chain(List<RevisionRead> revisions, boolean complete) {}

    private final RevisionReader revisionReader;

    RevisionChainReader(RevisionReader revisionReader) {
        this.revisionReader = revisionReader;
    }

    /**
     * Reads the chain ending at {@code head}.
     *
     * @param schemaName the schema's name, for messages
     * @param schemaClass the {@code @Schema} class's simple name
     * @param head the {@code @Schema(head)} class
     * @param headOrigin the {@code head} value
     */
    Chain read(String schemaName, String schemaClass, TypeElement head, Origin headOrigin, List<Problem> problems) {
        Optional<RevisionRead> headRevision = revisionReader.read(head);
        if (headRevision.isEmpty()) {
            problems.add(Problems.headNotRevision(headOrigin, head.getSimpleName(), schemaClass));
            return new Chain(List.of(), false);
        }
        // Keyed by class name in head-to-root order; a repeated class closes a cycle.
        Map<String, RevisionRead> visited = new LinkedHashMap<>();
        RevisionRead current = headRevision.get();
        while (true) {
            visited.put(current.className(), current);
            if (!current.parentResolved()) {
                return new Chain(rootFirst(visited), false);
            }
            if (current.parent() == null) {
                return new Chain(rootFirst(visited), true);
            }
            if (visited.containsKey(current.parentClassName())) {
                problems.add(Problems.revisionCycle(
                        current.parentOrigin(),
                        schemaName,
                        cycle(visited, current.parentClassName()),
                        current.simpleName()));
                return new Chain(rootFirst(visited), false);
            }
            Optional<RevisionRead> parent = revisionReader.read(current.parent());
            if (parent.isEmpty()) {
                problems.add(Problems.parentNotRevision(
                        current.parentOrigin(), current.parent().getSimpleName(), current.simpleName()));
                return new Chain(rootFirst(visited), false);
            }
            current = parent.get();
        }
    }

    private static List<RevisionRead> rootFirst(Map<String, RevisionRead> headFirst) {
        List<RevisionRead> revisions = new ArrayList<>(headFirst.values());
        Collections.reverse(revisions);
        return revisions;
    }

    /** {@code A -> B -> C -> A}, from the revision the cycle starts at. */
    private static String cycle(Map<String, RevisionRead> headFirst, String repeated) {
        List<RevisionRead> all = new ArrayList<>(headFirst.values());
        int start = 0;
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).className().equals(repeated)) {
                start = i;
            }
        }
        List<RevisionRead> loop = all.subList(start, all.size());
        return loop.stream().map(RevisionRead::simpleName).collect(Collectors.joining(" -> ")) + " -> "
                + loop.get(0).simpleName();
    }
}
