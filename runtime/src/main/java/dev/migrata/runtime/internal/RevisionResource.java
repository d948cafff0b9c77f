package dev.migrata.runtime.internal;

import dev.migrata.runtime.DataMigration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationStep;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import java.util.function.Supplier;

/**
 * A revision of a generated chain whose steps are read from its frozen {@code <id>.sql} file, which
 * the processor copies unchanged onto the class path as {@code META-INF/migrata/<schema>/<id>.sql}.
 * The chain class knows each revision's id, parent, message and checksums, so deciding whether a
 * database is up to date reads no file; the file is read, and verified, when its steps are first
 * needed.
 *
 * <p>Verification: the SHA-256 of the resource's bytes must be the one compiled into the chain, so
 * what runs is byte for byte what was reviewed, and its header must state the compiled id and
 * checksum. A missing, unreadable or different resource is refused with a {@link
 * RevisionResourceException} naming it and where it was found, before any of its steps runs.
 *
 * <p>Not API: created by generated chain classes only.
 */
public final class RevisionResource implements Migration {

    /** The folder of the class path the revision files are copied to, one sub-folder per schema. */
    public static final String FOLDER = "META-INF/migrata/";

    private final Class<?> chainClass;
    private final String id;
    private final Optional<String> parentId;
    private final String message;
    private final String checksum;
    private final String chainChecksum;
    private final String resourceDigest;
    private final String path;
    private final String dataMigrationClass;
    private final Supplier<DataMigration> dataMigration;
    // Read at most once in practice; a race reads the file twice and keeps one equal result.
    private volatile RevisionFile file;

    /**
     * A revision without a {@link DataMigration}.
     *
     * @param chainClass the generated chain class, whose class loader holds the resource
     * @param schema the schema's name: the resource's folder
     * @param id the revision id
     * @param parentId the parent's id, or {@code null} for the root
     * @param message the revision's message
     * @param checksum the checksum of its statements, as its file's header states it
     * @param chainChecksum the checksum of the chain up to it
     * @param resourceDigest {@code sha256:<hex>} over the bytes of the file as compiled
     */
    public RevisionResource(
            Class<?> chainClass,
            String schema,
            String id,
            String parentId,
            String message,
            String checksum,
            String chainChecksum,
            String resourceDigest) {
        this(chainClass, schema, id, parentId, message, checksum, chainChecksum, resourceDigest, null, null);
    }

    /**
     * A revision whose {@code @Revision} class implements {@link DataMigration}.
     *
     * @param dataMigrationClass the qualified name of that class, for a file written before its Java
     *     step was listed in it
     * @param dataMigration creates an instance of that class
     */
    public RevisionResource(
            Class<?> chainClass,
            String schema,
            String id,
            String parentId,
            String message,
            String checksum,
            String chainChecksum,
            String resourceDigest,
            String dataMigrationClass,
            Supplier<DataMigration> dataMigration) {
        this.chainClass = Objects.requireNonNull(chainClass, "chainClass");
        this.id = Objects.requireNonNull(id, "id");
        this.parentId = Optional.ofNullable(parentId);
        this.message = Objects.requireNonNull(message, "message");
        this.checksum = Objects.requireNonNull(checksum, "checksum");
        this.chainChecksum = Objects.requireNonNull(chainChecksum, "chainChecksum");
        this.resourceDigest = Objects.requireNonNull(resourceDigest, "resourceDigest");
        this.path = FOLDER + Objects.requireNonNull(schema, "schema") + "/" + id + ".sql";
        this.dataMigrationClass = dataMigrationClass;
        this.dataMigration = dataMigration;
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

    /** The resource's path on the class path: {@code META-INF/migrata/<schema>/<id>.sql}. */
    public String resourcePath() {
        return path;
    }

    /** {@code sha256:<hex>} over the bytes of the file as it was compiled. */
    public String resourceDigest() {
        return resourceDigest;
    }

    /** @throws RevisionResourceException when the resource is missing, unreadable or not the compiled file */
    @Override
    public List<MigrationStep> upgradeSteps() {
        return file().upgradeSteps(dataMigrationClass);
    }

    /** @throws RevisionResourceException when the resource is missing, unreadable or not the compiled file */
    @Override
    public List<MigrationStep> downgradeSteps() {
        return file().downgradeSteps(dataMigrationClass);
    }

    @Override
    public Optional<DataMigration> dataMigration() {
        return dataMigration == null ? Optional.empty() : Optional.of(dataMigration.get());
    }

    /** The revision's file, read and verified on first use. */
    private RevisionFile file() {
        RevisionFile read = file;
        if (read == null) {
            read = read();
            file = read;
        }
        return read;
    }

    private RevisionFile read() {
        VerifiedResource.Found found;
        try {
            found = VerifiedResource.read(chainClass, path, resourceDigest);
        } catch (VerifiedResource.Refused e) {
            throw refused(e.getMessage());
        }
        RevisionFile parsed;
        try {
            parsed = RevisionFile.parse(new String(found.bytes(), StandardCharsets.UTF_8));
        } catch (RevisionFileFormatException e) {
            throw refused("in " + found.url() + " cannot be read (line " + e.line() + "): " + e.getMessage());
        }
        if (!parsed.id().equals(id) || !parsed.checksum().equals(checksum)) {
            throw refused("in " + found.url() + " states revision " + parsed.id() + " with checksum "
                    + parsed.checksum() + ", but " + chainClass.getName() + " compiled revision " + id
                    + " with checksum " + checksum);
        }
        return parsed;
    }

    private RevisionResourceException refused(String what) {
        return new RevisionResourceException(
                path, "Revision " + id + ": its resource " + path + " " + what + ". Nothing was applied.");
    }

    /**
     * A chain of {@code size} revisions created a part at a time, when one of the part is first asked
     * for: part {@code k} is {@code parts.apply(k)}, revisions {@code k × partSize + 1} on.
     */
    public static List<Migration> chain(int size, int partSize, IntFunction<Migration[]> parts) {
        return new RevisionList(size, partSize, parts);
    }

    /**
     * The revisions of a chain's holder classes, in order, as one unmodifiable list: how chain
     * classes compiled before revisions were created a part at a time list them.
     */
    public static List<Migration> chain(Migration[]... holders) {
        List<Migration> all = new ArrayList<>();
        for (Migration[] holder : holders) {
            all.addAll(Arrays.asList(holder));
        }
        return List.copyOf(all);
    }

    /** {@code sha256:<hex>} over {@code bytes}: the digest chain classes compile for each resource. */
    public static String sha256(byte[] bytes) {
        return VerifiedResource.sha256(bytes);
    }

    @Override
    public String toString() {
        return "Revision " + id;
    }
}
