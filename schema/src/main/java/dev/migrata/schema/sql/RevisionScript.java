package dev.migrata.schema.sql;

import dev.migrata.schema.diag.Problem;
import java.util.List;

/**
 * The SQL of one revision in both directions, and what was found while generating it.
 *
 * @param upgrade the upgrade statements in execution order, each in its transaction group
 * @param downgrade the downgrade statements in execution order, each in its transaction group
 * @param problems errors (the revision must not be written) and warnings (reported), found in the
 *     upgrade direction, then the downgrade's own warnings (a dropped column it cannot restore as it
 *     was); each warning about one statement is also among that statement's {@link
 *     SqlStatement#warnings()}
 */
public record RevisionScript(List<SqlStatement> upgrade, List<SqlStatement> downgrade, List<Problem> problems) {

    /** Copies the lists. */
    public RevisionScript {
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }
}
