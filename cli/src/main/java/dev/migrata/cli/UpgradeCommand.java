package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code migrata upgrade [TARGET] [--sql]}: applies revisions up to TARGET, one line per revision. */
@Command(
        name = "upgrade",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Upgrade the database to TARGET (default head).",
            "TARGET: head, +N, a revision id or a unique prefix of one. With --sql: [FROM:]TO, FROM defaulting to base."
        })
final class UpgradeCommand extends ChainCommand {

    @Parameters(
            index = "0",
            arity = "0..1",
            paramLabel = "TARGET",
            defaultValue = "head",
            description = "Where to stop (default: ${DEFAULT-VALUE}).")
    String target;

    @Mixin
    ScriptOptions script;

    @Override
    public Integer call() {
        return move(script, target, "base", "upgrade", Migrator::upgrade);
    }
}
