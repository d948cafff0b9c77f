package dev.migrata.cli;

/**
 * A refusal of the command line itself (no database URL, no chain on the class path, an unknown
 * revision for {@code show}): reported as one line on standard error with exit code 1, like the
 * runtime's own refusals.
 */
final class CliFailure extends RuntimeException {

    private static final long serialVersionUID = 1L;

    CliFailure(String message) {
        super(message);
    }

    CliFailure(String message, Throwable cause) {
        super(message, cause);
    }
}
