package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.schema.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SchemaClass>Migrations}: the ordered chain implementing
 * {@code dev.migrata.runtime.MigrationChain}, a typed constant per revision (so a target revision
 * in application code is checked by javac), and the head schema for the runtime's drift check. The
 * constants are {@code DeferredMigration}s holding each revision's id and checksums: loading the
 * chain loads none of the revision classes, so an application's start stays flat in the number of
 * revisions; each is created when its statements are first needed.
 */
public final class ChainClassWriter {

    private static final String HEAD = "HEAD";
    private static final String REVISION_CLASSES = "REVISION_CLASSES";
    private static final String REVISION_CLASSES_TYPE = "RevisionClasses";
    private static final int SWITCH_CASES = 1000;
    private static final String NO_SUCH_POSITION =
            "default -> throw new $T(\"No revision at position \" + position);\n$<};\n";

    private ChainClassWriter() {}

    /** The Java file for the chain. */
    public static JavaFile write(ChainSource chain) {
        ClassName self = chain.chainClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The migration chain of schema $L, declared by {@link $T}: every revision, root first.\n",
                        StringLiterals.javadocCode(chain.schemaName()),
                        chain.schemaClass())
                .addAnnotation(GeneratedAnnotation.spec())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.MIGRATION_CHAIN);
        // Every class the chain depends on, so incremental builds regenerate it when one changes.
        chain.origins().forEach(type::addOriginatingElement);
        chain.revisions().stream()
                .map(RevisionSource::origin)
                .filter(o -> o != null)
                .forEach(type::addOriginatingElement);

        type.addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The schema's name.\n")
                .initializer(StringLiterals.literal(chain.schemaName()))
                .build());
        ParameterizedTypeName classesType =
                ParameterizedTypeName.get(ClassName.get(IntFunction.class), RuntimeTypes.MIGRATION);
        ClassName classesImpl = self.nestedClass(REVISION_CLASSES_TYPE);
        // Declared before the revision constants, which read it as the class initializes.
        type.addField(
                FieldSpec.builder(classesType, REVISION_CLASSES, Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("new $T()", classesImpl)
                        .build());
        Map<RevisionSource, String> constants = revisionConstants(chain.revisions());
        int position = 0;
        for (Map.Entry<RevisionSource, String> entry : constants.entrySet()) {
            RevisionSource revision = entry.getKey();
            ClassName generated = revision.migrationClass();
            type.addField(FieldSpec.builder(
                            RuntimeTypes.MIGRATION, entry.getValue(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc(
                            "Revision $L; {@link $T} is loaded when its statements are.\n",
                            StringLiterals.javadocCode(revision.id()),
                            generated)
                    .initializer(
                            "new $T(\n$>$>$T.ID,\n$L,\n$T.MESSAGE,\n$T.CHECKSUM,\n$T.CHAIN_CHECKSUM,\n$L,\n$L)$<$<",
                            RuntimeTypes.DEFERRED_MIGRATION,
                            generated,
                            revision.parentId() == null
                                    ? CodeBlock.of("null")
                                    : CodeBlock.of("$T.PARENT_ID", generated),
                            generated,
                            generated,
                            generated,
                            REVISION_CLASSES,
                            position++)
                    .build());
        }
        String head = constants.get(chain.revisions().get(chain.revisions().size() - 1));
        type.addField(FieldSpec.builder(RuntimeTypes.MIGRATION, HEAD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The newest revision.\n")
                .initializer("$L", head)
                .build());
        ParameterizedTypeName migrationList =
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MIGRATION);
        type.addField(FieldSpec.builder(migrationList, "MIGRATIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.of($L)", List.class, String.join(", ", constants.values()))
                .build());

        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("For {@link java.util.ServiceLoader}; application code calls {@link #chain()}.\n")
                .addModifiers(Modifier.PUBLIC)
                .build());
        type.addMethod(MethodSpec.methodBuilder("chain")
                .addJavadoc("The chain, to pass to the migrator.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(RuntimeTypes.MIGRATION_CHAIN)
                .addStatement("return new $T()", self)
                .build());
        type.addMethod(override("name", ClassName.get(String.class))
                .addStatement("return NAME")
                .build());
        type.addMethod(override("migrations", migrationList)
                .addStatement("return MIGRATIONS")
                .build());
        type.addMethod(override("head", RuntimeTypes.MIGRATION)
                .addStatement("return HEAD")
                .build());
        addHeadSchema(type, chain.head());
        type.addType(revisionClasses(classesImpl, classesType, chain.revisions()));
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * The nested class that creates each revision's generated class by position: a switch, so that
     * no revision class is loaded before its statements are needed. Switches hold at most {@value
     * #SWITCH_CASES} cases each, well inside the JVM's 64 KB limit on a method's code.
     */
    private static TypeSpec revisionClasses(
            ClassName name, ParameterizedTypeName type, List<RevisionSource> revisions) {
        TypeSpec.Builder classes = TypeSpec.classBuilder(name)
                .addJavadoc("Creates each revision's generated class when its statements are first needed.\n")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addSuperinterface(type);
        MethodSpec.Builder apply = override("apply", RuntimeTypes.MIGRATION).addParameter(int.class, "position");
        if (revisions.size() <= SWITCH_CASES) {
            classes.addMethod(apply.addCode(positionSwitch(revisions, 0)).build());
            return classes.build();
        }
        CodeBlock.Builder blocks = CodeBlock.builder().add("return switch (position / $L) {\n$>", SWITCH_CASES);
        for (int start = 0; start < revisions.size(); start += SWITCH_CASES) {
            String method = "from" + start;
            blocks.add("case $L -> $L(position);\n", start / SWITCH_CASES, method);
            List<RevisionSource> block = revisions.subList(start, Math.min(revisions.size(), start + SWITCH_CASES));
            classes.addMethod(MethodSpec.methodBuilder(method)
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(RuntimeTypes.MIGRATION)
                    .addParameter(int.class, "position")
                    .addCode(positionSwitch(block, start))
                    .build());
        }
        classes.addMethod(apply.addCode(blocks.add(NO_SUCH_POSITION, IllegalArgumentException.class)
                        .build())
                .build());
        return classes.build();
    }

    /** {@code return switch (position) { case 0 -> new FirstMigration(); ... };} from {@code first}. */
    private static CodeBlock positionSwitch(List<RevisionSource> revisions, int first) {
        CodeBlock.Builder code = CodeBlock.builder().add("return switch (position) {\n$>");
        for (int i = 0; i < revisions.size(); i++) {
            code.add("case $L -> new $T();\n", first + i, revisions.get(i).migrationClass());
        }
        return code.add(NO_SUCH_POSITION, IllegalArgumentException.class).build();
    }

    /** {@code headSchema()}: the head snapshot, parsed from its text form when asked for. */
    private static void addHeadSchema(TypeSpec.Builder type, SchemaModel head) {
        type.addMethod(override("headSchema", RuntimeTypes.SCHEMA_DEFINITION)
                .addStatement("return $L", SchemaDefinitionCode.headSchema(head))
                .build());
    }

    /**
     * UPPER_SNAKE of each revision class's simple name, kept apart from {@code HEAD}, {@code NAME}
     * and from each other by a {@code _REVISION} suffix.
     */
    private static Map<RevisionSource, String> revisionConstants(List<RevisionSource> revisions) {
        Map<RevisionSource, String> constants = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>(List.of(HEAD, "NAME", "MIGRATIONS", REVISION_CLASSES));
        for (RevisionSource revision : revisions) {
            String constant = JavaNames.upperSnake(
                    String.join("", revision.revisionClass().simpleNames()));
            while (taken.contains(constant)) {
                constant = constant + "_REVISION";
            }
            taken.add(constant);
            constants.put(revision, constant);
        }
        return constants;
    }

    private static MethodSpec.Builder override(String name, com.palantir.javapoet.TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}
