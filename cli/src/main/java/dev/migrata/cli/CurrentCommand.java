package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.Migrator;
import picocli.CommandLine.Command;

/**
 * {@code migrata current}: the newest applied revision and the database it was read from, one
 * indexed read and no lock.
 */
@Command(
        name = "current",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show the revision the database is at.")
final class CurrentCommand extends ChainCommand {

    @Override
    public Integer call() {
        Migrator migrator = migrata.migrator();
        String revision = migrator.describeCurrent();
        DatabaseUrl database = migrata.database();
        out().println(revision + " in database " + database.database() + " on " + database.hosts());
        return OK;
    }
}
