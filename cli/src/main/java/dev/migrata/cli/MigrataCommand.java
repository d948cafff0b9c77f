package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * {@code migrata}: the global options shared by every command, and the chain and migrator they
 * build. Options are inherited, so {@code migrata --url U upgrade} and {@code migrata upgrade --url U}
 * mean the same.
 */
@Command(
        name = "migrata",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Applies a compiled Migrata migration chain to PostgreSQL: Alembic's verbs for Java.",
        synopsisSubcommandLabel = "COMMAND",
        subcommands = {
            UpgradeCommand.class,
            DowngradeCommand.class,
            CurrentCommand.class,
            HistoryCommand.class,
            HeadsCommand.class,
            ShowCommand.class,
            StampCommand.class,
            PlanCommand.class,
            RepairCommand.class,
            CheckCommand.class,
            ScaffoldCommand.class
        },
        footer = {
            "",
            "Database URL: --url, else DATABASE_URL, else url= in ./migrata.properties",
            "Exit codes: 0 success, 1 refusal or failure, 2 bad usage."
        })
final class MigrataCommand implements Runnable {

    private final CliContext context;

    @Spec
    CommandSpec spec;

    @Option(
            names = "--url",
            paramLabel = "URL",
            scope = ScopeType.INHERIT,
            converter = Converters.Url.class,
            description = "Database URL: jdbc:postgresql://, postgresql://, postgres:// or postgresql+asyncpg://."
                    + " Default: DATABASE_URL, then url= in ./migrata.properties.")
    String url;

    @Option(
            names = {"--classpath", "--cp"},
            paramLabel = "PATH",
            scope = ScopeType.INHERIT,
            description =
                    "Jars and class directories holding the application's migration chain, separated by '${sys:path.separator}'.")
    String classpath;

    @Option(
            names = "--schema",
            paramLabel = "NAME",
            scope = ScopeType.INHERIT,
            description = "The chain to use when the class path holds several (its @Schema name).")
    String schema;

    @Option(
            names = "--lock-timeout",
            paramLabel = "DURATION",
            scope = ScopeType.INHERIT,
            converter = Converters.Timeout.class,
            description = "How long to wait for another migrator's lock: 30s, 10m, PT10M (default: 10m).")
    Duration lockTimeout;

    @Option(
            names = "--ddl-lock-timeout",
            paramLabel = "DURATION",
            scope = ScopeType.INHERIT,
            converter = Converters.DdlTimeout.class,
            description = "How long each migration statement waits for a table lock before its transaction"
                    + " group is rolled back and tried again: 500ms, 5s, 1m (default: 5s). A concurrent index"
                    + " build or drop keeps the session's own lock_timeout.")
    Duration ddlLockTimeout;

    @Option(
            names = "--ddl-lock-retries",
            paramLabel = "N",
            scope = ScopeType.INHERIT,
            converter = Converters.Retries.class,
            description = "How often a group whose lock wait ran out is tried again, after 1 s, 2 s, 4 s, ..."
                    + " (default: 5).")
    Integer ddlLockRetries;

    @Option(
            names = "--debug",
            scope = ScopeType.INHERIT,
            description = "Print stack traces and the runtime's debug log.")
    boolean debug;

    /** The URL the command connects to, once resolved: what {@link #scrub} takes the password of. */
    private DatabaseUrl database;

    MigrataCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing required command: one of "
                        + String.join(", ", spec.subcommands().keySet()));
    }

    /** The chain found on the class path. */
    MigrationChain chain() {
        return ChainLoader.load(classpath, schema);
    }

    /** Whether a database URL is given anywhere; commands that can do without one then skip it. */
    boolean databaseConfigured() {
        return ConnectionSettings.configured(url, context);
    }

    /** A migrator connected through the resolved URL. */
    Migrator migrator() {
        return builder().build();
    }

    /** The builder {@link #migrator()} builds, for a command that sets more on it. */
    Migrator.Builder builder() {
        ConnectionSettings settings = ConnectionSettings.resolve(url, context);
        database = settings.database();
        Migrator.Builder builder = Migrator.builder()
                .url(settings.url())
                .user(settings.user())
                .password(settings.password())
                .chain(chain());
        if (lockTimeout != null) {
            builder.lockTimeout(lockTimeout);
        }
        if (ddlLockTimeout != null) {
            builder.ddlLockTimeout(ddlLockTimeout);
        }
        if (ddlLockRetries != null) {
            builder.ddlLockRetries(ddlLockRetries);
        }
        return builder;
    }

    /** The resolved database URL, without a chain: for a command that reads the catalog itself. */
    DatabaseUrl resolveDatabase() {
        database = ConnectionSettings.resolve(url, context).database();
        return database;
    }

    /** The URL {@link #migrator()} connects to; call after it. */
    DatabaseUrl database() {
        if (database == null) {
            throw new IllegalStateException("migrator() resolves the database URL first");
        }
        return database;
    }

    /**
     * The text without the password of the resolved URL, in any form: defence in depth for what the
     * command prints, as the runtime's messages show URLs masked already.
     */
    String scrub(String text) {
        return database == null ? text : database.scrub(text);
    }

    /**
     * The offline script from {@code from} to {@code to}, which needs the chain and no database.
     *
     * @param allowDataMigrations write a comment where a revision's Java code would run, instead of refusing
     */
    String offlineScript(String from, String to, boolean allowDataMigrations) {
        Migrator migrator = Migrator.builder()
                .offline()
                .chain(chain())
                .allowDataMigrationsInSql(allowDataMigrations)
                .build();
        return migrator.sql(from, to);
    }
}
