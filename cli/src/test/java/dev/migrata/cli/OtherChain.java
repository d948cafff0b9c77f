package dev.migrata.cli;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.runtime.SchemaDefinition;
import java.util.List;
import java.util.Optional;

/**
 * A second chain, deliberately not in the test class path's service file: tests register it in a
 * temporary directory passed with {@code --classpath}, to put two chains in front of the CLI.
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
        return List.of(new LabChain.Revision("001_items", Optional.empty(), "create items", "sha256:items", "sha256:items-chain",
                List.of(MigrationStep.transactional("CREATE TABLE items (id bigint PRIMARY KEY)")),
                List.of(MigrationStep.transactional("DROP TABLE items"))));
    }

    @Override
    public SchemaDefinition headSchema() {
        return new SchemaDefinition(List.of());
    }
}
