package dev.migrata.cli;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.RevisionResourceException;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code migrata show REV}: one revision with its statements, read from the compiled chain. */
@Command(
        name = "show",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Show a revision: its parent, message, checksums and SQL (no database needed).")
final class ShowCommand extends ChainCommand {

    @Parameters(index = "0", paramLabel = "REV", description = "head, a revision id or a unique prefix of one.")
    String revision;

    @Override
    public Integer call() {
        Migration shown = Migrator.revision(migrata.chain(), revision);
        boolean head = shown.id().equals(migrata.chain().head().id());
        PrintWriter out = out();
        out.println("Rev: " + shown.id() + (head ? " (head)" : ""));
        out.println("Parent: " + shown.parentId().orElse(Revisions.BASE));
        out.println("Checksum: " + shown.checksum());
        out.println("Chain checksum: " + shown.chainChecksum());
        shown.dataMigration()
                .ifPresent(
                        data -> out.println("Data migration: " + data.getClass().getName()));
        out.println();
        shown.message().lines().forEach(line -> out.println("    " + line));
        out.println();
        List<MigrationStep> upgrade;
        List<MigrationStep> downgrade;
        try {
            upgrade = shown.upgradeSteps();
            downgrade = shown.downgradeSteps();
        } catch (RevisionResourceException e) {
            // Its file on the class path is missing or not the compiled one: the refusal names it.
            throw new CliFailure(e.getMessage(), e);
        }
        printSteps(out, "Upgrade", upgrade);
        printSteps(out, "Downgrade", downgrade);
        return OK;
    }

    private static void printSteps(PrintWriter out, String title, List<MigrationStep> steps) {
        out.println(title + ":");
        if (steps.isEmpty()) {
            out.println("    -- no statements");
        }
        for (MigrationStep step : steps) {
            if (!step.transactional()) {
                out.println("    -- runs outside the revision's transaction");
            }
            step.sql().strip().lines().forEach(line -> out.println("    " + line));
            out.println("    ;");
        }
    }
}
