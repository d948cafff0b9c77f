package dev.migrata.cli;

import picocli.CommandLine.Option;

/**
 * The offline-script options shared by {@code upgrade} and {@code downgrade}: with {@code --sql}
 * the argument is a {@code [FROM:]TO} range and the script goes to standard output instead of the
 * database.
 */
final class ScriptOptions {

    @Option(
            names = "--sql",
            description = "Print the SQL script to standard output instead of running it (no database needed).")
    boolean sql;

    @Option(
            names = "--allow-data-migrations",
            description =
                    "With --sql: write a comment where a revision's Java data migration would run, instead of refusing.")
    boolean allowDataMigrations;

    /**
     * Prints the script for {@code range}; without a {@code FROM:} part, it starts at
     * {@code defaultFrom}, since offline there is no database to say where it stands.
     */
    void print(ChainCommand command, String range, String defaultFrom) {
        RevisionRange parsed = RevisionRange.parse(range, defaultFrom);
        command.out().print(command.migrata.offlineScript(parsed.from(), parsed.to(), allowDataMigrations));
        command.out().flush();
    }
}
