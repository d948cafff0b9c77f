package dev.migrata.processor;

import com.google.auto.service.AutoService;
import dev.migrata.processor.diag.Reporter;
import dev.migrata.processor.read.ReadResult;
import dev.migrata.processor.read.SchemaDeclaration;
import dev.migrata.processor.read.SchemaReader;
import dev.migrata.processor.write.ChainServiceFile;
import dev.migrata.schema.diag.Message;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.model.Origin;
import java.io.IOException;
import java.util.HashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * The javac entry point: read the {@code @Schema} classes, report every problem, and only when
 * there is none, freeze or generate the revision files and write the Java classes.
 */
@AutoService(Processor.class)
public final class MigrataProcessor extends AbstractProcessor {

    /**
     * {@code -Amigrata.dir=<path>}: the folder holding each schema's revision files, in
     * {@code <path>/<schema>/}, instead of {@code src/main/migrations/<schema>/}.
     */
    public static final String OPTION_DIR = "migrata.dir";

    /** {@code -Amigrata.verify=true}: never write revision files; a missing or stale one is an error. */
    public static final String OPTION_VERIFY = "migrata.verify";

    // A schema is generated once per compilation, in the round its @Schema class appears in.
    private final Set<String> generatedSchemas = new HashSet<>();

    // The Filer creates a resource once per compilation: chains of all rounds, written in the last.
    private final ChainServiceFile chainServices = new ChainServiceFile();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.migrata.annotations.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OPTION_DIR, OPTION_VERIFY);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        if (round.processingOver()) {
            writeChainServices(reporter);
            return false;
        }
        try {
            ReadResult read = new SchemaReader(processingEnv).read(round);
            reporter.reportAll(read.problems());
            if (read.hasErrors()) {
                return false;
            }
            for (SchemaDeclaration schema : read.schemas()) {
                if (generatedSchemas.add(schema.element().getQualifiedName().toString())) {
                    new SchemaGenerator(processingEnv, reporter, chainServices).generate(schema);
                }
            }
        } catch (RuntimeException | Error e) {
            // Never crash javac: an unexpected failure becomes an error with its trace.
            reporter.internalError(round.getRootElements().stream().findFirst().orElse(null), e);
        }
        return false;
    }

    private void writeChainServices(Reporter reporter) {
        try {
            chainServices.writeTo(processingEnv.getFiler());
        } catch (IOException | RuntimeException e) {
            reporter.report(Problem.of(Message.GENERATED_FILE_FAILED, Origin.NONE, ChainServiceFile.PATH, e.toString()));
        }
    }
}
