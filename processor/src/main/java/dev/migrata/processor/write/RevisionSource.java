package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import javax.lang.model.element.Element;

/**
 * One revision as the writers need it: read from its frozen file or just generated, with its
 * checksums computed.
 *
 * @param revisionClass the {@code @Revision} class
 * @param id the revision id
 * @param parentId the parent's id, or {@code null} for the root
 * @param message the message
 * @param checksum {@code sha256:} over the statements
 * @param chainChecksum {@code sha256:} over the parent's chain checksum and {@code checksum}
 * @param sqlFile the text of its {@code <id>.sql} file, exactly as it is on disk: copied onto the
 *     class path unchanged, and what the runtime reads the revision's steps from
 * @param dataMigration whether the revision class implements {@code DataMigration}
 * @param origin the {@code @Revision} class element (originating element), or {@code null} in tests
 */
public record RevisionSource(
        ClassName revisionClass,
        String id,
        String parentId,
        String message,
        String checksum,
        String chainChecksum,
        String sqlFile,
        boolean dataMigration,
        Element origin) {

    /** Normalizes the message. */
    public RevisionSource {
        message = message == null ? "" : message;
        Objects.requireNonNull(sqlFile, "sqlFile");
    }

    /** The bytes of the {@code .sql} file, as the class path holds them. */
    public byte[] sqlBytes() {
        return sqlFile.getBytes(StandardCharsets.UTF_8);
    }
}
