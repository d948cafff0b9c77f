package dev.migrata.cli;

import dev.migrata.runtime.Migrator;
import java.io.PrintWriter;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Shows what the {@link Migrator} logs while a command runs, as the command's own output: progress
 * lines ({@code Running upgrade A -> B, message (12 ms)}) on standard output, warnings on standard
 * error. The runtime logs through {@code System.Logger}, which the JDK backs with
 * {@code java.util.logging}; this handler replaces the console handler for the runtime's logger
 * while the command runs, so each line appears once and in the CLI's words.
 */
final class MigrationLog implements AutoCloseable {

    /** Held strongly: java.util.logging keeps loggers only weakly, and would drop our configuration. */
    private final Logger logger = Logger.getLogger(Migrator.class.getName());

    private final boolean parentHandlersBefore;
    private final Level levelBefore;
    private final Handler handler;

    private MigrationLog(PrintWriter out, PrintWriter err, boolean debug, UnaryOperator<String> scrub) {
        parentHandlersBefore = logger.getUseParentHandlers();
        levelBefore = logger.getLevel();
        SimpleFormatter formatter = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String line = scrub.apply(formatter.formatMessage(record));
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    err.println("warning: " + line);
                    err.flush();
                } else if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    out.println(line);
                    out.flush();
                } else {
                    err.println("debug: " + line);
                    err.flush();
                }
            }

            @Override
            public void flush() {
                out.flush();
                err.flush();
            }

            @Override
            public void close() {
                flush();
            }
        };
        handler.setLevel(debug ? Level.FINE : Level.INFO);
        logger.setLevel(debug ? Level.FINE : Level.INFO);
        logger.setUseParentHandlers(false);
        logger.addHandler(handler);
    }

    /**
     * Starts showing the runtime's log lines; close to restore the logging configuration.
     *
     * @param scrub takes the connection's password out of each line, should one hold it
     */
    static MigrationLog capture(PrintWriter out, PrintWriter err, boolean debug, UnaryOperator<String> scrub) {
        return new MigrationLog(out, err, debug, scrub);
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setUseParentHandlers(parentHandlersBefore);
        logger.setLevel(levelBefore);
    }
}
