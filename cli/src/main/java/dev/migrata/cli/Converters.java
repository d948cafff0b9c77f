package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.internal.LockSettingText;
import java.time.Duration;
import java.util.function.Supplier;
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
     * ISO-8601 ({@code PT10M}); at most {@link dev.migrata.runtime.Migrator#MAX_LOCK_TIMEOUT}.
     */
    static final class Timeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return converted(() -> LockSettingText.lockTimeout(value));
        }
    }

    /** {@code --ddl-lock-timeout}: a {@link Timeout} that is not zero, since each attempt must wait a little. */
    static final class DdlTimeout implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            return converted(() -> LockSettingText.ddlLockTimeout(value));
        }
    }

    /** {@code --ddl-lock-retries}: a whole number, 0 or more. */
    static final class Retries implements ITypeConverter<Integer> {
        @Override
        public Integer convert(String value) {
            return converted(() -> LockSettingText.ddlLockRetries(value));
        }
    }

    /** The parser's refusal as picocli's, so that it is a usage error with the parser's message. */
    private static <T> T converted(Supplier<T> parse) {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
