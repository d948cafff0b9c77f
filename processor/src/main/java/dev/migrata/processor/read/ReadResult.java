package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import java.util.List;

/**
 * What the read stage returns: the schemas it could read and every problem it found.
 *
 * @param schemas one declaration per {@code @Schema} class
 * @param problems errors and warnings, in source order
 */
public record ReadResult(List<SchemaDeclaration> schemas, List<Problem> problems) {

    /** Copies the lists. */
    public ReadResult {
        schemas = List.copyOf(schemas);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error, so nothing may be generated. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
