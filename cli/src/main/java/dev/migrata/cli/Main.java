package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.MigrationException;
import java.io.PrintWriter;
import java.util.Map;
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
            MigrationException.Reason.DATA_MIGRATION_IN_SCRIPT, "add --allow-data-migrations.");

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
        MigrataCommand root = new MigrataCommand(context);
        CommandLine commandLine = new CommandLine(root);
        commandLine.setExecutionExceptionHandler(failureHandler(root));
        commandLine.setParameterExceptionHandler(usageHandler());
        return commandLine;
    }

    private static IExecutionExceptionHandler failureHandler(MigrataCommand root) {
        return (exception, commandLine, parseResult) -> {
            PrintWriter err = commandLine.getErr();
            err.println("error: " + DatabaseUrl.mask(describe(exception)));
            if (root.debug) {
                // The trace's messages come from drivers too; mask them as well.
                java.io.StringWriter trace = new java.io.StringWriter();
                exception.printStackTrace(new PrintWriter(trace));
                err.print(DatabaseUrl.mask(trace.toString()));
            } else if (!(exception instanceof MigrationException) && !(exception instanceof CliFailure)) {
                err.println("(run with --debug for the stack trace)");
            }
            err.flush();
            return FAILURE;
        };
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

    /** picocli's usage-error report, with any password in an echoed argument masked. */
    private static IParameterExceptionHandler usageHandler() {
        return (ParameterException exception, String[] args) -> {
            CommandLine commandLine = exception.getCommandLine();
            PrintWriter err = commandLine.getErr();
            err.println(DatabaseUrl.mask(exception.getMessage()));
            if (!UnmatchedArgumentException.printSuggestions(exception, err)) {
                err.print(commandLine.getHelp().fullSynopsis());
            }
            err.println("Try '" + commandLine.getCommandSpec().qualifiedName() + " --help' for more information.");
            err.flush();
            return commandLine.getCommandSpec().exitCodeOnInvalidInput();
        };
    }
}
