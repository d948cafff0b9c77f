package dev.migrata.cli;

import dev.migrata.runtime.DriftReport;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrata check}: compares the live catalog with the chain's head schema and lists every
 * difference; exit code 1 when there is any, so CI can fail on drift. What the report notes (a
 * database behind the head, CHECK expressions compared by name only) comes first.
 */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Compare the database with the head schema; exit 1 and list the differences if they differ.")
final class CheckCommand extends ChainCommand {

    @Option(
            names = "--exclude",
            paramLabel = "PATTERN",
            description = "A table to leave out unless the head schema declares it: a name, or schema.table, where *"
                    + " matches any characters (tmp_*, audit.*). Repeatable. The history tables of Alembic, Flyway and"
                    + " Liquibase are always left out.")
    List<String> exclude = new ArrayList<>();

    @Override
    public Integer call() {
        DriftReport report = migrata.builder()
                .checkExclude(exclude.toArray(String[]::new))
                .build()
                .check();
        report.notes().forEach(note -> out().println(note));
        if (report.isClean()) {
            out().println(report.summary());
            return OK;
        }
        report.drifts().forEach(drift -> out().println(drift));
        out().println(report.summary());
        return Main.FAILURE;
    }
}
