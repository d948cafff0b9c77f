package dev.migrata.cli;

import dev.migrata.runtime.DriftReport;
import picocli.CommandLine.Command;

/**
 * {@code migrata check}: compares the live catalog with the chain's head schema and lists every
 * difference; exit code 1 when there is any, so CI can fail on drift.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compare the database with the head schema; exit 1 and list the differences if they differ.")
final class CheckCommand extends ChainCommand {

    @Override
    public Integer call() {
        DriftReport report = migrata.migrator().check();
        if (report.isClean()) {
            out().println("No drift: the database matches the head schema");
            return OK;
        }
        report.drifts().forEach(drift -> out().println(drift));
        out().println(report.drifts().size() + (report.drifts().size() == 1 ? " difference" : " differences")
                + " between the database and the head schema");
        return Main.FAILURE;
    }
}
