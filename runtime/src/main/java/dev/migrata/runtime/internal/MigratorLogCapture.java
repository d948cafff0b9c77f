package dev.migrata.runtime.internal;

import dev.migrata.runtime.Migrator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Shows what the {@link Migrator} logs while a tool runs it, in the tool's own output: progress
 * lines ({@code Running upgrade A -> B, message (12 ms)}), warnings, and debug lines when asked
 * for. The runtime logs through {@code System.Logger}, which the JDK backs with {@code
 * java.util.logging}; while installed, this handler replaces the console handler of the runtime's
 * logger, so each line appears once, and any other logger named is silenced. Closing restores the
 * logging configuration as it was.
 *
 * <p>Not API: the CLI and the Maven plugin use it.
 */
public final class MigratorLogCapture implements AutoCloseable {

    /** Where the lines go, by level. */
    public interface Sink {

        /** A warning (or worse). */
        void warning(String line);

        /** A progress line. */
        void info(String line);

        /** A debug line, only when the capture was installed for debug lines. */
        void debug(String line);
    }

    /** Held strongly: java.util.logging keeps loggers only weakly, and would drop the configuration. */
    private final Logger runtime = Logger.getLogger(Migrator.class.getName());

    private final boolean parentHandlersBefore;
    private final Level runtimeLevelBefore;
    /** Each silenced logger with its level before (null: inherited), held strongly as the runtime's. */
    private final Map<Logger, Level> silencedLevelsBefore = new LinkedHashMap<>();

    private final Handler handler;

    private MigratorLogCapture(Sink sink, boolean debug, UnaryOperator<String> scrub, List<String> silence) {
        parentHandlersBefore = runtime.getUseParentHandlers();
        runtimeLevelBefore = runtime.getLevel();
        SimpleFormatter formatter = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String line = scrub.apply(formatter.formatMessage(record));
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    sink.warning(line);
                } else if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    sink.info(line);
                } else {
                    sink.debug(line);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = debug ? Level.FINE : Level.INFO;
        handler.setLevel(level);
        runtime.setLevel(level);
        runtime.setUseParentHandlers(false);
        runtime.addHandler(handler);
        for (String name : silence) {
            Logger logger = Logger.getLogger(name);
            silencedLevelsBefore.put(logger, logger.getLevel());
            logger.setLevel(Level.OFF);
        }
    }

    /**
     * Starts showing the runtime's log lines; close to restore the logging configuration.
     *
     * @param sink where each line goes
     * @param debug whether debug lines are shown too
     * @param scrub takes the connection's password out of each line, should one hold it
     * @param silence loggers to silence meanwhile, such as the JDBC driver's when the tool reports
     *     every failure itself
     */
    public static MigratorLogCapture install(Sink sink, boolean debug, UnaryOperator<String> scrub, String... silence) {
        return new MigratorLogCapture(
                Objects.requireNonNull(sink, "sink"), debug, Objects.requireNonNull(scrub, "scrub"), List.of(silence));
    }

    @Override
    public void close() {
        runtime.removeHandler(handler);
        runtime.setUseParentHandlers(parentHandlersBefore);
        runtime.setLevel(runtimeLevelBefore);
        silencedLevelsBefore.forEach(Logger::setLevel);
    }
}
