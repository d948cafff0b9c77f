package dev.migrata.maven;

import dev.migrata.runtime.MigratorBuilder;
import dev.migrata.runtime.internal.LockSettingText;
import java.util.function.Function;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The lock settings of the goals that migrate, as the POM or {@code -D} properties write them, in the
 * CLI's syntax ({@code 5s}, {@code 500ms}, {@code 2m}, {@code PT10M}; parsed by {@link
 * LockSettingText}, which the CLI uses too). Each value may be {@code null}: the runtime's default.
 *
 * @param lockTimeout {@code <lockTimeout>} / {@code -Dmigrata.lockTimeout}
 * @param ddlLockTimeout {@code <ddlLockTimeout>} / {@code -Dmigrata.ddlLockTimeout}
 * @param ddlLockRetries {@code <ddlLockRetries>} / {@code -Dmigrata.ddlLockRetries}
 * @param allowUnknownRevisions {@code <allowUnknownRevisions>} / {@code -Dmigrata.allowUnknownRevisions}
 */
record LockSettings(String lockTimeout, String ddlLockTimeout, String ddlLockRetries, boolean allowUnknownRevisions) {

    /**
     * Sets what is given on {@code builder}.
     *
     * @throws MojoFailureException when a value is malformed, naming the parameter, its property and
     *     the accepted forms
     */
    MigratorBuilder applyTo(MigratorBuilder builder) throws MojoFailureException {
        if (present(lockTimeout)) {
            builder.lockTimeout(parse("lockTimeout", lockTimeout, LockSettingText::lockTimeout));
        }
        if (present(ddlLockTimeout)) {
            builder.ddlLockTimeout(parse("ddlLockTimeout", ddlLockTimeout, LockSettingText::ddlLockTimeout));
        }
        if (present(ddlLockRetries)) {
            builder.ddlLockRetries(parse("ddlLockRetries", ddlLockRetries, LockSettingText::ddlLockRetries));
        }
        return builder.allowUnknownRevisions(allowUnknownRevisions);
    }

    private static <T> T parse(String parameter, String value, Function<String, T> parser) throws MojoFailureException {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(
                    "Invalid <" + parameter + "> (-Dmigrata." + parameter + "): " + e.getMessage());
        }
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
