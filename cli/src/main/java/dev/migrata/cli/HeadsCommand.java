package dev.migrata.cli;

import picocli.CommandLine.Command;

/**
 * {@code migrata heads}: the chain's head. A Migrata chain is linear (a fork is a compile error),
 * so there is always exactly one; the verb exists because Alembic users reach for it.
 */
@Command(
        name = "heads",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the head revision of the chain (no database needed).")
final class HeadsCommand extends ChainCommand {

    @Override
    public Integer call() {
        out().println(migrata.chain().head().id() + " (head)");
        return OK;
    }
}
