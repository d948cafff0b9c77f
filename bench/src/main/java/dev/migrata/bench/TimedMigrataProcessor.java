package dev.migrata.bench;

import dev.migrata.processor.MigrataProcessor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.Completion;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * Migrata's processor behind a stopwatch: every call is passed on unchanged, and the wall time spent
 * inside {@code init} and {@code process} — Migrata's own work, including the Filer calls it makes —
 * is written to {@code -Abench.timing.out=<file>} (milliseconds) after the last round. Its own cost
 * is two clock reads per round.
 */
public final class TimedMigrataProcessor implements Processor {

    /** {@code -Abench.timing.out=<file>}: where to write the milliseconds spent inside Migrata. */
    static final String OPTION_OUT = "bench.timing.out";

    private final Processor migrata = new MigrataProcessor();
    private long nanos;
    private Path out;

    @Override
    public Set<String> getSupportedOptions() {
        Set<String> options = new HashSet<>(migrata.getSupportedOptions());
        options.add(OPTION_OUT);
        return options;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return migrata.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return migrata.getSupportedSourceVersion();
    }

    @Override
    public void init(ProcessingEnvironment processingEnv) {
        long start = System.nanoTime();
        migrata.init(processingEnv);
        nanos += System.nanoTime() - start;
        out = Path.of(processingEnv.getOptions().get(OPTION_OUT));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        long start = System.nanoTime();
        boolean claimed = migrata.process(annotations, round);
        nanos += System.nanoTime() - start;
        if (round.processingOver()) {
            try {
                Files.writeString(out, Double.toString(nanos / 1e6));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return claimed;
    }

    @Override
    public Iterable<? extends Completion> getCompletions(
            Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
        return migrata.getCompletions(element, annotation, member, userText);
    }
}
