package dev.migrata.maven;

import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.MigratorLogCapture;
import java.util.function.UnaryOperator;
import org.apache.maven.plugin.logging.Log;

/**
 * Shows what the {@link Migrator} logs while a goal runs in Maven's log: progress lines ({@code
 * Running upgrade A -> B, message (12 ms)}) as {@code [INFO]}, warnings as {@code [WARNING]}, debug
 * lines with {@code -X}. The JDBC driver's own records are silenced while the goal runs, since the
 * goal reports every failure itself, masked.
 */
final class MavenLogBridge {

    private MavenLogBridge() {}

    /**
     * Starts forwarding; close to restore the logging configuration.
     *
     * @param scrub takes the connection's password out of each line, should one hold it
     */
    static MigratorLogCapture install(Log log, UnaryOperator<String> scrub) {
        return MigratorLogCapture.install(
                new MigratorLogCapture.Sink() {
                    @Override
                    public void warning(String line) {
                        log.warn(line);
                    }

                    @Override
                    public void info(String line) {
                        log.info(line);
                    }

                    @Override
                    public void debug(String line) {
                        log.debug(line);
                    }
                },
                log.isDebugEnabled(),
                scrub,
                "org.postgresql");
    }
}
