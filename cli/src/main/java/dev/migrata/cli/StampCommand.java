package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code migrata stamp TARGET}: records TARGET as applied without running its SQL, for a database
 * whose schema was made another way, or to clear a dirty revision finished by hand.
 */
@Command(
        name = "stamp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Record TARGET as the database's revision without running any SQL.")
final class StampCommand extends ChainCommand {

    @Parameters(
            index = "0",
            paramLabel = "TARGET",
            description = "head, base, +N, -N, a revision id or a unique prefix of one.")
    String target;

    @Override
    public Integer call() {
        Migrator migrator = migrata.migrator();
        // The runtime reports every stamp ("Stamped 006 -> 005"); the capture shows that line.
        try (MigrationLog progress = captureLog()) {
            migrator.stamp(target);
        }
        return OK;
    }
}
