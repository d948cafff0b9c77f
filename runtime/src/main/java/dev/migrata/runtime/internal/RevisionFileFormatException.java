package dev.migrata.runtime.internal;

/** A revision file that cannot be read back: hand-edited, truncated or merged badly. */
public final class RevisionFileFormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int line;

    /**
     * A file that could not be read.
     *
     * @param reason what is wrong, in words a user can act on
     * @param line the 1-based line at fault, or 0 when unknown
     */
    public RevisionFileFormatException(String reason, int line) {
        super(reason);
        this.line = line;
    }

    /** The 1-based line at fault, or 0 when unknown. */
    public int line() {
        return line;
    }
}
