package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.MigrationException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * The {@code migrata} command line: {@code java -jar migrata.jar [OPTIONS] COMMAND}.
 *
 * <p>Exit codes: 0 success, 1 a refusal or failure (the runtime's message on standard error, no
 * stack trace unless {@code --debug}), 2 bad usage. No message contains a password.
 */
public final class Main {

    /** Exit code of a refusal or failure. */
    public static final int FAILURE = 1;

    /**
     * Refusals whose remedy the runtime names as a builder method; on the command line the remedy is
     * an option.
     */
    private static final Map<MigrationException.Reason, String> CLI_REMEDIES = Map.of(
            MigrationException.Reason.LOCK_TIMEOUT, "--lock-timeout, e.g. --lock-timeout 30m.",
            MigrationException.Reason.LOCK_NOT_AVAILABLE,
                    "--ddl-lock-timeout and --ddl-lock-retries, e.g. --ddl-lock-timeout 10s --ddl-lock-retries 8.",
            MigrationException.Reason.DATA_MIGRATION_IN_SCRIPT, "add --allow-data-migrations.");

    /**
     * The JDBC driver's own java.util.logging logger. Its records (such as {@code WARNING: JDBC URL
     * ...}) would reach the console through the default handler, in the driver's words and without
     * masking; the CLI reports every failure itself. Held strongly: java.util.logging keeps loggers
     * only weakly, and would drop the level.
     */
    private static final Logger DRIVER_LOG = Logger.getLogger("org.postgresql");

    private Main() {}

    /** Runs one command and exits the JVM with its exit code. */
    public static void main(String[] args) {
        System.exit(commandLine(CliContext.ofProcess()).execute(args));
    }

    /**
     * The configured command line, for running in-process: set its out and err writers, then call
     * {@link CommandLine#execute(String...)}, which returns the exit code.
     */
    public static CommandLine commandLine(CliContext context) {
        DRIVER_LOG.setLevel(Level.OFF);
        MigrataCommand root = new MigrataCommand(context);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(failureHandler(root));
        commandLine.setParameterExceptionHandler(usageHandler());
        return commandLine;
    }

    private static IExecutionExceptionHandler failureHandler(MigrataCommand root) {
        return (exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + root.scrub(describe(exception)));
            if (root.debug) {
                // The trace's messages come from drivers too; scrub them as well.
                StringWriter trace = new StringWriter();
                exception.printStackTrace(new PrintWriter(trace));
                err.print(root.scrub(trace.toString()));
            } else if (!(exception instanceof MigrationException) && !(exception instanceof CliFailure)) {
                err.println("(run with --debug for the stack trace)");
            }
            err.flush();
            return FAILURE;
        };
    }

    /** The text with every argument that holds a URL ({@code --url=postgresql://...} too) masked. */
    private static String maskUrls(String text, String[] args) {
        String masked = text;
        for (String arg : args) {
            int separator = arg.indexOf("://");
            if (separator < 0) {
                continue;
            }
            int start = separator;
            while (start > 0 && isSchemeCharacter(arg.charAt(start - 1))) {
                start--;
            }
            masked = masked.replace(arg.substring(start), DatabaseUrl.mask(arg.substring(start)));
        }
        return masked;
    }

    /** A character of a URL scheme, {@code jdbc:postgresql} and {@code postgresql+asyncpg} included. */
    private static boolean isSchemeCharacter(char c) {
        return (c >= 'A' && c <= 'Z')
                || (c >= 'a' && c <= 'z')
                || (c >= '0' && c <= '9')
                || c == '+'
                || c == '.'
                || c == ':'
                || c == '-';
    }

    private static String describe(Exception exception) {
        if (exception instanceof MigrationException migration && CLI_REMEDIES.containsKey(migration.reason())) {
            return exception.getMessage() + " On the command line: " + CLI_REMEDIES.get(migration.reason());
        }
        if (exception instanceof MigrationException || exception instanceof CliFailure) {
            return exception.getMessage();
        }
        // Builder and argument checks of the runtime: their message is the whole story.
        if (exception instanceof IllegalArgumentException || exception instanceof IllegalStateException) {
            return exception.getMessage();
        }
        return exception.getClass().getName() + (exception.getMessage() == null ? "" : ": " + exception.getMessage());
    }

    /** picocli's usage-error report, with any URL among the echoed arguments masked. */
    private static IParameterExceptionHandler usageHandler() {
        return (ParameterException exception, String[] args) -> {
            CommandLine commandLine = exception.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(maskUrls(exception.getMessage(), args));
            if (!UnmatchedArgumentException.printSuggestions(exception, err)) {
                err.print(commandLine.getHelp().fullSynopsis());
            }
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        };
    }
}
