package dev.migrata.processor.write;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * {@code META-INF/services/dev.migrata.runtime.MigrationChain}: lists every chain class of the
 * compilation, so the CLI and tools find chains with {@link java.util.ServiceLoader} instead of
 * scanning. The {@link Filer} creates a resource once per compilation, so chain classes are
 * collected over all rounds and the file is written in the last one.
 */
public final class ChainServiceFile {

    /** The resource path. */
    public static final String PATH = "META-INF/services/" + RuntimeTypes.MIGRATION_CHAIN.canonicalName();

    private final Set<String> chainClasses = new TreeSet<>();
    private boolean written;

    /** Records a chain class by its binary name. */
    public void add(String chainClass) {
        chainClasses.add(chainClass);
    }

    /** The file's content: one class per line, sorted. */
    public String content() {
        StringBuilder out = new StringBuilder();
        chainClasses.forEach(name -> out.append(name).append('\n'));
        return out.toString();
    }

    /**
     * Writes the file once, when there is a chain to list.
     *
     * @throws IOException when the Filer refuses
     */
    public void writeTo(Filer filer) throws IOException {
        if (written || chainClasses.isEmpty()) {
            return;
        }
        written = true;
        FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", PATH);
        try (Writer out = new java.io.OutputStreamWriter(file.openOutputStream(), StandardCharsets.UTF_8)) {
            out.write(content());
        }
    }
}
