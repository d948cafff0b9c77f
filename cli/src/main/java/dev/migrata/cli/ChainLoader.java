package dev.migrata.cli;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.internal.RegisteredChains;
import java.io.File;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceConfigurationError;

/**
 * Finds the application's {@link MigrationChain} the way the runtime does, through its
 * {@code META-INF/services} entry, but over the jars and directories given with
 * {@code --classpath} as well as the CLI's own class path. No scanning: the processor registered
 * the chain, so one service lookup finds it.
 */
final class ChainLoader {

    private ChainLoader() {}

    /**
     * The single chain on the class path, or the one named {@code schemaName}.
     *
     * @param classpath entries separated by the platform's path separator, or {@code null}
     * @throws CliFailure when no chain, or several without a name to choose, are found
     */
    static MigrationChain load(String classpath, String schemaName) {
        ClassLoader loader = classLoader(classpath);
        RegisteredChains chains;
        try {
            chains = RegisteredChains.in(loader, schemaName);
        } catch (ServiceConfigurationError e) {
            throw new CliFailure(
                    "A registered MigrationChain cannot be loaded: " + e.getMessage()
                            + (e.getCause() == null ? "" : " (" + e.getCause() + ")"),
                    e);
        }
        List<MigrationChain> all = chains.all();
        List<MigrationChain> matching = chains.named();
        if (matching.size() == 1) {
            return matching.get(0);
        }
        String names = chains.allNames();
        if (matching.isEmpty() && schemaName != null && !all.isEmpty()) {
            throw new CliFailure("No migration chain named " + schemaName + " on the class path; found " + names);
        }
        if (matching.isEmpty()) {
            throw new CliFailure(
                    "No migration chain on the class path: pass the application's jar or classes directory with"
                            + " --classpath (the processor registers its chain in META-INF/services/"
                            + MigrationChain.class.getName() + ")");
        }
        throw new CliFailure(
                "Several migration chains on the class path (" + names + "); choose one with --schema NAME");
    }

    private static ClassLoader classLoader(String classpath) {
        ClassLoader own = ChainLoader.class.getClassLoader();
        if (classpath == null || classpath.isBlank()) {
            return own;
        }
        List<URL> urls = new ArrayList<>();
        for (String entry : classpath.split(File.pathSeparator)) {
            if (entry.isBlank()) {
                continue;
            }
            Path path = Path.of(entry);
            if (!Files.exists(path)) {
                throw new CliFailure("Class path entry does not exist: " + entry);
            }
            try {
                urls.add(path.toAbsolutePath().toUri().toURL());
            } catch (MalformedURLException e) {
                throw new CliFailure("Class path entry is not a valid location: " + entry, e);
            }
        }
        // Never closed: the chain's classes load lazily while the command runs, and the process ends after it.
        return new URLClassLoader(urls.toArray(new URL[0]), own);
    }
}
