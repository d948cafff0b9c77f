package dev.migrata.cli;

import dev.migrata.runtime.DataMigration;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

/**
 * A second chain, deliberately not in the test class path's service file: tests register it in a
 * temporary directory passed with {@code --classpath}, to put two chains in front of the CLI. Its
 * second revision runs Java code, which an offline script cannot contain.
 */
public final class OtherChain implements MigrationChain {

    /** Called by ServiceLoader. */
    public OtherChain() {}

    @Override
    public String name() {
        return "inventory";
    }

    @Override
    public List<Migration> migrations() {
        return List.of(
                new LabChain.Revision(
                        "001_items",
                        Optional.empty(),
                        "create items",
                        "sha256:items",
                        "sha256:items-chain",
                        List.of(MigrationStep.transactional("CREATE TABLE items (id bigint PRIMARY KEY)")),
                        List.of(MigrationStep.transactional("DROP TABLE items"))),
                new SeedRevision());
    }

    @Override
    public SchemaDefinition headSchema() {
        return new SchemaDefinition(List.of());
    }

    /** A revision with nothing but a Java data migration. */
    static final class SeedRevision implements Migration, DataMigration {
        @Override
        public String id() {
            return "002_seed_items";
        }

        @Override
        public Optional<String> parentId() {
            return Optional.of("001_items");
        }

        @Override
        public String message() {
            return "seed items";
        }

        @Override
        public String checksum() {
            return "sha256:seed";
        }

        @Override
        public String chainChecksum() {
            return "sha256:seed-chain";
        }

        @Override
        public List<MigrationStep> upgradeSteps() {
            return List.of();
        }

        @Override
        public List<MigrationStep> downgradeSteps() {
            return List.of();
        }

        @Override
        public Optional<DataMigration> dataMigration() {
            return Optional.of(this);
        }

        @Override
        public void upgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO items VALUES (1)");
            }
        }

        @Override
        public void downgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM items");
            }
        }
    }
}
