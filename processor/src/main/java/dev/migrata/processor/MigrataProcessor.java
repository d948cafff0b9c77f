package dev.migrata.processor;

import com.google.auto.service.AutoService;
import dev.migrata.processor.diag.Reporter;
import dev.migrata.processor.files.FilePresence;
import dev.migrata.processor.files.MigrationsDirectory;
import dev.migrata.processor.files.ProcessorOptions;
import dev.migrata.processor.files.RevisionFiles;
import dev.migrata.processor.read.ReadResult;
import dev.migrata.processor.read.RevisionFileState;
import dev.migrata.processor.read.SchemaDeclaration;
import dev.migrata.processor.read.SchemaReader;
import dev.migrata.processor.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
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

    // A schema is generated once per compilation, in the round its @Schema class appears in.
    private final Set<String> generatedSchemas = new HashSet<>();

    // What generation keeps across rounds, such as the service file written after the last one.
    private final GenerationSession session = new GenerationSession();

    @Override
    public synchronized void init(ProcessingEnvironment processingEnv) {
        super.init(processingEnv);
        ColdStart.warmUpInBackground();
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.migrata.annotations.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    /** What the chain checks see of a schema's revision files: where they are, whether and when written. */
    private RevisionFileState.Lookup revisionFiles(TypeElement schemaClass, String schemaName) {
        Optional<Path> folder = MigrationsDirectory.locate(processingEnv, schemaClass, schemaName);
        if (folder.isEmpty()) {
            return RevisionFileState.Lookup.NONE;
        }
        RevisionFiles files = new RevisionFiles(folder.get());
        return id -> new RevisionFileState(
                files.sqlFile(id).toString(),
                files.snapshotFile(id).toString(),
                files.presence(id) != FilePresence.NONE,
                files.lastModified(id));
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        if (round.processingOver()) {
            session.finish(processingEnv.getFiler(), reporter);
            return false;
        }
        try {
            ReadResult read =
                    SchemaValidator.validate(new SchemaReader(processingEnv, this::revisionFiles).read(round));
            reporter.reportAll(read.problems());
            if (read.hasErrors()) {
                return false;
            }
            for (SchemaDeclaration schema : read.schemas()) {
                if (generatedSchemas.add(schema.element().getQualifiedName().toString())) {
                    new SchemaGenerator(processingEnv, reporter, session).generate(schema);
                }
            }
        } catch (RuntimeException | Error e) {
            // Never crash javac: an unexpected failure becomes an error with its trace.
            reporter.internalError(round.getRootElements().stream().findFirst().orElse(null), e);
        }
        return false;
    }
}
