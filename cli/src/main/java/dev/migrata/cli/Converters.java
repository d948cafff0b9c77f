package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.Migrator;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Option converters: a malformed value is a usage error (exit 2), reported before anything connects. */
final class Converters {

    private Converters() {}

    /** {@code --url}: must be one of the PostgreSQL spellings the runtime accepts. */
    static final class Url implements ITypeConverter<String> {
        @Override
        public String convert(String value) {
            try {
                DatabaseUrl.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
            return value;
        }
    }

    /**
     * {@code --lock-timeout}: {@code 30s}, {@code 10m}, {@code 1h}, {@code 500ms}, plain seconds, or
     * ISO-8601 ({@code PT10M}); at most {@link Migrator#MAX_LOCK_TIMEOUT}.
     */
    static final class Timeout implements ITypeConverter<Duration> {
        private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)?");

        @Override
        public Duration convert(String value) {
            Duration duration;
            try {
                duration = parse(value);
            } catch (ArithmeticException | NumberFormatException e) {
                // More digits than a long holds, or more seconds than a Duration holds.
                duration = null;
            }
            if (duration == null || duration.compareTo(Migrator.MAX_LOCK_TIMEOUT) > 0) {
                throw new TypeConversionException("'" + value + "' is too long: a lock timeout is at most "
                        + Migrator.MAX_LOCK_TIMEOUT.toHours() + "h (" + Migrator.MAX_LOCK_TIMEOUT.toMillis()
                        + " ms, PostgreSQL's largest lock_timeout)");
            }
            return duration;
        }

        private static Duration parse(String value) {
            String text = value.trim().toLowerCase(Locale.ROOT);
            Matcher matcher = SIMPLE.matcher(text);
            if (matcher.matches()) {
                long amount = Long.parseLong(matcher.group(1));
                String unit = matcher.group(2) == null ? "s" : matcher.group(2);
                switch (unit) {
                    case "ms":
                        return Duration.ofMillis(amount);
                    case "m":
                        return Duration.ofMinutes(amount);
                    case "h":
                        return Duration.ofHours(amount);
                    default:
                        return Duration.ofSeconds(amount);
                }
            }
            try {
                Duration duration = Duration.parse(value.trim().toUpperCase(Locale.ROOT));
                if (!duration.isNegative()) {
                    return duration;
                }
            } catch (DateTimeParseException e) {
                // Reported below with the accepted forms.
            }
            throw new TypeConversionException("'" + value + "' is not a duration: use 30s, 10m, 1h, 500ms or PT10M");
        }
    }

    /** {@code --ddl-lock-timeout}: a {@link Timeout} that is not zero, since each attempt must wait a little. */
    static final class DdlTimeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            Duration duration = new Timeout().convert(value);
            if (duration.isZero()) {
                throw new TypeConversionException(
                        "'" + value + "' is no time: a DDL lock timeout must be positive," + " e.g. 500ms, 5s or 1m");
            }
            return duration;
        }
    }

    /** {@code --ddl-lock-retries}: a whole number, 0 or more. */
    static final class Retries implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            try {
                int retries = Integer.parseInt(value.trim());
                if (retries >= 0) {
                    return retries;
                }
            } catch (NumberFormatException e) {
                // Reported below.
            }
            throw new TypeConversionException(
                    "'" + value + "' is not a number of retries: use 0 or more, e.g. --ddl-lock-retries 5");
        }
    }
}
