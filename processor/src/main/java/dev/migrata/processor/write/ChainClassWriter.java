package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.schema.model.TableModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SchemaClass>Migrations}: the ordered chain implementing
 * {@code dev.migrata.runtime.MigrationChain}, a typed constant per revision (so a target revision
 * in application code is checked by javac), and the head schema for the runtime's drift check.
 */
public final class ChainClassWriter {

    private static final String HEAD = "HEAD";

    private ChainClassWriter() {}

    /** The Java file for the chain. */
    public static JavaFile write(ChainSource chain) {
        ClassName self = chain.chainClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The migration chain of schema {@code $L}, declared by {@link $T}: every revision, root first.\n",
                        chain.schemaName(),
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
                .initializer("$S", chain.schemaName())
                .build());
        Map<RevisionSource, String> constants = revisionConstants(chain.revisions());
        constants.forEach((revision, constant) -> type.addField(
                FieldSpec.builder(RuntimeTypes.MIGRATION, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addJavadoc("Revision {@code $L}.\n", revision.id())
                        .initializer("new $T()", revision.migrationClass())
                        .build()));
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
        addHeadSchema(type, chain.head().tables());
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /** {@code headSchema()}: the head snapshot, parsed from its text form when asked for. */
    private static void addHeadSchema(TypeSpec.Builder type, List<TableModel> tables) {
        type.addMethod(override("headSchema", RuntimeTypes.SCHEMA_DEFINITION)
                .addStatement("return $L", SchemaDefinitionCode.headSchema(tables))
                .build());
    }

    /**
     * UPPER_SNAKE of each revision class's simple name, kept apart from {@code HEAD}, {@code NAME}
     * and from each other by a {@code _REVISION} suffix.
     */
    private static Map<RevisionSource, String> revisionConstants(List<RevisionSource> revisions) {
        Map<RevisionSource, String> constants = new LinkedHashMap<>();
        List<String> taken = new ArrayList<>(List.of(HEAD, "NAME", "MIGRATIONS"));
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
