package dev.migrata.processor.diag;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * MIG999: a failure nobody foresaw becomes a compile error on the element, with its trace, instead
 * of a javac crash. The processor's entry point routes every unexpected throwable through {@link
 * Reporter#internalError}; this test drives that path inside a real compilation.
 */
class InternalErrorTest {

    /** Fails on the first class it sees, the way a bug in a stage would. */
    private static final class FailingProcessor extends AbstractProcessor {
        @Override
        public Set<String> getSupportedAnnotationTypes() {
            return Set.of("*");
        }

        @Override
        public SourceVersion getSupportedSourceVersion() {
            return SourceVersion.latestSupported();
        }

        @Override
        public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
            Reporter reporter = new Reporter(processingEnv.getMessager());
            for (Element element : round.getRootElements()) {
                try {
                    throw new IllegalStateException("a stage failed on " + element.getSimpleName());
                } catch (IllegalStateException e) {
                    reporter.internalError(element, e);
                }
            }
            return false;
        }
    }

    @Test
    void anUnexpectedExceptionIsAnErrorOnTheElementWithItsTrace() {
        JavaFileObject source =
                JavaFileObjects.forSourceLines("app.Broken", "package app;", "", "final class Broken {}");
        Compilation compilation =
                Compiler.javac().withProcessors(new FailingProcessor()).compile(source);
        assertThat(compilation).failed();
        assertThat(compilation)
                .hadErrorContaining("[MIG999] Migrata failed unexpectedly on this element")
                .inFile(source)
                .onLineContaining("final class Broken");
        assertThat(compilation).hadErrorContaining("java.lang.IllegalStateException: a stage failed on Broken");
        assertThat(compilation)
                .hadErrorContaining("at dev.migrata.processor.diag.InternalErrorTest$FailingProcessor.process");
    }
}
