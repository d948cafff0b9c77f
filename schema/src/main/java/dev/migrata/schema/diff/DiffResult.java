package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Problem;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The ordered steps from one schema to another and the problems found on the way.
 *
 * @param changes the steps in execution order
 * @param problems errors (generation must stop) and warnings, in a deterministic order
 * @param problemsByChange the problems among {@code problems} that concern one change (a warning
 *     about the lock it takes, the rows it scans), by that change; the others concern the revision
 *     as a whole
 */
public record DiffResult(List<Change> changes, List<Problem> problems, Map<Change, List<Problem>> problemsByChange) {

    /** Copies the lists and the map, keeping its order. */
    public DiffResult {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
        Map<Change, List<Problem>> copy = new LinkedHashMap<>();
        problemsByChange.forEach((change, list) -> copy.put(change, List.copyOf(list)));
        problemsByChange = Collections.unmodifiableMap(copy);
    }

    /** The problems about {@code change}, in the order found; empty when there are none. */
    public List<Problem> problemsAbout(Change change) {
        return problemsByChange.getOrDefault(change, List.of());
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
