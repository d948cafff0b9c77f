package dev.migrata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.migrata.runtime.internal.RevisionResource;
import dev.migrata.schema.model.SchemaModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SchemaClass>Migrations}: the ordered chain implementing
 * {@code dev.migrata.runtime.MigrationChain}, a typed constant per revision (so a target revision
 * in application code is checked by javac), and the head schema for the runtime's drift check.
 *
 * <p>No class is generated per revision: each revision is a {@code RevisionResource} holding its
 * id, parent, message, checksums and the SHA-256 of its {@code .sql} file, which the processor
 * copies onto the class path; the runtime reads the file when its steps are first needed and
 * refuses one that is not byte for byte what was compiled. Loading the chain reads no file, so an
 * up-to-date start stays flat in the number of revisions.
 *
 * <p>The revisions are created in nested holder classes of {@value #REVISIONS_PER_HOLDER} each, so
 * that no static initializer outgrows the JVM's 64 KB limit on a method's code: the chain class's
 * own initializer only copies each revision from its holder into its constant (a few bytes each).
 */
public final class ChainClassWriter {

    /** Revisions per holder class: about 40 bytes of initializer code each, far inside 64 KB. */
    static final int REVISIONS_PER_HOLDER = 500;

    private static final String HEAD = "HEAD";
    private static final String HOLDER = "Revisions";
    private static final String HOLDER_ARRAY = "REVISIONS";

    private ChainClassWriter() {}

    /** The Java file for the chain. */
    public static JavaFile write(ChainSource chain) {
        ClassName self = chain.chainClass();
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The migration chain of schema $L, declared by {@link $T}: every revision, root first. Each\n"
                                + "revision's steps are read from its frozen file on the class path, {@code $L<id>.sql},\n"
                                + "when they are first needed, and verified against the SHA-256 compiled here.\n",
                        StringLiterals.javadocCode(chain.schemaName()),
                        chain.schemaClass(),
                        resourceFolder(chain.schemaName()))
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
        Map<RevisionSource, String> constants = revisionConstants(chain.revisions());
        int position = 0;
        for (Map.Entry<RevisionSource, String> entry : constants.entrySet()) {
            RevisionSource revision = entry.getKey();
            type.addField(FieldSpec.builder(
                            RuntimeTypes.MIGRATION, entry.getValue(), Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("Revision $L.\n", StringLiterals.javadocCode(revision.id()))
                    .initializer(
                            "$N.$N[$L]",
                            holderName(position / REVISIONS_PER_HOLDER),
                            HOLDER_ARRAY,
                            position % REVISIONS_PER_HOLDER)
                    .build());
            position++;
        }
        String head = constants.get(chain.revisions().get(chain.revisions().size() - 1));
        type.addField(FieldSpec.builder(RuntimeTypes.MIGRATION, HEAD, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addJavadoc("The newest revision.\n")
                .initializer("$L", head)
                .build());
        ParameterizedTypeName migrationList =
                ParameterizedTypeName.get(ClassName.get(List.class), RuntimeTypes.MIGRATION);
        List<CodeBlock> holders = new ArrayList<>();
        for (int start = 0; start < chain.revisions().size(); start += REVISIONS_PER_HOLDER) {
            holders.add(CodeBlock.of("$N.$N", holderName(start / REVISIONS_PER_HOLDER), HOLDER_ARRAY));
        }
        type.addField(FieldSpec.builder(migrationList, "MIGRATIONS", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("$T.chain($L)", RuntimeTypes.REVISION_RESOURCE, CodeBlock.join(holders, ", "))
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
        for (int start = 0; start < chain.revisions().size(); start += REVISIONS_PER_HOLDER) {
            List<RevisionSource> part =
                    chain.revisions().subList(start, Math.min(chain.revisions().size(), start + REVISIONS_PER_HOLDER));
            type.addType(holder(self, chain.schemaName(), start, part));
        }
        return JavaFile.builder(self.packageName(), type.build())
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
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

    private static String holderName(int index) {
        return HOLDER + index;
    }

    /**
     * A holder of revisions {@code start + 1} on: one array of {@code RevisionResource}s, created when
     * the chain class is.
     */
    private static TypeSpec holder(ClassName chain, String schemaName, int start, List<RevisionSource> part) {
        CodeBlock.Builder array = CodeBlock.builder().add("{\n$>");
        for (RevisionSource revision : part) {
            array.add(
                    "new $T($T.class, $L, $L, $L, $L, $L, $L, $L",
                    RuntimeTypes.REVISION_RESOURCE,
                    chain,
                    StringLiterals.literal(schemaName),
                    StringLiterals.literal(revision.id()),
                    revision.parentId() == null ? "null" : StringLiterals.literal(revision.parentId()),
                    StringLiterals.literal(revision.message()),
                    StringLiterals.literal(revision.checksum()),
                    StringLiterals.literal(revision.chainChecksum()),
                    StringLiterals.literal(resourceDigest(revision)));
            if (revision.dataMigration()) {
                // A constructor reference: the class is created when its step runs, never by reflection.
                array.add(
                        ", $L, $T::new",
                        StringLiterals.literal(revision.revisionClass().canonicalName()),
                        revision.revisionClass());
            }
            array.add("),\n");
        }
        return TypeSpec.classBuilder(holderName(start / REVISIONS_PER_HOLDER))
                .addJavadoc("Revisions $L to $L, in chain order.\n", start + 1, start + part.size())
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(
                                ArrayTypeName.of(RuntimeTypes.MIGRATION), HOLDER_ARRAY, Modifier.STATIC, Modifier.FINAL)
                        .initializer(array.add("$<}").build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .build();
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
