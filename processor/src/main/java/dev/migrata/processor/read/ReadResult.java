package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import java.util.ArrayList;
import java.util.List;

/**
 * What the read stage returns: the schemas it could read, every problem it found, and what the
 * validate stage checks.
 *
 * @param schemas one declaration per {@code @Schema} class that could be read completely
 * @param problems errors and warnings, in source order
 * @param reads every {@code @Schema} class as far as it could be read
 * @param roundRevisions in a full build (a {@code @Schema} class among this round's sources), the
 *     round's {@code @Revision} classes, checked for being reachable; otherwise {@code null}
 */
public record ReadResult(
        List<SchemaDeclaration> schemas,
        List<Problem> problems,
        List<SchemaRead> reads,
        List<RevisionRead> roundRevisions) {

    /** Copies the lists. */
    public ReadResult {
        schemas = List.copyOf(schemas);
        problems = List.copyOf(problems);
        reads = List.copyOf(reads);
        roundRevisions = roundRevisions == null ? null : List.copyOf(roundRevisions);
    }

    /** Whether any problem is an error, so nothing may be generated. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The same result with more problems, such as the validate stage's, after its own. */
    public ReadResult withProblems(List<Problem> more) {
        List<Problem> all = new ArrayList<>(problems);
        all.addAll(more);
        return new ReadResult(schemas, all, reads, roundRevisions);
    }
}
