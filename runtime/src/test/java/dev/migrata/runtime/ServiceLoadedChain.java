package dev.migrata.runtime;

import dev.migrata.runtime.internal.SchemaDefinition;
import java.util.List;

/** Registered in META-INF/services, as a generated chain class is, so ServiceLoader finds it. */
public final class ServiceLoadedChain implements MigrationChain {

    private final TestChain delegate = SampleChain.standard();

    /** Called by ServiceLoader. */
    public ServiceLoadedChain() {}

    @Override
    public String name() {
        return "service_loaded";
    }

    @Override
    public List<Migration> migrations() {
        return delegate.migrations();
    }

    @Override
    public SchemaDefinition headSchema() {
        return delegate.headSchema();
    }
}
