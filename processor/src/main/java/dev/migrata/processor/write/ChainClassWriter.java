package dev.migrata.processor.write;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.runtime.internal.RevisionResource;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SchemaClass>Migrations}: the ordered chain implementing
 * {@code dev.migrata.runtime.MigrationChain}, a typed constant per revision (so a target revision
 * in application code is checked by javac), and the SHA-256 of the head schema file beside it, which
 * the runtime's drift check reads; and
 * its package-private companion {@code <SchemaClass>Revisions} ({@link RevisionPartsWriter}), which
 * creates the revisions a part at a time.
 *
 * <p>No class is generated per revision: each revision is a {@code RevisionResource} holding its
 * id, parent, message, checksums and the SHA-256 of its {@code .sql} file, which the processor
 * copies onto the class path; the runtime reads the file when its steps are first needed and
 * refuses one that is not byte for byte what was compiled. Loading the chain reads no file and
 * creates only the head's part of the revisions, so an up-to-date start stays flat in the number of
 * revisions.
 */
public final class ChainClassWriter {

    private static final String HEAD = "HEAD";

    private ChainClassWriter() {}

    /**
     * The Java files for the chain: the companion class that creates its revisions, then the chain
     * class, which needs it (written in this order, a chain class is never left without it).
     */
    public static List<JavaFile> write(ChainSource chain) {
        ClassName self = chain.chainClass();
        Map<RevisionSource, String> constants =
                RevisionPartsWriter.constants(chain.revisions(), List.of(HEAD, "NAME", "MIGRATIONS"));
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The migration chain of schema $L, declared by {@link $T}: every revision, root first, each a\n"
                                + "constant of this class. A revision's steps are read from its frozen file on the class path,\n"
                                + "{@code $L<id>.sql}, when they are first needed, and verified against the SHA-256 compiled\n"
                                + "here.\n",
                        StringLiterals.javadocCode(chain.schemaName()),
                        chain.schemaClass(),
                        resourceFolder(chain.schemaName()))
                .addAnnotation(GeneratedAnnotation.spec())
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(RuntimeTypes.MIGRATION_CHAIN);
        int revisions = chain.revisions().size();
        for (int part = 0; part < RevisionPartsWriter.parts(revisions); part++) {
            // The revisions' constants are the parts' own, inherited: reading one creates only its part.
            type.addSuperinterface(
                    RevisionPartsWriter.constantsOf(chain.schemaClass(), part * RevisionPartsWriter.PART_SIZE));
        }
        chain.originatingElements().forEach(type::addOriginatingElement);

        type.addField(FieldSpec.builder(String.class, "NAME", Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The schema's name.\n")
                .initializer(StringLiterals.literal(chain.schemaName()))
                .build());
        RevisionSource head = chain.revisions().get(revisions - 1);
        type.addField(FieldSpec.builder(RuntimeTypes.MIGRATION, HEAD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The newest revision.\n")
                .initializer(
                        "$T.$N",
                        RevisionPartsWriter.constantsOf(chain.schemaClass(), revisions - 1),
                        constants.get(head))
                .build());
        ParameterizedTypeName migrationList =
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MIGRATION);
        type.addField(FieldSpec.builder(migrationList, "MIGRATIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer(
                        "$T.chain($L, $L, $T::part)",
                        RuntimeTypes.REVISION_RESOURCE,
                        revisions,
                        RevisionPartsWriter.PART_SIZE,
                        RevisionPartsWriter.revisionsClassOf(chain.schemaClass()))
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
        addHeadSchema(type, self, chain);
        return List.of(RevisionPartsWriter.write(chain, constants), GeneratedSources.javaFile(self, type.build()));
    }

    /**
     * The class path folder of a schema's revision files, {@code META-INF/migrata/<schema>/}: where
     * the processor copies them and the runtime reads them.
     */
    public static String resourceFolder(String schemaName) {
        return RevisionResource.FOLDER + schemaName + "/";
    }

    /** {@code sha256:<hex>} over the revision's file as the class path holds it. */
    static String resourceDigest(RevisionSource revision) {
        return RevisionResource.sha256(revision.sqlBytes());
    }

    /**
     * The class path resource of a schema's head schema, in the runtime's text form:
     * {@code META-INF/migrata/<schema>/head-schema.txt}. No revision file can have its name, since
     * those end in {@code .sql}.
     */
    public static String headSchemaResource(String schemaName) {
        return resourceFolder(schemaName) + "head-schema.txt";
    }

    /**
     * {@code headSchema()}: read from its resource, verified by the SHA-256 compiled here, when asked
     * for (by {@code check()}): kept out of the class, the text costs javac nothing to compile.
     */
    private static void addHeadSchema(TypeSpec.Builder type, ClassName self, ChainSource chain) {
        type.addMethod(override("headSchema", RuntimeTypes.SCHEMA_DEFINITION)
                .addStatement(
                        "return $T.fromResource($T.class, $S, $S)",
                        RuntimeTypes.SCHEMA_DEFINITION,
                        self,
                        headSchemaResource(chain.schemaName()),
                        RevisionResource.sha256(chain.headSchemaBytes()))
                .build());
    }

    private static MethodSpec.Builder override(String name, com.palantir.javapoet.TypeName returns) {
        return MethodSpec.methodBuilder(name)
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
    }
}
