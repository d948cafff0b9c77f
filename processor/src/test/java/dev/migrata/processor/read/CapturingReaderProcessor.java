package dev.migrata.processor.read;

import dev.migrata.processor.validate.SchemaValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/** Runs only the read stage and keeps what it returned, round by round. */
final class CapturingReaderProcessor extends AbstractProcessor {

    private final List<ReadResult> results = new ArrayList<>();

    /** The results of the rounds that read at least one schema or found a problem. */
    List<ReadResult> results() {
        return results;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.migrata.annotations.*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (!round.processingOver()) {
            ReadResult result = SchemaValidator.validate(new SchemaReader(processingEnv).read(round));
            if (!result.schemas().isEmpty() || !result.problems().isEmpty()) {
                results.add(result);
            }
        }
        return false;
    }
}
