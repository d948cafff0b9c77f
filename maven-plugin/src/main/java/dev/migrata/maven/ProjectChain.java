package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.internal.RegisteredChains;
import java.io.File;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The project's compiled migration chain: found with {@link ServiceLoader} over the project's
 * runtime class path ({@code target/classes} and its runtime dependencies), where the processor
 * registered it. The runtime's own classes come from the plugin (the class loader asks its parent
 * first), so the chain is a {@link MigrationChain} of the plugin's runtime. Close it after the goal:
 * the chain reads its revisions' SQL lazily through this class loader.
 */
final class ProjectChain implements AutoCloseable {

    private final URLClassLoader loader;
    private final MigrationChain chain;

    private ProjectChain(URLClassLoader loader, MigrationChain chain) {
        this.loader = loader;
        this.chain = chain;
    }

    /**
     * Loads the single chain on the class path, or the one named {@code schemaName}.
     *
     * @param classpath the project's runtime class path elements, output directory first
     * @param schemaName the {@code @Schema} name to choose, or {@code null}
     * @throws MojoFailureException when no chain, or several without a name to choose, are found
     */
    static ProjectChain load(List<String> classpath, String schemaName) throws MojoFailureException {
        URLClassLoader loader = new URLClassLoader(urls(classpath), ProjectChain.class.getClassLoader());
        try {
            return new ProjectChain(loader, find(loader, schemaName));
        } catch (MojoFailureException | RuntimeException e) {
            closeQuietly(loader, e);
            throw e;
        }
    }

    MigrationChain chain() {
        return chain;
    }

    @Override
    public void close() throws IOException {
        loader.close();
    }

    private static MigrationChain find(ClassLoader loader, String schemaName) throws MojoFailureException {
        RegisteredChains chains;
        try {
            chains = RegisteredChains.in(loader, schemaName);
        } catch (ServiceConfigurationError e) {
            throw new MojoFailureException("A registered MigrationChain cannot be loaded: " + e.getMessage()
                    + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
        }
        List<MigrationChain> all = chains.all();
        List<MigrationChain> matching = chains.named();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String names = chains.allNames();
        if (all.isEmpty()) {
            throw new MojoFailureException("No migration chain in the project's compiled classes: compile first"
                    + " (mvn compile migrata:<goal>), with the processor on the compiler's annotationProcessorPaths,"
                    + " which registers the chain in META-INF/services/" + MigrationChain.class.getName());
        }
        if (matching.isEmpty()) {
            throw new MojoFailureException(
                    "No migration chain named " + schemaName + " in the project's classes; found " + names);
        }
        throw new MojoFailureException("Several migration chains in the project's classes (" + names
                + "); choose one with <schema> or -Dmigrata.schema=NAME");
    }

    private static URL[] urls(List<String> classpath) throws MojoFailureException {
        List<URL> urls = new ArrayList<>();
        for (String element : classpath) {
            try {
                urls.add(new File(element).toURI().toURL());
            } catch (MalformedURLException e) {
                throw new MojoFailureException("Class path element is not a valid location: " + element);
            }
        }
        return urls.toArray(new URL[0]);
    }

    private static void closeQuietly(URLClassLoader loader, Exception failure) {
        try {
            loader.close();
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
