package dev.migrata.runtime;

import dev.migrata.runtime.internal.SchemaDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * A hand-built {@link MigrationChain} for tests, with checksums derived the way generated chains
 * derive them: a revision's checksum hashes its steps, its chain checksum hashes the parent's
 * chain checksum and its own. Public, and shipped in the runtime's test jar, for the tests of
 * other modules that need a chain no processor wrote (a deliberately broken one).
 */
public final class TestChain implements MigrationChain {

    private final String name;
    private final List<Migration> migrations;
    private final SchemaDefinition headSchema;

    private TestChain(String name, List<Migration> migrations, SchemaDefinition headSchema) {
        this.name = name;
        this.migrations = List.copyOf(migrations);
        this.headSchema = headSchema;
    }

    /** Starts a chain named {@code name}. */
    public static Builder named(String name) {
        return new Builder(name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<Migration> migrations() {
        return migrations;
    }

    @Override
    public SchemaDefinition headSchema() {
        return headSchema;
    }

    /** The revision with this id. */
    public Migration revision(String id) {
        return migrations.stream().filter(m -> m.id().equals(id)).findFirst().orElseThrow();
    }

    /** One hand-built revision. */
    public record Revision(
            String id,
            Optional<String> parentId,
            String message,
            String checksum,
            String chainChecksum,
            List<MigrationStep> upgradeSteps,
            List<MigrationStep> downgradeSteps,
            Optional<DataMigration> dataMigration)
            implements Migration {}

    /** Adds revisions, each the child of the one before. */
    public static final class Builder {
        private final String name;
        private final List<Migration> migrations = new ArrayList<>();
        private SchemaDefinition headSchema = new SchemaDefinition(List.of());

        private Builder(String name) {
            this.name = name;
        }

        /** Adds a revision with these steps. */
        public Builder revision(String id, String message, List<MigrationStep> up, List<MigrationStep> down) {
            return revision(id, message, up, down, null);
        }

        /** Adds a revision with these steps and Java code. */
        public Builder revision(
                String id, String message, List<MigrationStep> up, List<MigrationStep> down, DataMigration data) {
            Optional<String> parent = migrations.isEmpty()
                    ? Optional.empty()
                    : Optional.of(migrations.get(migrations.size() - 1).id());
            String parentChain = migrations.isEmpty()
                    ? ""
                    : migrations.get(migrations.size() - 1).chainChecksum();
            StringBuilder text = new StringBuilder(id).append('\n');
            up.forEach(step -> text.append(marker(step)).append(step.sql()).append('\n'));
            text.append("--\n");
            down.forEach(step -> text.append(marker(step)).append(step.sql()).append('\n'));
            if (data != null) {
                text.append("data ").append(data.getClass().getName()).append('\n');
            }
            String checksum = sha256(text.toString());
            migrations.add(new Revision(
                    id,
                    parent,
                    message,
                    checksum,
                    sha256(parentChain + "\n" + checksum),
                    List.copyOf(up),
                    List.copyOf(down),
                    Optional.ofNullable(data)));
            return this;
        }

        /** The head schema the chain declares (default: no tables). */
        public Builder headSchema(SchemaDefinition schema) {
            this.headSchema = schema;
            return this;
        }

        /** The chain. */
        public TestChain build() {
            return new TestChain(name, migrations, headSchema);
        }
    }

    private static String marker(MigrationStep step) {
        return step.transactional() ? "T " : step.rerunnable() ? "R " : "N ";
    }

    static String sha256(String text) {
        try {
            return "sha256:"
                    + HexFormat.of()
                            .formatHex(
                                    MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }
}
