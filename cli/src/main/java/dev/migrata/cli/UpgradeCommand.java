package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code migrata upgrade [TARGET] [--sql]}: applies revisions up to TARGET, one line per revision. */
@Command(
        name = "upgrade",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Upgrade the database to TARGET (default head).",
            "TARGET: head, +N, a revision id or a unique prefix of one. With --sql: [FROM:]TO, FROM defaulting to base."
        })
final class UpgradeCommand extends ChainCommand {

    @Parameters(index = "0", arity = "0..1", paramLabel = "TARGET", defaultValue = "head", description = "Where to stop (default: ${DEFAULT-VALUE}).")
    String target;

    @Option(names = "--sql", description = "Print the SQL script to standard output instead of running it (no database needed).")
    boolean sql;

    @Option(names = "--allow-data-migrations",
            description = "With --sql: write a comment where a revision's Java data migration would run, instead of refusing.")
    boolean allowDataMigrations;

    @Override
    public Integer call() {
        if (sql) {
            RevisionRange range = RevisionRange.parse(target, "base");
            out().print(migrata.offlineScript(range.from(), range.to(), allowDataMigrations));
            out().flush();
            return OK;
        }
        Migrator migrator = migrata.migrator();
        try (MigrationLog log = captureLog()) {
            migrator.upgrade(target);
            if (log.progressLines() == 0) {
                out().println("Nothing to upgrade: the database is at " + Revisions.describeCurrent(migrator));
            }
        }
        return OK;
    }
}
