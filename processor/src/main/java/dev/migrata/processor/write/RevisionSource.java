package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import dev.migrata.processor.files.RevisionStep;
import java.util.List;
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
 * @param upgrade the upgrade steps in the order they run, the Java step at its place
 * @param downgrade the downgrade steps in the order they run, the Java step at its place
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
        List<RevisionStep> upgrade,
        List<RevisionStep> downgrade,
        boolean dataMigration,
        Element origin) {

    /** Copies the lists. */
    public RevisionSource {
        message = message == null ? "" : message;
        upgrade = List.copyOf(upgrade);
        downgrade = List.copyOf(downgrade);
    }

    /** The generated class: {@code <RevisionClass>Migration}. */
    public ClassName migrationClass() {
        return JavaNames.generatedBeside(revisionClass, "Migration");
    }
}
