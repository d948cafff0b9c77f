package dev.migrata.bench;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import java.util.Set;
import javax.sql.DataSource;

/** Migrata's runtime applying a chain its processor generated. */
final class MigrataTool implements MigrationTool {

    private final MigrationChain chain;

    MigrataTool(MigrationChain chain) {
        this.chain = chain;
    }

    /** Loads the processor-generated chain class from the class path, as an application names its chain. */
    static MigrataTool fromClassPath(ClassLoader loader) throws ReflectiveOperationException {
        Object chain = Class.forName(ProcessedChain.CHAIN_CLASS, true, loader)
                .getDeclaredConstructor()
                .newInstance();
        return new MigrataTool((MigrationChain) chain);
    }

    @Override
    public String name() {
        return "Migrata";
    }

    @Override
    public void upgrade(DataSource dataSource) {
        Migrator.builder().dataSource(dataSource).chain(chain).build().upgrade("head");
    }

    @Override
    public Set<String> historyTables() {
        return Set.of("migrata_revisions");
    }
}
