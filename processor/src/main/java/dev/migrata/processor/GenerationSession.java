package dev.migrata.processor;

import dev.migrata.processor.diag.Reporter;
import dev.migrata.processor.write.ChainServiceFile;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Origin;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.annotation.processing.Filer;

/**
 * What the generation stage keeps across the rounds of one compilation: the chain classes to
 * register for {@link java.util.ServiceLoader} (the Filer creates that resource once, so it is
 * written after the last round), and which schema owns which migrations folder.
 */
final class GenerationSession {

    private final ChainServiceFile chainServices = new ChainServiceFile();
    private final Map<Path, String> folderOwners = new HashMap<>();

    ChainServiceFile chainServices() {
        return chainServices;
    }

    /**
     * Claims a migrations folder for a schema.
     *
     * @return the schema that already owns it, when another one does
     */
    Optional<String> claim(Path folder, String schemaName) {
        String owner = folderOwners.putIfAbsent(folder.toAbsolutePath().normalize(), schemaName);
        return owner == null || owner.equals(schemaName) ? Optional.empty() : Optional.of(owner);
    }

    /** Writes what can only be written once, after the last round. */
    void finish(Filer filer, Reporter reporter) {
        try {
            chainServices.writeTo(filer);
        } catch (IOException | RuntimeException e) {
            reporter.report(Problems.generatedFileFailed(Origin.NONE, ChainServiceFile.PATH, e));
        }
    }
}
