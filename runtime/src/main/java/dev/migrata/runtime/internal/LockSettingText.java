package dev.migrata.runtime.internal;

import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.MigratorBuilder;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The textual forms of the lock settings of {@link MigratorBuilder}, as a command line, a build
 * property or a configuration file writes them: one parser, so that {@code --lock-timeout 5s} and
 * {@code -Dmigrata.lockTimeout=5s} accept and refuse the same values with the same words.
 *
 * <p>A duration is {@code 30s}, {@code 10m}, {@code 1h}, {@code 500ms}, plain seconds ({@code 45}),
 * or ISO-8601 ({@code PT10M}); case does not matter.
 *
 * <p>Not API: public so that Migrata's own tools (the CLI, the Maven plugin) read these settings by
 * one rule.
 */
public final class LockSettingText {

    private static final Pattern SIMPLE = Pattern.compile("(\\d+)(ms|s|m|h)?");

    private LockSettingText() {}

    /**
     * A lock timeout ({@link MigratorBuilder#lockTimeout}): a duration from zero to {@link
     * Migrator#MAX_LOCK_TIMEOUT}.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static Duration lockTimeout(String text) {
        Duration duration;
        try {
            duration = duration(text);
        } catch (ArithmeticException | NumberFormatException e) {
            // More digits than a long holds, or more seconds than a Duration holds.
            duration = null;
        }
        if (duration == null || duration.compareTo(Migrator.MAX_LOCK_TIMEOUT) > 0) {
            throw new IllegalArgumentException("'" + text + "' is too long: a lock timeout is at most "
                    + Migrator.MAX_LOCK_TIMEOUT.toHours() + "h (" + Migrator.MAX_LOCK_TIMEOUT.toMillis()
                    + " ms, PostgreSQL's largest lock_timeout)");
        }
        return duration;
    }

    /**
     * A DDL lock timeout ({@link MigratorBuilder#ddlLockTimeout}): a {@link #lockTimeout} that is not
     * zero, since each attempt must wait a little.
     *
     * @throws IllegalArgumentException naming the value and the accepted forms
     */
    public static Duration ddlLockTimeout(String text) {
        Duration duration = lockTimeout(text);
        if (duration.isZero()) {
            throw new IllegalArgumentException(
                    "'" + text + "' is no time: a DDL lock timeout must be positive, e.g. 500ms, 5s or 1m");
        }
        return duration;
    }

    /**
     * A number of DDL lock retries ({@link MigratorBuilder#ddlLockRetries}): a whole number, 0 or more.
     *
     * @throws IllegalArgumentException naming the value
     */
    public static int ddlLockRetries(String text) {
        try {
            int retries = Integer.parseInt(text.trim());
            if (retries >= 0) {
                return retries;
            }
        } catch (NumberFormatException e) {
            // Reported below.
        }
        throw new IllegalArgumentException("'" + text + "' is not a number of retries: use 0 or more, e.g. 5");
    }

    private static Duration duration(String text) {
        Matcher matcher = SIMPLE.matcher(text.trim().toLowerCase(Locale.ROOT));
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
            Duration duration = Duration.parse(text.trim().toUpperCase(Locale.ROOT));
            if (!duration.isNegative()) {
                return duration;
            }
        } catch (DateTimeParseException e) {
            // Reported below with the accepted forms.
        }
        throw new IllegalArgumentException("'" + text + "' is not a duration: use 30s, 10m, 1h, 500ms or PT10M");
    }
}
