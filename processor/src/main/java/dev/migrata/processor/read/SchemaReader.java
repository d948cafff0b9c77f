package dev.migrata.processor.read;

import dev.migrata.processor.diag.ElementOrigin;
import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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

    /** The annotations whose classes the read stage looks up in the round. */
    private static final Set<String> ROUND_ANNOTATIONS = roundAnnotations();

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

    private static Set<String> roundAnnotations() {
        Set<String> names =
                new LinkedHashSet<>(List.of(AnnotationNames.SCHEMA, AnnotationNames.TABLE, AnnotationNames.REVISION));
        for (AnnotationNames.Repeatable directive : AnnotationNames.DIRECTIVES) {
            names.add(directive.name());
            names.add(directive.container());
        }
        return Set.copyOf(names);
    }

    /** The schemas and problems of this round. */
    public ReadResult read(RoundEnvironment round) {
        Elements elements = env.getElementUtils();
        List<Problem> problems = new ArrayList<>();
        List<SchemaDeclaration> schemas = new ArrayList<>();
        Map<String, List<TypeElement>> byAnnotation = annotatedTypes(elements, round);
        checkDirectivesOutsideRevisions(elements, byAnnotation, problems);

        RevisionReader revisionReader = new RevisionReader(elements, env.getTypeUtils());
        SchemaClassReader schemaReader =
                new SchemaClassReader(elements, new TableReader(elements), new RevisionChainReader(revisionReader));
        List<SchemaRead> reads = new ArrayList<>();
        Set<String> listedTables = new HashSet<>();
        Set<String> schemaClassNames = new LinkedHashSet<>();
        for (TypeElement schemaClass : annotated(byAnnotation, AnnotationNames.SCHEMA)) {
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
                readFullBuild(byAnnotation, revisionReader, listedTables, schemaClassNames, problems);
        return new ReadResult(schemas, problems, reads, roundRevisions);
    }

    /**
     * What only a full build can see: every table listed (checked here), and the round's revisions,
     * which the validate stage checks for being reachable.
     */
    private List<RevisionRead> readFullBuild(
            Map<String, List<TypeElement>> byAnnotation,
            RevisionReader revisionReader,
            Set<String> listedTables,
            Set<String> schemaClassNames,
            List<Problem> problems) {
        String schemaList = String.join(", ", schemaClassNames);
        for (TypeElement table : annotated(byAnnotation, AnnotationNames.TABLE)) {
            if (!listedTables.contains(table.getQualifiedName().toString())) {
                Optional<AnnotationMirror> mirror = AnnotationValues.find(table, AnnotationNames.TABLE);
                problems.add(Problems.tableNotListed(
                        mirror.isPresent() ? ElementOrigin.of(table, mirror.get()) : ElementOrigin.of(table),
                        table.getSimpleName(),
                        schemaList));
            }
        }
        List<RevisionRead> inRound = new ArrayList<>();
        for (TypeElement element : annotated(byAnnotation, AnnotationNames.REVISION)) {
            revisionReader.read(element).ifPresent(inRound::add);
        }
        return inRound;
    }

    /** Directive annotations on a class that is not a {@code @Revision} would silently do nothing. */
    private void checkDirectivesOutsideRevisions(
            Elements elements, Map<String, List<TypeElement>> byAnnotation, List<Problem> problems) {
        for (AnnotationNames.Repeatable directive : AnnotationNames.DIRECTIVES) {
            Set<TypeElement> annotated = new LinkedHashSet<>();
            annotated.addAll(annotated(byAnnotation, directive.name()));
            annotated.addAll(annotated(byAnnotation, directive.container()));
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

    /**
     * The round's types carrying each annotation the read stage looks for, keyed by its qualified
     * name, each list sorted by qualified name for a deterministic report. One pass over the round:
     * javac walks every element of every root class for each annotation it is asked about, and the
     * read stage asks about fifteen.
     */
    private static Map<String, List<TypeElement>> annotatedTypes(Elements elements, RoundEnvironment round) {
        Set<TypeElement> annotationTypes = new LinkedHashSet<>();
        for (String name : ROUND_ANNOTATIONS) {
            TypeElement type = elements.getTypeElement(name);
            if (type != null) {
                annotationTypes.add(type);
            }
        }
        Map<String, Set<TypeElement>> found = new HashMap<>();
        if (!annotationTypes.isEmpty()) {
            for (Element element : round.getElementsAnnotatedWithAny(annotationTypes.toArray(new TypeElement[0]))) {
                if (!(element instanceof TypeElement type)) {
                    continue;
                }
                for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
                    if (!(mirror.getAnnotationType().asElement() instanceof TypeElement annotation)) {
                        continue;
                    }
                    String name = annotation.getQualifiedName().toString();
                    if (ROUND_ANNOTATIONS.contains(name)) {
                        found.computeIfAbsent(name, n -> new LinkedHashSet<>()).add(type);
                    }
                }
            }
        }
        Map<String, List<TypeElement>> sorted = new HashMap<>();
        found.forEach((name, types) -> {
            List<TypeElement> list = new ArrayList<>(types);
            list.sort(Comparator.comparing(t -> t.getQualifiedName().toString()));
            sorted.put(name, list);
        });
        return sorted;
    }

    /** The round's types carrying the annotation, sorted by qualified name. */
    private static List<TypeElement> annotated(Map<String, List<TypeElement>> byAnnotation, String annotation) {
        return byAnnotation.getOrDefault(annotation, List.of());
    }
}
