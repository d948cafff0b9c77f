package dev.migrata.processor.write;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import javax.annotation.processing.Filer;

/** Hands generated Java files to javac's {@link Filer}: the only place that creates source files. */
public final class GeneratedSources {

    private final Filer filer;

    /** Writes through this filer. */
    public GeneratedSources(Filer filer) {
        this.filer = filer;
    }

    /**
     * Writes one source file.
     *
     * @throws IOException when the Filer refuses (for example the type was already generated)
     */
    public void write(JavaFile file) throws IOException {
        file.writeTo(filer);
    }
}
