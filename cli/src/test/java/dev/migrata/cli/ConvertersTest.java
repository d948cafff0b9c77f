package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

/** The accepted spellings of {@code --lock-timeout} and {@code --url}. */
class ConvertersTest {

    private final Converters.Timeout timeout = new Converters.Timeout();

    @Test
    void durationsAreTheRuntimesLockSettingTextWithItsRefusalsAsUsageErrors() {
        // The spellings themselves are LockSettingTextTest's; here: picocli gets the value or a usage error.
        assertEquals(Duration.ofMillis(500), timeout.convert("500ms"));
        assertEquals(Duration.ofSeconds(5), new Converters.DdlTimeout().convert("5s"));
        assertEquals(3, new Converters.Retries().convert("3"));
        TypeConversionException refused = assertThrows(TypeConversionException.class, () -> timeout.convert("soon"));
        assertEquals("'soon' is not a duration: use 30s, 10m, 1h, 500ms or PT10M", refused.getMessage());
        assertThrows(TypeConversionException.class, () -> new Converters.DdlTimeout().convert("0"));
        assertThrows(TypeConversionException.class, () -> new Converters.Retries().convert("-1"));
    }

    @Test
    void durationsLongerThanPostgresqlCanWaitAreRefused() {
        assertEquals(Duration.ofMillis(Integer.MAX_VALUE), timeout.convert("2147483647ms"));
        assertEquals(Duration.ofHours(596), timeout.convert("596h"));
        for (String tooLong : new String[] {"3000000h", "2147483648ms", "597h", "99999999999999999999s", "PT600H"}) {
            TypeConversionException refused =
                    assertThrows(TypeConversionException.class, () -> timeout.convert(tooLong));
            assertEquals(
                    "'" + tooLong + "' is too long: a lock timeout is at most 596h (2147483647 ms, PostgreSQL's largest"
                            + " lock_timeout)",
                    refused.getMessage());
        }
    }

    @Test
    void urls() {
        Converters.Url url = new Converters.Url();
        for (String accepted : new String[] {
            "jdbc:postgresql://h/db",
            "postgresql://u:p@h:5433/db",
            "postgres://h/db",
            "postgresql+asyncpg://u@h/db?ssl=require"
        }) {
            assertEquals(accepted, url.convert(accepted));
        }
        TypeConversionException rejected =
                assertThrows(TypeConversionException.class, () -> url.convert("mysql://u:pw@h/db"));
        assertEquals(
                "Not a PostgreSQL URL: mysql://h/db (user u) (expected jdbc:postgresql://, postgresql://, postgres:// or"
                        + " postgresql+asyncpg://)",
                rejected.getMessage());
        TypeConversionException noDatabase =
                assertThrows(TypeConversionException.class, () -> url.convert("postgresql://u:p/w@h:5432/"));
        assertEquals(
                "The URL postgresql://h:5432/ (user u) names no database: add /<database>, e.g. postgresql://h:5432/app",
                noDatabase.getMessage());
    }
}
