package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrata downgrade TARGET [--sql]}: reverts revisions down to TARGET, which stays applied. */
@Command(
        name = "downgrade",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Downgrade the database to TARGET; TARGET itself stays applied.",
            "TARGET: base, -N, a revision id or a unique prefix of one. With --sql: [FROM:]TO, FROM defaulting to head."
        })
final class DowngradeCommand extends ChainCommand {

    @Parameters(index = "0", paramLabel = "TARGET", description = "Where to stop.")
    String target;

    @Option(names = "--sql", description = "Print the SQL script to standard output instead of running it (no database needed).")
    boolean sql;

    @Option(names = "--allow-data-migrations",
            description = "With --sql: write a comment where a revision's Java data migration would run, instead of refusing.")
    boolean allowDataMigrations;

    @Override
    public Integer call() {
        if (sql) {
            RevisionRange range = RevisionRange.parse(target, "head");
            out().print(migrata.offlineScript(range.from(), range.to(), allowDataMigrations));
            out().flush();
            return OK;
        }
        Migrator migrator = migrata.migrator();
        try (MigrationLog log = captureLog()) {
            migrator.downgrade(target);
            if (log.progressLines() == 0) {
                out().println("Nothing to downgrade: the database is at " + Revisions.describeCurrent(migrator));
            }
        }
        return OK;
    }
}
