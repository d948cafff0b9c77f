package dev.migrata.cli;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What the command line reads from the process besides its arguments: the environment (for
 * {@code DATABASE_URL}) and the working directory (for {@code migrata.properties}). Passed in rather
 * than read from {@link System} so that tests can run the CLI in-process with their own values.
 *
 * @param environment the environment variables
 * @param workingDirectory the directory {@code migrata.properties} is looked up in
 */
public record CliContext(Map<String, String> environment, Path workingDirectory) {

    /** Copies the environment. */
    public CliContext {
        environment = Map.copyOf(Objects.requireNonNull(environment, "environment"));
        Objects.requireNonNull(workingDirectory, "workingDirectory");
    }

    /** The real process environment and working directory. */
    public static CliContext ofProcess() {
        return new CliContext(System.getenv(), Path.of("").toAbsolutePath());
    }
}
