package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.MigratorLogCapture;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code migrata stamp TARGET}: records TARGET as applied without running its SQL, for a database
 * whose schema was made another way, or to clear a dirty revision finished by hand. With {@code
 * --purge}, rewrites the history to exactly the chain up to TARGET whatever it holds (revisions of
 * another branch, changed checksums).
 */
@Command(
        name = "stamp",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Record TARGET as the database's revision without running any SQL.",
            "With --purge: rewrite the history to exactly the chain up to TARGET, dropping revisions this code does"
                    + " not know and recording changed checksums anew."
        })
final class StampCommand extends ChainCommand {

    @Parameters(
            index = "0",
            paramLabel = "TARGET",
            description = "head, base, +N, -N, a revision id or a unique prefix of one.")
    String target;

    @Option(
            names = "--purge",
            description = "Rewrite the history even when it holds revisions this code does not know or changed"
                    + " checksums (no SQL runs; TARGET is a revision, head or base).")
    boolean purge;

    @Override
    public Integer call() {
        Migrator migrator = migrata.migrator();
        // The runtime reports every stamp ("Stamped 006 -> 005"); the capture shows that line.
        try (MigratorLogCapture progress = captureLog()) {
            if (purge) {
                migrator.stampPurge(target);
            } else {
                migrator.stamp(target);
            }
        }
        return OK;
    }
}
