package dev.migrata.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The floor of the compile scenario: an annotation processor that does no work but write as many
 * one-line classes as Migrata's processor generates. javac's cost for any processor that generates
 * sources — another round over every compilation unit, the Filer's checks per file, parsing and
 * compiling each file — is in this number; what Migrata's processor adds beyond it is its own.
 */
public final class FileCountFloorProcessor extends AbstractProcessor {

    /** {@code -Abench.floor.files=<count>}: how many classes to write. */
    static final String OPTION_FILES = "bench.floor.files";

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.migrata.annotations.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OPTION_FILES);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || round.processingOver()) {
            return false;
        }
        written = true;
        int files = Integer.parseInt(processingEnv.getOptions().get(OPTION_FILES));
        for (int i = 0; i < files; i++) {
            String name = "Floor" + i;
            try (Writer writer = processingEnv
                    .getFiler()
                    .createSourceFile("benchfloor." + name)
                    .openWriter()) {
                writer.write("package benchfloor;\n\npublic final class " + name + " {}\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return false;
    }
}
