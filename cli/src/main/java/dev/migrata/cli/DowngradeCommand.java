package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code migrata downgrade TARGET [--sql]}: reverts revisions down to TARGET, which stays applied. */
@Command(
        name = "downgrade",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Downgrade the database to TARGET; TARGET itself stays applied.",
            "TARGET: base, -N, a revision id or a unique prefix of one. With --sql: [FROM:]TO, FROM defaulting to head."
        })
final class DowngradeCommand extends ChainCommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "Where to stop.")
    String target;

    @Mixin
    ScriptOptions script;

    @Override
    public Integer call() {
        return move(script, target, "head", "downgrade", Migrator::downgrade);
    }
}
