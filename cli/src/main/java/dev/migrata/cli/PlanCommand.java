package dev.migrata.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code migrata plan [TARGET]}: what {@code upgrade} would run, revision by revision, each step with
 * its transaction group and what it locks; nothing is applied or written.
 */
@Command(
        name = "plan",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Show the steps an upgrade to TARGET (default head) would run, with their transaction groups and locks.",
            "Nothing is applied or written."
        })
final class PlanCommand extends ChainCommand {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TARGET",
            defaultValue = "head",
            description = "head, +N, a revision id or a unique prefix of one (default: ${DEFAULT-VALUE}).")
    String target;

    @Override
    public Integer call() {
        out().print(migrata.migrator().plan(target));
        out().flush();
        return OK;
    }
}
