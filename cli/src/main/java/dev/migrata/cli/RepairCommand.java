package dev.migrata.cli;

import dev.migrata.runtime.ChecksumChange;
import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.MigratorLogCapture;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrata repair [--yes]}: lists the applied revisions whose compiled checksum changed since
 * they were applied and, with {@code --yes}, records the compiled checksums. Without {@code --yes}
 * it changes nothing and exits 1: a command line in CI has no one to answer a prompt.
 */
@Command(
        name = "repair",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "List applied revisions whose compiled checksum changed (regenerated after they were applied);"
                    + " with --yes, record the compiled checksums.",
            "Without --yes nothing changes and the exit code is 1."
        })
final class RepairCommand extends ChainCommand {

    @Option(names = "--yes", description = "Record the compiled checksums of the revisions listed.")
    boolean yes;

    @Override
    public Integer call() {
        Migrator migrator = migrata.migrator();
        List<ChecksumChange> changes = migrator.checksumChanges();
        if (changes.isEmpty()) {
            out().println("Nothing to repair: every applied revision has its compiled checksum");
            return OK;
        }
        if (!yes) {
            changes.forEach(change -> out().println(change));
            out().flush();
            throw new CliFailure(changes.size() + " applied revision" + (changes.size() == 1 ? "" : "s")
                    + " would get the compiled checksums; nothing was changed. Rerun with --yes to record them.");
        }
        // The runtime logs each change it records ("Repaired 002_x: checksum ..."); the capture shows them.
        try (MigratorLogCapture progress = captureLog()) {
            migrator.repair();
        }
        return OK;
    }
}
