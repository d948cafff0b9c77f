package dev.migrata.runtime.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrata.runtime.Migrator;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The spellings of the lock settings that the CLI's options and the Maven plugin's properties share. */
class LockSettingTextTest {

    @Test
    void lockTimeoutsInEverySpelling() {
        assertEquals(Duration.ofSeconds(30), LockSettingText.lockTimeout("30s"));
        assertEquals(Duration.ofSeconds(45), LockSettingText.lockTimeout(" 45 "));
        assertEquals(Duration.ofMinutes(2), LockSettingText.lockTimeout("2m"));
        assertEquals(Duration.ofHours(1), LockSettingText.lockTimeout("1H"));
        assertEquals(Duration.ofMillis(500), LockSettingText.lockTimeout("500ms"));
        assertEquals(Duration.ofMinutes(10), LockSettingText.lockTimeout("pt10m"));
        assertEquals(Duration.ZERO, LockSettingText.lockTimeout("0"));
    }

    @Test
    void malformedAndNegativeDurationsNameTheAcceptedForms() {
        for (String bad : new String[] {"soon", "-5s", "PT-1S", "5 s", ""}) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> LockSettingText.lockTimeout(bad));
            assertEquals("'" + bad + "' is not a duration: use 30s, 10m, 1h, 500ms or PT10M", refused.getMessage());
        }
    }

    @Test
    void lockTimeoutsLongerThanPostgresqlCanWaitAreRefused() {
        assertEquals(Migrator.MAX_LOCK_TIMEOUT, LockSettingText.lockTimeout("2147483647ms"));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> LockSettingText.lockTimeout("597h"));
        assertEquals(
                "'597h' is too long: a lock timeout is at most 596h (2147483647 ms, PostgreSQL's largest lock_timeout)",
                refused.getMessage());
    }

    @Test
    void aDdlLockTimeoutMustBePositive() {
        assertEquals(Duration.ofSeconds(5), LockSettingText.ddlLockTimeout("5s"));
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> LockSettingText.ddlLockTimeout("0ms"));
        assertEquals(
                "'0ms' is no time: a DDL lock timeout must be positive, e.g. 500ms, 5s or 1m", refused.getMessage());
    }

    @Test
    void ddlLockRetriesAreAWholeNumberFromZero() {
        assertEquals(0, LockSettingText.ddlLockRetries("0"));
        assertEquals(7, LockSettingText.ddlLockRetries(" 7"));
        for (String bad : new String[] {"-1", "many", "2.5"}) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> LockSettingText.ddlLockRetries(bad));
            assertEquals("'" + bad + "' is not a number of retries: use 0 or more, e.g. 5", refused.getMessage());
        }
    }
}
