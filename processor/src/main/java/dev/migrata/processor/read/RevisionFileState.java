package dev.migrata.processor.read;

/**
 * What the chain checks know of one revision's files, found before any of them is read: a fork is
 * resolved by moving the revision that is not yet part of the shared history, and its files tell
 * which one that is.
 *
 * @param sqlFile the path of its {@code .sql} file, or {@code null} when the folder is unknown
 * @param snapshotFile the path of its {@code .schema.json} file, or {@code null} when the folder is
 *     unknown
 * @param exists whether either file exists
 * @param lastModified when the newer of its files was last written (milliseconds since the epoch), 0
 *     when none exists
 */
public record RevisionFileState(String sqlFile, String snapshotFile, boolean exists, long lastModified) {

    /** The state of a revision whose migrations folder is not known: no files are seen. */
    public static final RevisionFileState UNKNOWN = new RevisionFileState(null, null, false, 0);

    /** Looks up the files of a schema's revisions by revision id. */
    @FunctionalInterface
    public interface Lookup {

        /** A lookup for a schema whose migrations folder is unknown. */
        Lookup NONE = id -> UNKNOWN;

        /** The state of the files of revision {@code revisionId}. */
        RevisionFileState of(String revisionId);
    }
}
