package dev.migrata.processor;

import dev.migrata.processor.diag.Reporter;
import dev.migrata.processor.files.ProcessorOptions;
import dev.migrata.processor.read.SchemaDeclaration;
import dev.migrata.processor.read.TableDeclaration;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import java.util.List;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Runs only the generation stage, on a declaration built by the test instead of the read stage: the
 * model and revisions are given, the elements are looked up in the compilation by name.
 */
final class DeclaredSchemaProcessor extends AbstractProcessor {

    private final String schemaClass;
    private final SchemaModel head;
    private final List<RevisionModel> revisions;
    private final GenerationSession session = new GenerationSession();
    private boolean done;

    DeclaredSchemaProcessor(String schemaClass, SchemaModel head, List<RevisionModel> revisions) {
        this.schemaClass = schemaClass;
        this.head = head;
        this.revisions = List.copyOf(revisions);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return ProcessorOptions.ALL;
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        Reporter reporter = new Reporter(processingEnv.getMessager());
        if (round.processingOver()) {
            session.finish(processingEnv.getFiler(), reporter);
            return false;
        }
        if (done) {
            return false;
        }
        done = true;
        List<TypeElement> elements = revisions.stream()
                .map(r -> processingEnv.getElementUtils().getTypeElement(r.className()))
                .toList();
        TypeElement schema = processingEnv.getElementUtils().getTypeElement(schemaClass);
        SchemaDeclaration declaration = new SchemaDeclaration(
                schema, "app_schema", head, revisions, elements, List.<TableDeclaration>of(), false);
        new SchemaGenerator(processingEnv, reporter, session).generate(declaration);
        return false;
    }
}
