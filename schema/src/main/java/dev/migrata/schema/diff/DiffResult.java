package dev.migrata.schema.diff;

import dev.migrata.schema.diag.Problem;
import java.util.List;

/**
 * The ordered steps from one schema to another and the problems found on the way.
 *
 * @param changes the steps in execution order
 * @param problems errors (generation must stop) and warnings, in a deterministic order
 */
public record DiffResult(List<Change> changes, List<Problem> problems) {

    /** Copies the lists. */
    public DiffResult {
        changes = List.copyOf(changes);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
