package dev.migrata.cli.scaffold;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.annotations.Check;
import dev.migrata.annotations.Column;
import dev.migrata.annotations.ConstraintNaming;
import dev.migrata.annotations.Distance;
import dev.migrata.annotations.EnumLabel;
import dev.migrata.annotations.Index;
import dev.migrata.annotations.IndexMethod;
import dev.migrata.annotations.PgEnum;
import dev.migrata.annotations.References;
import dev.migrata.annotations.ReferentialAction;
import dev.migrata.annotations.Revision;
import dev.migrata.annotations.Schema;
import dev.migrata.annotations.SqlFunction;
import dev.migrata.annotations.Table;
import dev.migrata.annotations.Trigger;
import dev.migrata.annotations.TriggerEvent;
import dev.migrata.annotations.TriggerTiming;
import dev.migrata.annotations.Unique;
import dev.migrata.annotations.Vector;
import dev.migrata.annotations.VectorIndex;
import dev.migrata.annotations.VectorType;
import dev.migrata.annotations.View;
import dev.migrata.cli.scaffold.CatalogExtras.NotExpressed;
import dev.migrata.cli.scaffold.RoutinePlans.FunctionPlan;
import dev.migrata.cli.scaffold.RoutinePlans.TriggerPlan;
import dev.migrata.cli.scaffold.TablePlan.CheckPlan;
import dev.migrata.cli.scaffold.TablePlan.ColumnPlan;
import dev.migrata.cli.scaffold.TablePlan.IndexPlan;
import dev.migrata.cli.scaffold.TablePlan.UniquePlan;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes the planned declarations as Java sources with JavaPoet: every name and expression from the
 * database goes into a string literal ({@code $S}) or, in Javadoc, through {@link #javadocText}, so
 * no text from the catalog becomes code.
 */
final class SourceWriter {

    private static final String INDENT = "    ";

    private SourceWriter() {}

    static ScaffoldResult write(
            String javaPackage,
            String schemaClass,
            List<TablePlan> tables,
            List<ViewPlan> views,
            List<FunctionPlan> functions,
            List<TriggerPlan> triggers,
            Map<String, ClassName> enumClasses,
            Map<String, List<String>> enumLabels,
            ConstraintNaming naming,
            List<String> extensions,
            List<NotExpressed> notExpressed) {
        List<JavaFile> files = new ArrayList<>();
        for (TablePlan table : tables) {
            files.add(file(javaPackage, table(table)));
        }
        for (ViewPlan view : views) {
            files.add(file(javaPackage, view(view)));
        }
        for (FunctionPlan function : functions) {
            files.add(file(javaPackage, function(function)));
        }
        for (TriggerPlan trigger : triggers) {
            files.add(file(javaPackage, trigger(trigger)));
        }
        enumClasses.forEach(
                (type, className) -> files.add(file(javaPackage, pgEnum(type, className, enumLabels.get(type)))));
        ClassName baseline = ClassName.get(javaPackage, "Baseline");
        files.add(file(javaPackage, baseline(baseline)));
        files.add(file(
                javaPackage,
                schema(
                        schemaClass,
                        baseline,
                        tables,
                        new DeclaredObjects(views, functions, triggers),
                        naming,
                        extensions,
                        notExpressed)));
        return new ScaffoldResult(
                files, notExpressed.stream().map(NotExpressed::description).toList(), javaPackage + "." + schemaClass);
    }

    private static JavaFile file(String javaPackage, TypeSpec type) {
        return JavaFile.builder(javaPackage, type)
                .indent(INDENT)
                .skipJavaLangImports(true)
                .build();
    }

    private static TypeSpec table(TablePlan table) {
        TypeSpec.Builder type = TypeSpec.recordBuilder(table.className()).addModifiers(Modifier.PUBLIC);
        type.addJavadoc("Table <code>$L</code>, as scaffolded from the database.\n", javadocText(table.name()));
        notes(type, table.notExpressed());
        AnnotationSpec.Builder tableAnnotation = AnnotationSpec.builder(Table.class);
        if (!JavaIdentifiers.derives(table.className().simpleName(), table.name())) {
            tableAnnotation.addMember("name", "$S", table.name());
        }
        if (!table.schema().isEmpty()) {
            tableAnnotation.addMember("schema", "$S", table.schema());
        }
        if (!table.primaryKey().isEmpty()) {
            tableAnnotation.addMember("primaryKey", strings(table.primaryKey()));
        }
        if (table.primaryKeyName() != null) {
            tableAnnotation.addMember("primaryKeyName", "$S", table.primaryKeyName());
        }
        if (table.comment() != null) {
            tableAnnotation.addMember("comment", "$S", table.comment());
        }
        type.addAnnotation(tableAnnotation.build());
        for (UniquePlan unique : table.uniques()) {
            AnnotationSpec.Builder annotation =
                    AnnotationSpec.builder(Unique.class).addMember("columns", strings(unique.columns()));
            if (unique.name() != null) {
                annotation.addMember("name", "$S", unique.name());
            }
            type.addAnnotation(annotation.build());
        }
        for (CheckPlan check : table.checks()) {
            AnnotationSpec.Builder annotation =
                    AnnotationSpec.builder(Check.class).addMember("value", "$S", check.expression());
            if (check.name() != null) {
                annotation.addMember("name", "$S", check.name());
            }
            type.addAnnotation(annotation.build());
        }
        for (IndexPlan index : table.indexes()) {
            type.addAnnotation(index(index));
        }
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder();
        for (ColumnPlan column : table.columns()) {
            constructor.addParameter(component(column));
        }
        return type.recordConstructor(constructor.build()).build();
    }

    private static AnnotationSpec index(IndexPlan index) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Index.class);
        if (index.expression() == null) {
            annotation.addMember("columns", strings(index.columns()));
        } else {
            annotation.addMember("expression", "$S", index.expression());
        }
        if (!index.include().isEmpty()) {
            annotation.addMember("include", strings(index.include()));
        }
        if (index.unique()) {
            annotation.addMember("unique", "true");
        }
        if (index.name() != null) {
            annotation.addMember("name", "$S", index.name());
        }
        if (index.where() != null) {
            annotation.addMember("where", "$S", index.where());
        }
        if (index.using() != null) {
            annotation.addMember("using", "$S", index.using());
        }
        return annotation.build();
    }

    private static ParameterSpec component(ColumnPlan column) {
        ParameterSpec.Builder parameter = ParameterSpec.builder(column.type().javaType(), column.field());
        if (column.reference() != null) {
            TablePlan.ReferencePlan reference = column.reference();
            AnnotationSpec.Builder annotation =
                    AnnotationSpec.builder(References.class).addMember("value", "$T.class", reference.target());
            if (!reference.column().isEmpty()) {
                annotation.addMember("column", "$S", reference.column());
            }
            if (!reference.onDelete().equals("NO_ACTION")) {
                annotation.addMember("onDelete", "$T.$L", ReferentialAction.class, reference.onDelete());
            }
            if (!reference.onUpdate().equals("NO_ACTION")) {
                annotation.addMember("onUpdate", "$T.$L", ReferentialAction.class, reference.onUpdate());
            }
            if (reference.name() != null) {
                annotation.addMember("name", "$S", reference.name());
            }
            parameter.addAnnotation(annotation.build());
        }
        if (column.type().vectorDimensions() > 0) {
            AnnotationSpec.Builder annotation = AnnotationSpec.builder(Vector.class)
                    .addMember("dimensions", "$L", column.type().vectorDimensions());
            if (column.type().vectorType() != null) {
                annotation.addMember(
                        "type", "$T.$L", VectorType.class, column.type().vectorType());
            }
            parameter.addAnnotation(annotation.build());
        }
        if (column.vectorIndex() != null) {
            parameter.addAnnotation(vectorIndex(column.vectorIndex()));
        }
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Column.class);
        if (!JavaIdentifiers.derives(column.field(), column.column())) {
            annotation.addMember("name", "$S", column.column());
        }
        JavaColumnType type = column.type();
        if (type.explicitType() != null) {
            annotation.addMember("type", "$S", type.explicitType());
        }
        if (type.length() > 0) {
            annotation.addMember("length", "$L", type.length());
        }
        if (type.precision() > 0) {
            annotation.addMember("precision", "$L", type.precision());
            if (type.scale() > 0) {
                annotation.addMember("scale", "$L", type.scale());
            }
        }
        if (column.primaryKey()) {
            annotation.addMember("primaryKey", "true");
        }
        if (column.notNull()) {
            annotation.addMember("nullable", "false");
        }
        if (column.identity()) {
            annotation.addMember("identity", "true");
        }
        if (column.unique()) {
            annotation.addMember("unique", "true");
        }
        if (column.defaultValue() != null) {
            annotation.addMember("defaultValue", "$S", column.defaultValue());
        }
        if (column.check() != null) {
            annotation.addMember("check", "$S", column.check());
        }
        if (column.generated() != null) {
            annotation.addMember("generated", "$S", column.generated());
        }
        if (column.comment() != null) {
            annotation.addMember("comment", "$S", column.comment());
        }
        AnnotationSpec built = annotation.build();
        if (!built.members().isEmpty()) {
            parameter.addAnnotation(built);
        }
        return parameter.build();
    }

    private static AnnotationSpec vectorIndex(TablePlan.VectorIndexPlan index) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(VectorIndex.class);
        if (!index.method().equals("HNSW")) {
            annotation.addMember("method", "$T.$L", IndexMethod.class, index.method());
        }
        if (!index.distance().equals("L2")) {
            annotation.addMember("distance", "$T.$L", Distance.class, index.distance());
        }
        if (index.m() != null) {
            annotation.addMember("m", "$L", index.m());
        }
        if (index.efConstruction() != null) {
            annotation.addMember("efConstruction", "$L", index.efConstruction());
        }
        if (index.lists() != null) {
            annotation.addMember("lists", "$L", index.lists());
        }
        if (index.name() != null) {
            annotation.addMember("name", "$S", index.name());
        }
        if (index.where() != null) {
            annotation.addMember("where", "$S", index.where());
        }
        return annotation.build();
    }

    private static TypeSpec pgEnum(String type, ClassName className, List<String> labels) {
        TypeSpec.Builder enumType = TypeSpec.enumBuilder(className)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Native enum type <code>$L</code>, as scaffolded from the database.\n", javadocText(type));
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(PgEnum.class);
        String name = Scaffold.unquote(type);
        if (!JavaIdentifiers.derives(className.simpleName(), name)) {
            annotation.addMember("name", "$S", name);
        }
        enumType.addAnnotation(annotation.build());
        Set<String> used = new HashSet<>();
        for (String label : labels) {
            String constant = JavaIdentifiers.constant(label);
            for (int n = 2; !used.add(constant); n++) {
                constant = JavaIdentifiers.constant(label) + "_" + n;
            }
            if (constant.equals(label)) {
                enumType.addEnumConstant(constant);
            } else {
                enumType.addEnumConstant(
                        constant,
                        TypeSpec.anonymousClassBuilder("")
                                .addAnnotation(AnnotationSpec.builder(EnumLabel.class)
                                        .addMember("value", "$S", label)
                                        .build())
                                .build());
            }
        }
        return enumType.build();
    }

    private static TypeSpec baseline(ClassName baseline) {
        return TypeSpec.classBuilder(baseline)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc(
                        "The revision that adopts the existing database: compiled, it creates the scaffolded schema in\n"
                                + "a fresh database; on the database it was scaffolded from, {@code migrata stamp head} records it\n"
                                + "without running anything.\n")
                .addAnnotation(AnnotationSpec.builder(Revision.class)
                        .addMember("id", "$S", Scaffold.BASELINE_ID)
                        .addMember("message", "$S", "baseline of the existing database")
                        .build())
                .build();
    }

    private static TypeSpec view(ViewPlan view) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(View.class)
                .addMember("name", "$S", view.name())
                .addMember("query", "$S", view.query());
        if (view.materialized()) {
            annotation.addMember("materialized", "true");
        }
        return TypeSpec.interfaceBuilder(view.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "$L <code>$L</code>, as scaffolded from the database.\n",
                        view.materialized() ? "Materialized view" : "View",
                        javadocText(view.name()))
                .addAnnotation(annotation.build())
                .build();
    }

    private static TypeSpec function(FunctionPlan function) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(SqlFunction.class);
        if (!JavaIdentifiers.derives(function.className().simpleName(), function.name())) {
            annotation.addMember("name", "$S", function.name());
        }
        if (!function.arguments().isEmpty()) {
            annotation.addMember("arguments", "$S", function.arguments());
        }
        annotation.addMember("returns", "$S", function.returns());
        if (!function.language().equals("plpgsql")) {
            annotation.addMember("language", "$S", function.language());
        }
        annotation.addMember("body", "$S", function.body());
        return TypeSpec.interfaceBuilder(function.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc(
                        "Function <code>$L</code>, as scaffolded from the database.\n", javadocText(function.name()))
                .addAnnotation(annotation.build())
                .build();
    }

    private static TypeSpec trigger(TriggerPlan trigger) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Trigger.class);
        if (!JavaIdentifiers.derives(trigger.className().simpleName(), trigger.name())) {
            annotation.addMember("name", "$S", trigger.name());
        }
        annotation.addMember("table", "$T.class", trigger.table());
        if (!trigger.timing().equals("BEFORE")) {
            annotation.addMember("timing", "$T.$L", TriggerTiming.class, trigger.timing());
        }
        if (!trigger.events().equals(List.of("UPDATE"))) {
            CodeBlock.Builder events = CodeBlock.builder();
            if (trigger.events().size() > 1) {
                events.add("{");
            }
            for (int i = 0; i < trigger.events().size(); i++) {
                events.add(
                        i == 0 ? "$T.$L" : ", $T.$L",
                        TriggerEvent.class,
                        trigger.events().get(i));
            }
            if (trigger.events().size() > 1) {
                events.add("}");
            }
            annotation.addMember("events", events.build());
        }
        if (!trigger.forEachRow()) {
            annotation.addMember("forEachRow", "false");
        }
        annotation.addMember("function", "$T.class", trigger.function());
        if (!trigger.when().isEmpty()) {
            annotation.addMember("when", "$S", trigger.when());
        }
        return TypeSpec.interfaceBuilder(trigger.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Trigger <code>$L</code>, as scaffolded from the database.\n", javadocText(trigger.name()))
                .addAnnotation(annotation.build())
                .build();
    }

    /** The views, functions and triggers the {@code @Schema} lists, each in creation order. */
    private record DeclaredObjects(List<ViewPlan> views, List<FunctionPlan> functions, List<TriggerPlan> triggers) {}

    private static TypeSpec schema(
            String schemaClass,
            ClassName baseline,
            List<TablePlan> tables,
            DeclaredObjects objects,
            ConstraintNaming naming,
            List<String> extensions,
            List<NotExpressed> notExpressed) {
        TypeSpec.Builder type = TypeSpec.classBuilder(schemaClass)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addJavadoc("The schema as scaffolded from the database.\n");
        notes(type, notExpressed.stream().map(NotExpressed::description).toList());
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Schema.class)
                .addMember("head", "$T.class", baseline)
                .addMember(
                        "tables",
                        classList(tables.stream().map(TablePlan::className).toList()));
        if (naming != ConstraintNaming.MIGRATA) {
            annotation.addMember("naming", "$T.$L", ConstraintNaming.class, naming.name());
        }
        if (!extensions.isEmpty()) {
            annotation.addMember("extensions", strings(extensions));
        }
        if (!objects.views().isEmpty()) {
            annotation.addMember(
                    "views",
                    classList(objects.views().stream().map(ViewPlan::className).toList()));
        }
        if (!objects.functions().isEmpty()) {
            annotation.addMember(
                    "functions",
                    classList(objects.functions().stream()
                            .map(FunctionPlan::className)
                            .toList()));
        }
        if (!objects.triggers().isEmpty()) {
            annotation.addMember(
                    "triggers",
                    classList(objects.triggers().stream()
                            .map(TriggerPlan::className)
                            .toList()));
        }
        return type.addAnnotation(annotation.build()).build();
    }

    /** {@code {A.class, B.class}}. */
    private static CodeBlock classList(List<ClassName> classes) {
        CodeBlock.Builder list = CodeBlock.builder().add("{");
        for (int i = 0; i < classes.size(); i++) {
            list.add(i == 0 ? "$T.class" : ", $T.class", classes.get(i));
        }
        return list.add("}").build();
    }

    /** The "Not expressed" list of a class's Javadoc. */
    private static void notes(TypeSpec.Builder type, List<String> notes) {
        if (notes.isEmpty()) {
            return;
        }
        type.addJavadoc("\n<p>Not expressed by these declarations, so not created in a fresh database nor compared by\n"
                + "{@code check()}:\n<ul>\n");
        for (String note : notes) {
            type.addJavadoc("  <li>$L\n", javadocText(note));
        }
        type.addJavadoc("</ul>\n");
    }

    private static CodeBlock strings(List<String> values) {
        CodeBlock.Builder block = CodeBlock.builder();
        if (values.size() == 1) {
            return block.add("$S", values.get(0)).build();
        }
        block.add("{");
        for (int i = 0; i < values.size(); i++) {
            block.add(i == 0 ? "$S" : ", $S", values.get(i));
        }
        return block.add("}").build();
    }

    /**
     * Text from the catalog made safe inside a Javadoc comment: no comment end, no tag, no HTML, no
     * line break and no unicode escape that javac would read before the comment.
     */
    static String javadocText(String text) {
        StringBuilder safe = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> safe.append("&amp;");
                case '<' -> safe.append("&lt;");
                case '>' -> safe.append("&gt;");
                case '@' -> safe.append("&#64;");
                case '*' -> safe.append("&#42;");
                case '/' -> safe.append("&#47;");
                case '\\' -> safe.append("&#92;");
                case '{' -> safe.append("&#123;");
                case '}' -> safe.append("&#125;");
                case '$' -> safe.append("&#36;");
                case '\n', '\r' -> safe.append(' ');
                default -> safe.append(c);
            }
        }
        return safe.toString();
    }
}
