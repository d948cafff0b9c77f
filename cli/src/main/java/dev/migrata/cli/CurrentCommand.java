package dev.migrata.cli;

import picocli.CommandLine.Command;

/** {@code migrata current}: the newest applied revision, one indexed read and no lock. */
@Command(
        name = "current",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the revision the database is at.")
final class CurrentCommand extends ChainCommand {

    @Override
    public Integer call() {
        out().println(Revisions.describeCurrent(migrata.migrator()));
        return OK;
    }
}
