package dev.migrata.processor.read;

import java.util.List;

/**
 * A schema's chain, root first.
 *
 * @param schemaName the schema's name
 * @param revisions the revisions, root first
 * @param files the files of the schema's revisions, as far as they are known
 */
public record ChainView(String schemaName, List<RevisionRead> revisions, RevisionFileState.Lookup files) {

    /** Copies the list. */
    public ChainView {
        revisions = List.copyOf(revisions);
        files = files == null ? RevisionFileState.Lookup.NONE : files;
    }

    /** A chain whose revision files are not known. */
    public ChainView(String schemaName, List<RevisionRead> revisions) {
        this(schemaName, revisions, RevisionFileState.Lookup.NONE);
    }

    /** The same chain, with its revision files. */
    public ChainView withFiles(RevisionFileState.Lookup files) {
        return new ChainView(schemaName, revisions, files);
    }
}
