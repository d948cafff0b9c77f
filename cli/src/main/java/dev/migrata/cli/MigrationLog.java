package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.MigratorLogCapture;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;

/**
 * Shows what the {@link Migrator} logs while a command runs, as the command's own output: progress
 * lines ({@code Running upgrade A -> B, message (12 ms)}) on standard output, warnings on standard
 * error, each line once and in the CLI's words.
 */
final class MigrationLog {

    private MigrationLog() {}

    /**
     * Starts showing the runtime's log lines; close to restore the logging configuration.
     *
     * @param scrub takes the connection's password out of each line, should one hold it
     */
    static MigratorLogCapture capture(PrintWriter out, PrintWriter err, boolean debug, UnaryOperator<String> scrub) {
        return MigratorLogCapture.install(
                new MigratorLogCapture.Sink() {
                    @Override
                    public void warning(String line) {
                        err.println("warning: " + line);
                        err.flush();
                    }

                    @Override
                    public void info(String line) {
                        out.println(line);
                        out.flush();
                    }

                    @Override
                    public void debug(String line) {
                        err.println("debug: " + line);
                        err.flush();
                    }
                },
                debug,
                scrub);
    }
}
