package dev.migrata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.Migrator;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/** The runtime's log lines reach a tool's sink by level, scrubbed, and the configuration comes back. */
class MigratorLogCaptureTest {

    private final System.Logger migratorLog = System.getLogger(Migrator.class.getName());
    private final Logger runtime = Logger.getLogger(Migrator.class.getName());
    private final Logger driver = Logger.getLogger("org.postgresql");
    private final List<String> lines = new ArrayList<>();

    private final MigratorLogCapture.Sink sink = new MigratorLogCapture.Sink() {
        @Override
        public void warning(String line) {
            lines.add("warning " + line);
        }

        @Override
        public void info(String line) {
            lines.add("info " + line);
        }

        @Override
        public void debug(String line) {
            lines.add("debug " + line);
        }
    };

    @Test
    void routesEachLineByLevelScrubbedAndRestoresTheConfiguration() {
        boolean parentHandlers = runtime.getUseParentHandlers();
        Level runtimeLevel = runtime.getLevel();
        Level driverLevel = driver.getLevel();
        try (MigratorLogCapture capture =
                MigratorLogCapture.install(sink, false, line -> line.replace("s3cret", "***"), "org.postgresql")) {
            migratorLog.log(System.Logger.Level.INFO, "Running upgrade base -> 001_x, x (3 ms)");
            migratorLog.log(System.Logger.Level.WARNING, "password s3cret in a message");
            migratorLog.log(System.Logger.Level.DEBUG, "not shown without debug");
            assertFalse(runtime.getUseParentHandlers());
            assertFalse(driver.isLoggable(Level.SEVERE));
        }
        assertEquals(
                List.of("info Running upgrade base -> 001_x, x (3 ms)", "warning password *** in a message"), lines);
        assertEquals(parentHandlers, runtime.getUseParentHandlers());
        assertEquals(runtimeLevel, runtime.getLevel());
        assertEquals(driverLevel, driver.getLevel());

        migratorLog.log(System.Logger.Level.WARNING, "after close");
        assertEquals(2, lines.size());
    }

    @Test
    void showsDebugLinesWhenAskedFor() {
        try (MigratorLogCapture capture = MigratorLogCapture.install(sink, true, line -> line)) {
            migratorLog.log(System.Logger.Level.DEBUG, "database is up to date");
            assertTrue(runtime.isLoggable(Level.FINE));
        }
        assertEquals(List.of("debug database is up to date"), lines);
    }
}
