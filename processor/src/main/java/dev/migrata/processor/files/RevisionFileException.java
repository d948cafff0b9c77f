package dev.migrata.processor.files;

import java.nio.file.Path;

/** A revision file that cannot be read, parsed or written; names the file and, when known, the line. */
public final class RevisionFileException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final int line;

    /**
     * A failure on one file.
     *
     * @param file the file
     * @param line the 1-based line at fault, or 0
     * @param reason what is wrong
     * @param cause the underlying failure
     */
    public RevisionFileException(Path file, int line, String reason, Throwable cause) {
        super(reason, cause);
        this.file = file;
        this.line = line;
    }

    /** The file. */
    public Path file() {
        return file;
    }

    /** {@code path} or {@code path:line}, the way compilers print a position. */
    public String location() {
        return line > 0 ? file + ":" + line : file.toString();
    }
}
