package dev.migrata.processor.files;

import dev.migrata.schema.model.SchemaModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The two files of each revision in one schema's migrations folder: {@code <id>.sql} and
 * {@code <id>.schema.json}. Reads them, and writes them only when their content changes, so that
 * recompiling an unchanged project leaves every file (and its modification time) alone.
 */
public final class RevisionFiles {

    private final Path directory;

    /** The files in this folder (created on the first write). */
    public RevisionFiles(Path directory) {
        this.directory = directory.toAbsolutePath().normalize();
    }

    /** The folder. */
    public Path directory() {
        return directory;
    }

    /** {@code <id>.sql}. */
    public Path sqlFile(String revisionId) {
        return directory.resolve(revisionId + ".sql");
    }

    /** {@code <id>.schema.json}. */
    public Path snapshotFile(String revisionId) {
        return directory.resolve(revisionId + ".schema.json");
    }

    /** Which of the revision's two files exist. */
    public FilePresence presence(String revisionId) {
        return FilePresence.of(Files.isRegularFile(sqlFile(revisionId)), Files.isRegularFile(snapshotFile(revisionId)));
    }

    /**
     * When the newer of the revision's files was last written, in milliseconds since the epoch; 0 when
     * neither exists or neither can be read.
     */
    public long lastModified(String revisionId) {
        long newest = 0;
        for (Path file : List.of(sqlFile(revisionId), snapshotFile(revisionId))) {
            try {
                newest = Math.max(newest, Files.getLastModifiedTime(file).toMillis());
            } catch (IOException e) {
                // A file that is missing or unreadable says nothing about when the revision was written.
            }
        }
        return newest;
    }

    /**
     * Reads and parses a frozen revision's {@code .sql} file.
     *
     * @throws RevisionFileException when it cannot be read or parsed, naming the file
     */
    public RevisionSqlFile readSql(String revisionId) throws RevisionFileException {
        return parseSql(revisionId, readSqlText(revisionId));
    }

    /**
     * The text of a frozen revision's {@code .sql} file, exactly as it is: what is copied onto the
     * class path.
     *
     * @throws RevisionFileException when it cannot be read
     */
    public String readSqlText(String revisionId) throws RevisionFileException {
        return readText(sqlFile(revisionId));
    }

    /**
     * Parses the text of a revision's {@code .sql} file.
     *
     * @throws RevisionFileException when it cannot be parsed, naming the file and line
     */
    public RevisionSqlFile parseSql(String revisionId, String text) throws RevisionFileException {
        try {
            return RevisionSqlFile.parse(text);
        } catch (MalformedRevisionFileException e) {
            throw new RevisionFileException(sqlFile(revisionId), e.line(), e.getMessage(), e);
        }
    }

    /**
     * The text of a frozen revision's {@code .schema.json}, unparsed: most snapshots of a long
     * history only need their checksum verified, which the text gives without building the model.
     *
     * @throws RevisionFileException when it cannot be read
     */
    public String readSnapshotText(String revisionId) throws RevisionFileException {
        return readText(snapshotFile(revisionId));
    }

    /**
     * Parses the text of a revision's {@code .schema.json}.
     *
     * @throws RevisionFileException when it is not a snapshot (or one in a newer format), naming the
     *     file and position
     */
    public Snapshot parseSnapshot(String revisionId, String text) throws RevisionFileException {
        try {
            return SnapshotJson.readSnapshot(text);
        } catch (MalformedRevisionFileException e) {
            throw new RevisionFileException(snapshotFile(revisionId), e.line(), e.getMessage(), e);
        }
    }

    /**
     * Parses the text of a revision's {@code .schema.json} for its model alone: for a file whose
     * checksum is already known, without rendering its canonical text again.
     *
     * @throws RevisionFileException as {@link #parseSnapshot}
     */
    public SchemaModel parseSnapshotModel(String revisionId, String text) throws RevisionFileException {
        try {
            return SnapshotJson.read(text);
        } catch (MalformedRevisionFileException e) {
            throw new RevisionFileException(snapshotFile(revisionId), e.line(), e.getMessage(), e);
        }
    }

    /**
     * Writes the file unless it already holds exactly this text.
     *
     * @return whether the file was written
     * @throws RevisionFileException when it cannot be written
     */
    public boolean writeIfChanged(Path file, String text) throws RevisionFileException {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        try {
            if (Files.isRegularFile(file) && java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
                return false;
            }
            Files.createDirectories(file.getParent());
            // Write beside the target and move it in place, so an interrupted build never leaves
            // half a revision file behind to be frozen.
            // A plain sibling rather than Files.createTempFile, whose owner-only permissions the
            // committed file would keep.
            Path temporary = file.resolveSibling("." + file.getFileName() + ".tmp");
            try {
                Files.write(temporary, bytes);
                moveInPlace(temporary, file);
            } finally {
                Files.deleteIfExists(temporary);
            }
            return true;
        } catch (IOException e) {
            throw new RevisionFileException(file, 0, "cannot be written: " + e, e);
        }
    }

    private static void moveInPlace(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static String readText(Path file) throws RevisionFileException {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new RevisionFileException(file, 0, "cannot be read: " + e, e);
        }
    }
}
