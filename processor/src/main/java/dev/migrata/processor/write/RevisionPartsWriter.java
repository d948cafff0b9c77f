package dev.migrata.processor.write;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code <SchemaClass>Revisions}, the package-private companion of the chain class that
 * creates its revisions, in parts of {@value #PART_SIZE} in chain order. Each part is two nested
 * types:
 *
 * <ul>
 *   <li>an interface {@code Part<k>} with a typed constant per revision, which the chain class
 *       implements, so that {@code AppSchemaMigrations.ADD_DOCUMENTS} names a revision;
 *   <li>a class {@code Part<k>Revisions} whose array creates the part's {@code RevisionResource}s.
 * </ul>
 *
 * <p>Why the split: the JVM initializes an interface when one of its constants is first read, not
 * when a class implementing it is, and initializes the class behind it only then. Loading the chain
 * class therefore creates only the head's part (the chain's {@code HEAD} constant reads it), and an
 * application whose database is up to date creates at most {@value #PART_SIZE} revisions at start
 * whatever the length of its history; another part is created when one of its revisions is first
 * used. Keeping the revisions' data out of the interfaces keeps the part of each that is loaded
 * with the chain class small: names, not checksums. And no initializer grows with the chain, so
 * none nears the JVM's 64 KB limit on a method's code.
 */
final class RevisionPartsWriter {

    /** Revisions per part: about 40 bytes of initializer code each, and at most this many created at start. */
    static final int PART_SIZE = 100;

    private static final String CONSTANTS = "Part";
    private static final String CREATED = "Revisions";
    private static final String ARRAY = "REVISIONS";

    private RevisionPartsWriter() {}

    /** The companion class of a chain class: {@code <SchemaClass>Revisions} beside it. */
    static ClassName revisionsClassOf(ClassName schemaClass) {
        return JavaNames.generatedBeside(schemaClass, "Revisions");
    }

    /** The interface of the typed constants of the part that holds revision {@code position} (0 for the root). */
    static ClassName constantsOf(ClassName schemaClass, int position) {
        return revisionsClassOf(schemaClass).nestedClass(CONSTANTS + position / PART_SIZE);
    }

    /** How many parts a chain of {@code revisions} revisions has. */
    static int parts(int revisions) {
        return (revisions + PART_SIZE - 1) / PART_SIZE;
    }

    /**
     * UPPER_SNAKE of each revision class's simple name, kept apart from the chain class's own
     * constants ({@code reserved}) and from each other by a {@code _REVISION} suffix.
     */
    static Map<RevisionSource, String> constants(List<RevisionSource> revisions, List<String> reserved) {
        Map<RevisionSource, String> constants = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>(reserved);
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

    /** The Java file of the chain's companion class, with the constants' names the chain class uses. */
    static JavaFile write(ChainSource chain, Map<RevisionSource, String> constants) {
        ClassName self = revisionsClassOf(chain.schemaClass());
        TypeSpec.Builder type = TypeSpec.classBuilder(self)
                .addJavadoc(
                        "The revisions of {@link $T}, in parts of $L, root first. Each part is an interface of typed\n"
                                + "constants, which the chain class implements, and a class that creates the part's revisions\n"
                                + "when one of them is first used: loading the chain creates only the head's part.\n",
                        chain.chainClass(),
                        PART_SIZE)
                .addAnnotation(GeneratedAnnotation.spec())
                .addModifiers(Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        chain.originatingElements().forEach(type::addOriginatingElement);

        CodeBlock.Builder cases = CodeBlock.builder().beginControlFlow("switch (index)");
        List<RevisionSource> revisions = chain.revisions();
        for (int part = 0; part < parts(revisions.size()); part++) {
            int start = part * PART_SIZE;
            List<RevisionSource> members = revisions.subList(start, Math.min(revisions.size(), start + PART_SIZE));
            ClassName constantsInterface = constantsOf(chain.schemaClass(), start);
            ClassName created = self.nestedClass(constantsInterface.simpleName() + CREATED);
            type.addType(constantsInterface(constantsInterface, created, start, members, constants));
            type.addType(revisionsClass(created, chain, start, members));
            cases.add("case $L:\n$>return $T.$N;\n$<", part, created, ARRAY);
        }
        cases.add("default:\n$>throw new $T(index);\n$<", IndexOutOfBoundsException.class)
                .endControlFlow();
        type.addMethod(MethodSpec.methodBuilder("part")
                .addJavadoc("Part {@code index}'s revisions, in chain order.\n")
                .addModifiers(Modifier.STATIC)
                .returns(ArrayTypeName.of(RuntimeTypes.MIGRATION))
                .addParameter(int.class, "index")
                .addCode(cases.build())
                .build());
        return GeneratedSources.javaFile(self, type.build());
    }

    private static TypeSpec constantsInterface(
            ClassName name,
            ClassName created,
            int start,
            List<RevisionSource> members,
            Map<RevisionSource, String> constants) {
        // Public, though its enclosing class is not, so that reflection reads the constants the chain
        // class inherits as it reads the chain class's own (it checks the declaring type's access).
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Revisions $L to $L, a constant each.\n", start + 1, start + members.size());
        for (int i = 0; i < members.size(); i++) {
            RevisionSource revision = members.get(i);
            type.addField(FieldSpec.builder(
                            RuntimeTypes.MIGRATION,
                            constants.get(revision),
                            Modifier.PUBLIC,
                            Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("Revision $L.\n", StringLiterals.javadocCode(revision.id()))
                    .initializer("$T.$N[$L]", created, ARRAY, i)
                    .build());
        }
        return type.build();
    }

    private static TypeSpec revisionsClass(ClassName name, ChainSource chain, int start, List<RevisionSource> members) {
        CodeBlock.Builder array = CodeBlock.builder().add("{\n$>");
        for (RevisionSource revision : members) {
            array.add(
                    "new $T($T.class, $L, $L, $L, $L, $L, $L, $L",
                    RuntimeTypes.REVISION_RESOURCE,
                    chain.chainClass(),
                    StringLiterals.literal(chain.schemaName()),
                    StringLiterals.literal(revision.id()),
                    revision.parentId() == null ? "null" : StringLiterals.literal(revision.parentId()),
                    StringLiterals.literal(revision.message()),
                    StringLiterals.literal(revision.checksum()),
                    StringLiterals.literal(revision.chainChecksum()),
                    StringLiterals.literal(ChainClassWriter.resourceDigest(revision)));
            if (revision.dataMigration()) {
                // A constructor reference: the class is created when its step runs, never by reflection.
                array.add(
                        ", $L, $T::new",
                        StringLiterals.literal(revision.revisionClass().canonicalName()),
                        revision.revisionClass());
            }
            array.add("),\n");
        }
        return TypeSpec.classBuilder(name)
                .addJavadoc(
                        "Revisions $L to $L, created when the first of them is used.\n",
                        start + 1,
                        start + members.size())
                .addModifiers(Modifier.STATIC, Modifier.FINAL)
                .addField(FieldSpec.builder(
                                ArrayTypeName.of(RuntimeTypes.MIGRATION), ARRAY, Modifier.STATIC, Modifier.FINAL)
                        .initializer(array.add("$<}").build())
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .build();
    }
}
