package dev.migrata.testing;

/**
 * What a client program such as {@code psql} or {@code pg_dump} returned.
 *
 * @param exitCode the process exit code; 0 means success
 * @param stdout everything the program wrote to standard output
 * @param stderr everything the program wrote to standard error
 */
public record CommandResult(int exitCode, String stdout, String stderr) {

    /** Whether the program exited with code 0. */
    public boolean succeeded() {
        return exitCode == 0;
    }

    /**
     * Returns this result when the program succeeded.
     *
     * @throws AssertionError with the exit code and standard error otherwise, so a failing test
     *     shows the server's message
     */
    public CommandResult orFail() {
        if (!succeeded()) {
            throw new AssertionError("exit code " + exitCode + ":\n" + stderr);
        }
        return this;
    }
}
