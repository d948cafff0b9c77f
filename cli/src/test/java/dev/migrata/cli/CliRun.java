package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine;

/**
 * One in-process run of the CLI through picocli, with its output captured.
 *
 * @param exitCode what {@code migrata} would exit with
 * @param out standard output
 * @param err standard error
 */
record CliRun(int exitCode, String out, String err) {

    /** Runs with an empty environment in the given working directory. */
    static CliRun run(Path workingDirectory, String... args) {
        return run(Map.of(), workingDirectory, args);
    }

    static CliRun run(Map<String, String> environment, Path workingDirectory, String... args) {
        CommandLine commandLine = Main.commandLine(new CliContext(environment, workingDirectory));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new CliRun(exitCode, out.toString(), err.toString());
    }

    /** What {@code current} prints for the test database at {@code revision}, newline included. */
    static String current(String revision, TestDatabase db) {
        DatabaseUrl url = DatabaseUrl.parse(db.jdbcUrl());
        return revision + " in database " + url.database() + " on " + url.hosts() + "\n";
    }

    @Override
    public String toString() {
        return "exit " + exitCode + "\n--- out\n" + out + "--- err\n" + err;
    }
}
