package dev.migrata.runtime.internal;

import dev.migrata.runtime.MigrationChain;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.stream.Collectors;

/**
 * The chains a class loader has registered through {@code META-INF/services}, where the processor
 * registers each one, and those among them with a given name. The one lookup behind the runtime's
 * builder, the CLI and the Maven plugin; each says in its own words what to do when it does not find
 * exactly one.
 *
 * @param all every registered chain, in the order the service loader found them
 * @param named those whose {@link MigrationChain#name()} is the requested name (all of them when no
 *     name was requested)
 */
public record RegisteredChains(List<MigrationChain> all, List<MigrationChain> named) {

    /** Copies the lists. */
    public RegisteredChains {
        all = List.copyOf(all);
        named = List.copyOf(named);
    }

    /**
     * Looks the chains up.
     *
     * @param loader the class loader whose service entries are read
     * @param name the chain's name, or {@code null} for any
     * @throws ServiceConfigurationError when a registered chain class cannot be loaded
     */
    public static RegisteredChains in(ClassLoader loader, String name) {
        List<MigrationChain> all = ServiceLoader.load(MigrationChain.class, loader).stream()
                .map(ServiceLoader.Provider::get)
                .toList();
        List<MigrationChain> named = all.stream()
                .filter(chain -> name == null || chain.name().equals(name))
                .toList();
        return new RegisteredChains(all, named);
    }

    /** The names of all registered chains, sorted, separated by commas. */
    public String allNames() {
        return all.stream().map(MigrationChain::name).sorted().collect(Collectors.joining(", "));
    }
}
