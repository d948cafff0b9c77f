package dev.migrata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrata.runtime.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

/** The lock settings in the CLI's syntax; a malformed one fails the build naming its parameter. */
class LockSettingsTest {

    @Test
    void valuesInTheClisSyntaxAreAccepted() throws MojoFailureException {
        for (LockSettings settings : new LockSettings[] {
            new LockSettings("2m", "500ms", "3", true),
            new LockSettings("PT10M", "5s", "0", false),
            new LockSettings(null, " ", null, false)
        }) {
            assertNotNull(settings.applyTo(Migrator.builder()), settings.toString());
        }
    }

    @Test
    void aMalformedLockTimeoutNamesItsParameterAndTheAcceptedForms() {
        assertRefused(
                new LockSettings("soon", null, null, false),
                "Invalid <lockTimeout> (-Dmigrata.lockTimeout): 'soon' is not a duration: use 30s, 10m, 1h, 500ms"
                        + " or PT10M");
    }

    @Test
    void aZeroDdlLockTimeoutIsRefused() {
        assertRefused(
                new LockSettings(null, "0s", null, false),
                "Invalid <ddlLockTimeout> (-Dmigrata.ddlLockTimeout): '0s' is no time: a DDL lock timeout must be"
                        + " positive, e.g. 500ms, 5s or 1m");
    }

    @Test
    void negativeRetriesAreRefused() {
        assertRefused(
                new LockSettings(null, null, "-1", false),
                "Invalid <ddlLockRetries> (-Dmigrata.ddlLockRetries): '-1' is not a number of retries: use 0 or more,"
                        + " e.g. 5");
    }

    @Test
    void aLockTimeoutLongerThanPostgresqlCanWaitIsRefused() {
        assertRefused(
                new LockSettings("600h", null, null, false),
                "Invalid <lockTimeout> (-Dmigrata.lockTimeout): '600h' is too long: a lock timeout is at most 596h"
                        + " (2147483647 ms, PostgreSQL's largest lock_timeout)");
    }

    private static void assertRefused(LockSettings settings, String message) {
        MojoFailureException refused =
                assertThrows(MojoFailureException.class, () -> settings.applyTo(Migrator.builder()));
        assertEquals(message, refused.getMessage());
    }
}
