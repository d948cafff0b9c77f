package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.FunctionModel;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.Origin;
import dev.migrata.schema.model.TriggerModel;
import dev.migrata.schema.model.ViewModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * The views, functions and triggers {@code @Schema(views, functions, triggers)} lists, as read:
 * each value with where it was written, before they are checked.
 *
 * @param schemaName the {@code @Schema} class's simple name, for messages
 * @param views the {@code @View} classes in listed order
 * @param functions the {@code @SqlFunction} classes in listed order
 * @param triggers the {@code @Trigger} classes in listed order
 * @param tables the listed tables of the default PostgreSQL schema, where the views are: each
 *     view name must be free among them
 */
public record DeclaredObjectRead(
        String schemaName, List<View> views, List<Function> functions, List<Trigger> triggers, List<TableRead> tables) {

    /** Copies the lists. */
    public DeclaredObjectRead {
        views = List.copyOf(views);
        functions = List.copyOf(functions);
        triggers = List.copyOf(triggers);
        tables = List.copyOf(tables);
    }

    /** A {@code @View} class. */
    public record View(
            String owner, String name, Origin nameOrigin, String query, Origin queryOrigin, boolean materialized) {
        /** The model. */
        public ViewModel toModel() {
            return new ViewModel(name, query.strip(), materialized);
        }
    }

    /** A {@code @SqlFunction} class. */
    public record Function(
            String qualifiedName,
            String owner,
            String name,
            Origin nameOrigin,
            String arguments,
            Origin argumentsOrigin,
            String returns,
            Origin returnsOrigin,
            String language,
            Origin languageOrigin,
            String body,
            Origin bodyOrigin) {
        /** The model. */
        public FunctionModel toModel() {
            // PostgreSQL's language names are lower case; a quoted "SQL" would name none.
            return new FunctionModel(name, arguments.strip(), returns.strip(), language.toLowerCase(Locale.ROOT), body);
        }
    }

    /**
     * A {@code @Trigger} class.
     *
     * @param table the listed table its {@code table} names, or {@code null} when it names none
     * @param tableClass the simple name of the class {@code table} names, for messages
     * @param function the listed function its {@code function} names, or {@code null}
     * @param functionClass the simple name of the class {@code function} names
     */
    public record Trigger(
            String owner,
            String name,
            Origin nameOrigin,
            TableRead table,
            String tableClass,
            Origin tableOrigin,
            String timing,
            List<String> events,
            Origin eventsOrigin,
            boolean forEachRow,
            Function function,
            String functionClass,
            Origin functionOrigin,
            String when,
            Origin whenOrigin,
            Origin origin) {

        /** Copies the events. */
        public Trigger {
            events = List.copyOf(events);
        }

        /** The model; only for a trigger whose table and function are listed. */
        public TriggerModel toModel() {
            return new TriggerModel(
                    name,
                    table.schema(),
                    table.name(),
                    timing.replace('_', ' '),
                    events,
                    forEachRow,
                    function.name(),
                    when.strip());
        }
    }

    /** The models of the views, functions and triggers, in listed order. */
    public List<ViewModel> viewModels() {
        return views.stream().map(View::toModel).toList();
    }

    /** The models of the functions. */
    public List<FunctionModel> functionModels() {
        return functions.stream().map(Function::toModel).toList();
    }

    /** The models of the triggers whose table and function are listed. */
    public List<TriggerModel> triggerModels() {
        return triggers.stream()
                .filter(t -> t.table() != null && t.function() != null)
                .map(Trigger::toModel)
                .toList();
    }

    /**
     * Reads the lists of one {@code @Schema}. A listed class without the annotation its list needs is
     * reported here, as {@code @Schema(tables)} reports a class that is no {@code @Table}.
     *
     * @param tables the listed tables by qualified class name
     */
    static DeclaredObjectRead read(
            Elements elements,
            OriginFactory origins,
            TypeElement schemaClass,
            AnnotationValues schema,
            Map<String, TableRead> tables,
            List<Problem> problems) {
        Lister lister = new Lister(elements, origins, schemaClass, schema, problems);
        List<View> views = new ArrayList<>();
        for (Listed listed : lister.listed("views", AnnotationNames.VIEW, "View", "@View(query = \"SELECT ...\")")) {
            AnnotationValues view = listed.annotation();
            views.add(new View(
                    listed.simpleName(),
                    listed.name(),
                    origins.of(listed.element(), view, "name"),
                    view.string("query"),
                    origins.of(listed.element(), view, "query"),
                    view.bool("materialized", false)));
        }
        Map<String, Function> functions = new LinkedHashMap<>();
        for (Listed listed : lister.listed(
                "functions",
                AnnotationNames.SQL_FUNCTION,
                "SqlFunction",
                "@SqlFunction(returns = \"...\", body = \"...\")")) {
            AnnotationValues function = listed.annotation();
            TypeElement element = listed.element();
            functions.put(
                    element.getQualifiedName().toString(),
                    new Function(
                            element.getQualifiedName().toString(),
                            listed.simpleName(),
                            listed.name(),
                            origins.of(element, function, "name"),
                            function.string("arguments"),
                            origins.of(element, function, "arguments"),
                            function.string("returns"),
                            origins.of(element, function, "returns"),
                            function.string("language"),
                            origins.of(element, function, "language"),
                            function.string("body"),
                            origins.of(element, function, "body")));
        }
        List<Trigger> triggers = new ArrayList<>();
        for (Listed listed : lister.listed(
                "triggers", AnnotationNames.TRIGGER, "Trigger", "@Trigger(table = ..., function = ...)")) {
            AnnotationValues trigger = listed.annotation();
            TypeElement element = listed.element();
            Optional<TypeElement> tableClass = classOf(trigger, "table");
            Optional<TypeElement> functionClass = classOf(trigger, "function");
            List<String> events = new ArrayList<>();
            for (AnnotationValue value : trigger.list("events")) {
                if (value.getValue() instanceof VariableElement constant) {
                    events.add(constant.getSimpleName().toString());
                }
            }
            triggers.add(new Trigger(
                    listed.simpleName(),
                    listed.name(),
                    origins.of(element, trigger, "name"),
                    tableClass
                            .map(c -> tables.get(c.getQualifiedName().toString()))
                            .orElse(null),
                    tableClass.map(c -> c.getSimpleName().toString()).orElse("?"),
                    origins.of(element, trigger, "table"),
                    trigger.enumName("timing", "BEFORE"),
                    events,
                    origins.of(element, trigger, "events"),
                    trigger.bool("forEachRow", true),
                    functionClass
                            .map(c -> functions.get(c.getQualifiedName().toString()))
                            .orElse(null),
                    functionClass.map(c -> c.getSimpleName().toString()).orElse("?"),
                    origins.of(element, trigger, "function"),
                    trigger.string("when"),
                    origins.of(element, trigger, "when"),
                    origins.of(element, trigger)));
        }
        return new DeclaredObjectRead(
                schemaClass.getSimpleName().toString(),
                views,
                List.copyOf(functions.values()),
                triggers,
                tables.values().stream().filter(t -> t.schema().isEmpty()).toList());
    }

    private static Optional<TypeElement> classOf(AnnotationValues annotation, String attribute) {
        return annotation
                .type(attribute)
                .filter(type -> type.getKind() == TypeKind.DECLARED)
                .map(type -> (TypeElement) ((DeclaredType) type).asElement());
    }

    /** A listed class with the annotation its list needs. */
    private record Listed(TypeElement element, AnnotationValues annotation, String simpleName, String name) {}

    /** Walks one class-list attribute of {@code @Schema}. */
    private record Lister(
            Elements elements,
            OriginFactory origins,
            TypeElement schemaClass,
            AnnotationValues schema,
            List<Problem> problems) {

        List<Listed> listed(String attribute, String annotationName, String annotationSimpleName, String example) {
            List<Listed> out = new ArrayList<>();
            for (AnnotationValue value : schema.list(attribute)) {
                if (!(value.getValue() instanceof TypeMirror type) || type.getKind() != TypeKind.DECLARED) {
                    continue; // an unknown class: javac reports it
                }
                TypeElement element = (TypeElement) ((DeclaredType) type).asElement();
                String simpleName = element.getSimpleName().toString();
                Optional<AnnotationMirror> mirror = AnnotationValues.find(element, annotationName);
                if (mirror.isEmpty()) {
                    problems.add(Problems.listedClassNotDeclaredObject(
                            origins.of(schemaClass, schema, value),
                            attribute,
                            schemaClass.getSimpleName(),
                            simpleName,
                            annotationSimpleName,
                            example));
                    continue;
                }
                AnnotationValues annotation = AnnotationValues.of(elements, mirror.get());
                String explicit = annotation.string("name");
                out.add(new Listed(
                        element, annotation, simpleName, explicit.isEmpty() ? Names.snakeCase(simpleName) : explicit));
            }
            return out;
        }
    }
}
