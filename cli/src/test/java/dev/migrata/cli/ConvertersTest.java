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
    void durations() {
        assertEquals(Duration.ofSeconds(30), timeout.convert("30s"));
        assertEquals(Duration.ofSeconds(45), timeout.convert("45"));
        assertEquals(Duration.ofMinutes(10), timeout.convert("10m"));
        assertEquals(Duration.ofHours(1), timeout.convert("1H"));
        assertEquals(Duration.ofMillis(500), timeout.convert("500ms"));
        assertEquals(Duration.ofMinutes(10), timeout.convert("PT10M"));
        assertEquals(Duration.ZERO, timeout.convert("0"));
        assertThrows(TypeConversionException.class, () -> timeout.convert("-5s"));
        assertThrows(TypeConversionException.class, () -> timeout.convert("PT-1S"));
        assertThrows(TypeConversionException.class, () -> timeout.convert("soon"));
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
