package dev.migrata.runtime;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A revision whose identity — id, parent, message, checksums — is known up front and whose
 * generated class, with its statements, is created only when they are first needed. Generated
 * chain classes list their revisions as these, so that loading a chain of 1,000 revisions loads one
 * class rather than 1,000, and the up-to-date check at startup touches none of them.
 *
 * <p>The class it creates must agree on every value given here; a disagreement means the chain and
 * its revision classes were not generated together, and is refused when the class is created.
 *
 * @deprecated Chains compiled by this version of the processor hold no class per revision: their
 *     revisions are read from their {@code .sql} files on the class path. Kept so that a chain
 *     compiled by an earlier version still runs; recompiling it with this processor replaces it,
 *     with the same revision files and checksums.
 */
@Deprecated(since = "0.1.0")
public final class DeferredMigration implements Migration {

    private final String id;
    private final Optional<String> parentId;
    private final String message;
    private final String checksum;
    private final String chainChecksum;
    private final IntFunction<Migration> classes;
    private final int position;
    // Created at most once in practice; a race creates two equal instances and keeps one.
    private volatile Migration loaded;

    /**
     * A revision of a generated chain.
     *
     * @param id the revision id
     * @param parentId the parent's id, or {@code null} for the root
     * @param message the revision's message
     * @param checksum the checksum of its statements
     * @param chainChecksum the checksum of the chain up to it
     * @param classes creates the generated class of the revision at a position of the chain
     * @param position this revision's position in the chain, from 0
     */
    public DeferredMigration(
            String id,
            String parentId,
            String message,
            String checksum,
            String chainChecksum,
            IntFunction<Migration> classes,
            int position) {
        this.id = Objects.requireNonNull(id, "id");
        this.parentId = Optional.ofNullable(parentId);
        this.message = Objects.requireNonNull(message, "message");
        this.checksum = Objects.requireNonNull(checksum, "checksum");
        this.chainChecksum = Objects.requireNonNull(chainChecksum, "chainChecksum");
        this.classes = Objects.requireNonNull(classes, "classes");
        this.position = position;
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<String> parentId() {
        return parentId;
    }

    @Override
    public String message() {
        return message;
    }

    @Override
    public String checksum() {
        return checksum;
    }

    @Override
    public String chainChecksum() {
        return chainChecksum;
    }

    @Override
    public List<MigrationStep> upgradeSteps() {
        return revision().upgradeSteps();
    }

    @Override
    public List<MigrationStep> downgradeSteps() {
        return revision().downgradeSteps();
    }

    @Override
    public Optional<DataMigration> dataMigration() {
        return revision().dataMigration();
    }

    /** The generated class's instance, created on first use and checked against this identity. */
    private Migration revision() {
        Migration revision = loaded;
        if (revision == null) {
            revision = classes.apply(position);
            if (!revision.id().equals(id)
                    || !revision.checksum().equals(checksum)
                    || !revision.chainChecksum().equals(chainChecksum)
                    || !revision.parentId().equals(parentId)) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_CHAIN,
                        "Revision " + id + " at position " + position + " of its chain does not match its class "
                                + revision.getClass().getName() + " (" + revision.id() + ", " + revision.checksum()
                                + "): the chain and its revisions were not generated together; rebuild them.");
            }
            loaded = revision;
        }
        return revision;
    }

    @Override
    public String toString() {
        return "Revision " + id;
    }
}
