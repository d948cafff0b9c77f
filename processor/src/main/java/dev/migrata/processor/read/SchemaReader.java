package dev.migrata.processor.read;

import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads the {@code @Schema} classes of a round into model records and checks them.
 *
 * <p>Tables and revisions are reached from each {@code @Schema} through its class literals, never
 * through the round: under partial recompilation they may come from the class path. Only when a
 * {@code @Schema} class is among this round's sources (a full build of the module) are the round's
 * {@code @Table} and {@code @Revision} classes checked for being listed and reachable; a module
 * whose tables are listed by a schema compiled elsewhere is not checked for that.
 */
public final class SchemaReader {

    private final ProcessingEnvironment env;
    private final BiFunction<TypeElement, String, RevisionFileState.Lookup> revisionFiles;

    /** A reader over this compilation that sees no revision files. */
    public SchemaReader(ProcessingEnvironment env) {
        this(env, (schemaClass, schemaName) -> RevisionFileState.Lookup.NONE);
    }

    /**
     * A reader over this compilation.
     *
     * @param revisionFiles the files of a schema's revisions, given its {@code @Schema} class and name:
     *     a fork is resolved by what they show
     */
    public SchemaReader(
            ProcessingEnvironment env, BiFunction<TypeElement, String, RevisionFileState.Lookup> revisionFiles) {
        this.env = env;
        this.revisionFiles = revisionFiles;
    }

    /** The schemas and problems of this round. */
    public ReadResult read(RoundEnvironment round) {
        Elements elements = env.getElementUtils();
        List<Problem> problems = new ArrayList<>();
        List<SchemaDeclaration> schemas = new ArrayList<>();
        checkDirectivesOutsideRevisions(elements, round, problems);

        RevisionReader revisionReader = new RevisionReader(elements, env.getTypeUtils());
        SchemaClassReader schemaReader =
                new SchemaClassReader(elements, new TableReader(elements), new RevisionChainReader(revisionReader));
        List<SchemaRead> reads = new ArrayList<>();
        Set<String> listedTables = new HashSet<>();
        Set<String> schemaClassNames = new LinkedHashSet<>();
        for (TypeElement schemaClass : annotated(elements, round, AnnotationNames.SCHEMA)) {
            Optional<AnnotationMirror> mirror = AnnotationValues.find(schemaClass, AnnotationNames.SCHEMA);
            if (mirror.isEmpty()) {
                continue;
            }
            SchemaClassReader.Result result = schemaReader.read(schemaClass, mirror.get(), problems);
            if (result.declaration() != null) {
                schemas.add(result.declaration());
            }
            SchemaRead read = result.read();
            reads.add(
                    read.withFiles(revisionFiles.apply(schemaClass, read.chain().schemaName())));
            listedTables.addAll(result.listedTables());
            schemaClassNames.add(schemaClass.getSimpleName().toString());
        }
        if (schemaClassNames.isEmpty()) {
            return new ReadResult(schemas, problems, reads, null);
        }
        List<RevisionRead> roundRevisions =
                readFullBuild(elements, round, revisionReader, listedTables, schemaClassNames, problems);
        return new ReadResult(schemas, problems, reads, roundRevisions);
    }

    /**
     * What only a full build can see: every table listed (checked here), and the round's revisions,
     * which the validate stage checks for being reachable.
     */
    private List<RevisionRead> readFullBuild(
            Elements elements,
            RoundEnvironment round,
            RevisionReader revisionReader,
            Set<String> listedTables,
            Set<String> schemaClassNames,
            List<Problem> problems) {
        String schemaList = String.join(", ", schemaClassNames);
        for (TypeElement table : annotated(elements, round, AnnotationNames.TABLE)) {
            if (!listedTables.contains(table.getQualifiedName().toString())) {
                Optional<AnnotationMirror> mirror = AnnotationValues.find(table, AnnotationNames.TABLE);
                problems.add(Problems.tableNotListed(
                        mirror.isPresent() ? ElementOrigin.of(table, mirror.get()) : ElementOrigin.of(table),
                        table.getSimpleName(),
                        schemaList));
            }
        }
        List<RevisionRead> inRound = new ArrayList<>();
        for (TypeElement element : annotated(elements, round, AnnotationNames.REVISION)) {
            revisionReader.read(element).ifPresent(inRound::add);
        }
        return inRound;
    }

    /** Directive annotations on a class that is not a {@code @Revision} would silently do nothing. */
    private void checkDirectivesOutsideRevisions(Elements elements, RoundEnvironment round, List<Problem> problems) {
        for (AnnotationNames.Repeatable directive : AnnotationNames.DIRECTIVES) {
            Set<TypeElement> annotated = new LinkedHashSet<>();
            annotated.addAll(annotated(elements, round, directive.name()));
            annotated.addAll(annotated(elements, round, directive.container()));
            for (TypeElement element : annotated) {
                if (AnnotationValues.find(element, AnnotationNames.REVISION).isPresent()) {
                    continue;
                }
                List<AnnotationValues> uses = AnnotationValues.findAll(elements, element, directive);
                problems.add(Problems.directiveWithoutRevision(
                        uses.isEmpty() ? ElementOrigin.of(element) : new OriginFactory().of(element, uses.get(0)),
                        directive.simpleName(),
                        element.getSimpleName()));
            }
        }
    }

    /** The round's types carrying the annotation, sorted by qualified name for a deterministic report. */
    private static List<TypeElement> annotated(Elements elements, RoundEnvironment round, String annotation) {
        TypeElement annotationType = elements.getTypeElement(annotation);
        if (annotationType == null) {
            return List.of();
        }
        List<TypeElement> types = new ArrayList<>();
        for (Element element : round.getElementsAnnotatedWith(annotationType)) {
            if (element instanceof TypeElement type) {
                types.add(type);
            }
        }
        types.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
        return types;
    }
}
