package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Names;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/**
 * Reads one {@code @Schema} class: its listed tables into the head model, and its revision chain
 * from {@code head} to the root. Every class is reached through the class literals, so it works
 * when the tables and revisions come from the class path.
 */
final class SchemaClassReader {

    /**
     * What one schema class yields.
     *
     * @param declaration the declaration, or {@code null} when a class javac could not resolve left
     *     it incomplete (javac reports that; nothing must be generated from a partial model)
     * @param read what the validate stage checks: the tables, enums and chain as far as they could
     *     be read
     * @param listedTables the qualified names of {@code @Schema(tables)}
     */
    record Result(SchemaDeclaration declaration, SchemaRead read, Set<String> listedTables) {}

    private final Elements elements;
    private final TableReader tableReader;
    private final RevisionChainReader chainReader;
    private final OriginFactory origins = new OriginFactory();

    SchemaClassReader(Elements elements, TableReader tableReader, RevisionChainReader chainReader) {
        this.elements = elements;
        this.tableReader = tableReader;
        this.chainReader = chainReader;
    }

    Result read(TypeElement schemaClass, AnnotationMirror schemaMirror, List<Problem> problems) {
        AnnotationValues schema = AnnotationValues.of(elements, schemaMirror);
        String simpleName = schemaClass.getSimpleName().toString();
        String explicitName = schema.string("name");
        String name = explicitName.isEmpty() ? Names.snakeCase(simpleName) : explicitName;
        if (!RevisionRead.isValidId(name)) {
            problems.add(Problems.invalidSchemaName(
                    origins.of(schemaClass, schema, "name"), name, simpleName, Names.snakeCase(simpleName)));
        }
        boolean complete = true;

        Map<String, TableRead> tables = new LinkedHashMap<>();
        Set<String> listed = new LinkedHashSet<>();
        for (AnnotationValue value : schema.list("tables")) {
            if (!(value.getValue() instanceof TypeMirror type) || type.getKind() != TypeKind.DECLARED) {
                complete = false; // an unknown class: javac reports it
                continue;
            }
            TypeElement tableClass = (TypeElement) ((DeclaredType) type).asElement();
            String tableSimpleName = tableClass.getSimpleName().toString();
            if (!listed.add(tableClass.getQualifiedName().toString())) {
                problems.add(
                        Problems.tableListedTwice(origins.of(schemaClass, schema, value), simpleName, tableSimpleName));
                continue;
            }
            Optional<AnnotationMirror> tableMirror = AnnotationValues.find(tableClass, AnnotationNames.TABLE);
            if (tableMirror.isEmpty()) {
                problems.add(Problems.listedClassNotTable(
                        origins.of(schemaClass, schema, value),
                        simpleName,
                        tableSimpleName,
                        Names.snakeCase(tableSimpleName)));
                continue;
            }
            TableRead table = tableReader.read(tableClass, tableMirror.get(), problems);
            tables.put(table.qualifiedName(), table);
        }

        List<TableRead> tableList = new ArrayList<>(tables.values());
        for (TableRead table : tableList) {
            complete &= table.columns().stream().allMatch(c -> c.type() != null);
        }
        TableModelBuilder builder =
                new TableModelBuilder(tables, TableModelBuilder.Naming.valueOf(schema.enumName("naming", "MIGRATA")));
        List<TableModel> models = tableList.stream().map(builder::build).toList();
        List<PgEnumRead> pgEnums = pgEnums(tableList);

        List<String> extensions = extensions(schemaClass, schema, problems);
        DeclaredObjectRead objects = DeclaredObjectRead.read(elements, origins, schemaClass, schema, tables, problems);

        List<RevisionRead> revisions = List.of();
        Optional<TypeMirror> head = schema.type("head");
        if (head.isPresent() && head.get().getKind() == TypeKind.DECLARED) {
            RevisionChainReader.Chain chain = chainReader.read(
                    name,
                    simpleName,
                    (TypeElement) ((DeclaredType) head.get()).asElement(),
                    origins.of(schemaClass, schema, "head"),
                    problems);
            revisions = chain.revisions();
            complete &= chain.complete();
        } else {
            complete = false;
        }
        ChainView chainView = new ChainView(name, revisions);

        SchemaDeclaration declaration = complete
                ? new SchemaDeclaration(
                        schemaClass,
                        name,
                        new SchemaModel(
                                models,
                                extensions,
                                pgEnums.stream().map(PgEnumRead::toModel).toList(),
                                objects.viewModels(),
                                objects.functionModels(),
                                objects.triggerModels()),
                        revisionModels(revisions),
                        revisions.stream().map(RevisionRead::element).toList(),
                        tableDeclarations(tableList),
                        schema.bool("metamodel", false))
                : null;
        return new Result(declaration, new SchemaRead(simpleName, tables, models, pgEnums, objects, chainView), listed);
    }

    /** The {@code @PgEnum} enums the columns use, each once, in the order first used. */
    private static List<PgEnumRead> pgEnums(List<TableRead> tables) {
        Map<String, PgEnumRead> byClass = new LinkedHashMap<>();
        for (TableRead table : tables) {
            for (ColumnRead column : table.columns()) {
                if (column.pgEnum() != null) {
                    byClass.putIfAbsent(
                            column.pgEnum().element().getQualifiedName().toString(), column.pgEnum());
                }
            }
        }
        return List.copyOf(byClass.values());
    }

    /** The names {@code @Schema(extensions)} lists, each checked to be an extension name. */
    private List<String> extensions(TypeElement schemaClass, AnnotationValues schema, List<Problem> problems) {
        List<String> names = new ArrayList<>();
        for (AnnotationValue value : schema.list("extensions")) {
            String name = String.valueOf(value.getValue());
            String reason = extensionNameProblem(name);
            if (reason == null) {
                names.add(name);
            } else {
                problems.add(Problems.invalidExtensionName(
                        origins.of(schemaClass, schema, value), schemaClass.getSimpleName(), name, reason));
            }
        }
        return names;
    }

    /**
     * Why the text is not an extension name, or {@code null} when it is: the identifier rule, with
     * {@code -} allowed after the first character ({@code uuid-ossp}) and {@code $} not.
     */
    static String extensionNameProblem(String name) {
        if (name.isEmpty()) {
            return "it is empty";
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > Names.MAX_IDENTIFIER_BYTES) {
            return "it is " + bytes + " bytes long, over PostgreSQL's limit of " + Names.MAX_IDENTIFIER_BYTES;
        }
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            boolean allowed = i == 0 ? Character.isLetter(cp) : Character.isLetterOrDigit(cp) || cp == '_' || cp == '-';
            if (!allowed) {
                return (i == 0 ? "it starts with " : "it contains ") + "'" + Character.toString(cp) + "'";
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static List<RevisionModel> revisionModels(List<RevisionRead> rootFirst) {
        List<RevisionModel> models = new ArrayList<>();
        for (int i = 0; i < rootFirst.size(); i++) {
            models.add(rootFirst
                    .get(i)
                    .toModel(i == 0 ? null : rootFirst.get(i - 1).id()));
        }
        return models;
    }

    private static List<TableDeclaration> tableDeclarations(List<TableRead> tables) {
        return tables.stream()
                .map(t -> new TableDeclaration(
                        t.element(),
                        t.name(),
                        t.columns().stream()
                                .map(c -> new TableDeclaration.ColumnDeclaration(c.javaName(), c.name()))
                                .toList()))
                .toList();
    }
}
