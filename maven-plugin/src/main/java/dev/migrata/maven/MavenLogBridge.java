package dev.migrata.maven;

import dev.migrata.runtime.Migrator;
import java.util.function.UnaryOperator;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows what the {@link Migrator} logs while a goal runs in Maven's log: progress lines ({@code
 * Running upgrade A -> B, message (12 ms)}) as {@code [INFO]}, warnings as {@code [WARNING]}, debug
 * lines with {@code -X}. The runtime logs through {@code System.Logger}, which the JDK backs with
 * {@code java.util.logging}; the JDBC driver's own records are silenced while the goal runs, since
 * the goal reports every failure itself, masked.
 */
final class MavenLogBridge implements AutoCloseable {

    /** Held strongly: java.util.logging keeps loggers only weakly, and would drop the configuration. */
    private final Logger runtime = Logger.getLogger(Migrator.class.getName());

    private final Logger driver = Logger.getLogger("org.postgresql");
    private final boolean parentHandlersBefore;
    private final Level runtimeLevelBefore;
    private final Level driverLevelBefore;
    private final Handler handler;

    private MavenLogBridge(Log log, UnaryOperator<String> scrub) {
        parentHandlersBefore = runtime.getUseParentHandlers();
        runtimeLevelBefore = runtime.getLevel();
        driverLevelBefore = driver.getLevel();
        SimpleFormatter formatter = new SimpleFormatter();
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String line = scrub.apply(formatter.formatMessage(record));
                if (record.getLevel().intValue() >= Level.WARNING.intValue()) {
                    log.warn(line);
                } else if (record.getLevel().intValue() >= Level.INFO.intValue()) {
                    log.info(line);
                } else {
                    log.debug(line);
                }
            }

            @Override
            public void flush() {}

            @Override
            public void close() {}
        };
        Level level = log.isDebugEnabled() ? Level.FINE : Level.INFO;
        handler.setLevel(level);
        runtime.setLevel(level);
        runtime.setUseParentHandlers(false);
        runtime.addHandler(handler);
        driver.setLevel(Level.OFF);
    }

    /**
     * Starts forwarding; close to restore the logging configuration.
     *
     * @param scrub takes the connection's password out of each line, should one hold it
     */
    static MavenLogBridge install(Log log, UnaryOperator<String> scrub) {
        return new MavenLogBridge(log, scrub);
    }

    @Override
    public void close() {
        runtime.removeHandler(handler);
        runtime.setUseParentHandlers(parentHandlersBefore);
        runtime.setLevel(runtimeLevelBefore);
        driver.setLevel(driverLevelBefore);
    }
}
