package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.processor.MigrataProcessor;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.processor.files.RevisionStep;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationStep;
import dev.migrata.schema.sql.SqlStatement;
import dev.migrata.testing.Goldens;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.TestInfo;

/**
 * A small project compiled with the real processor, step by step: sources are added or replaced
 * between compilations, while the revision files stay in one temporary migrations folder, as they
 * would in a repository.
 */
final class MigrataProject {

    /** {@code app.User}: table {@code users} with a UUID key and a nullable name. */
    static final String USER = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.util.UUID;

            @Table(name = "users")
            record User(@Column(primaryKey = true) UUID id, String name) {}
            """;

    /** {@code app.InitialSchema}: the root revision {@code 001_initial_schema}. */
    static final String INITIAL = """
            package app;

            import dev.migrata.annotations.Revision;

            @Revision(id = "001_initial_schema", message = "initial schema")
            final class InitialSchema {}
            """;

    static final String SCHEMA_NAME = "app_schema";

    private final Path root;
    private final Map<String, JavaFileObject> sources = new TreeMap<>();

    MigrataProject(Path root) {
        this.root = root;
    }

    /** Adds or replaces a source file, by its class's qualified name. */
    MigrataProject source(String className, String text) {
        sources.put(className, JavaFileObjects.forSourceString(className, text));
        return this;
    }

    /** Removes a source file, as deleting the class from the repository would. */
    MigrataProject without(String className) {
        sources.remove(className);
        return this;
    }

    /** The current source object of a class, for {@code inFile(...)} assertions. */
    JavaFileObject sourceOf(String className) {
        return sources.get(className);
    }

    /** {@code @Schema(head = <head>.class, tables = {...})} in {@code app.AppSchema}. */
    MigrataProject schema(String head, String... tables) {
        return schema(head, "", tables);
    }

    /** {@code @Schema(head = <head>.class, tables = {...}, metamodel = true)} in {@code app.AppSchema}. */
    MigrataProject schemaWithMetamodel(String head, String... tables) {
        return schema(head, ", metamodel = true", tables);
    }

    private MigrataProject schema(String head, String moreAttributes, String... tables) {
        List<String> literals = new ArrayList<>();
        for (String table : tables) {
            literals.add(table + ".class");
        }
        return source(
                "app.AppSchema",
                "package app;\n\nimport dev.migrata.annotations.Schema;\n\n"
                        + "@Schema(head = " + head + ".class, tables = {" + String.join(", ", literals) + "}"
                        + moreAttributes + ")\n"
                        + "final class AppSchema {}\n");
    }

    /**
     * Adds revision {@code id} with {@code parent} (a class name) and the annotations, and makes it the
     * head of {@code @Schema} over {@code tables}.
     */
    MigrataProject headRevision(String id, String parent, String annotations, String... tables) {
        return source("app." + classNameOf(id), revision(id, parent, annotations))
                .schema(classNameOf(id), tables);
    }

    /** The source of revision {@code id}'s class, named by {@link #classNameOf}, with annotations above it. */
    static String revision(String id, String parent, String annotations) {
        return "package app;\n\nimport dev.migrata.annotations.Revision;\n\n" + annotations + "\n"
                + "@Revision(id = \"" + id + "\", parent = " + parent + ".class)\n"
                + "final class " + classNameOf(id) + " {}\n";
    }

    /** {@code 002_add_statuses} → {@code AddStatuses}. */
    static String classNameOf(String id) {
        StringBuilder name = new StringBuilder();
        for (String part : id.substring(4).split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return name.toString();
    }

    /** The folder the processor writes this schema's revision files to. */
    Path migrations() {
        return root.resolve(SCHEMA_NAME);
    }

    Path file(String name) {
        return migrations().resolve(name);
    }

    String read(String name) {
        try {
            return Files.readString(file(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Compilation compile(String... options) {
        List<String> all = new ArrayList<>(List.of("-Amigrata.dir=" + migrations()));
        all.addAll(List.of(options));
        return Compiler.javac()
                .withProcessors(new MigrataProcessor())
                .withOptions(all)
                .compile(sources.values());
    }

    /** Compiles with another processor in place of a plain {@link MigrataProcessor}, e.g. one that wraps it. */
    Compilation compileWith(Processor processor, String... options) {
        List<String> all = new ArrayList<>(List.of("-Amigrata.dir=" + migrations()));
        all.addAll(List.of(options));
        return Compiler.javac().withProcessors(processor).withOptions(all).compile(sources.values());
    }

    /** Compiles, expecting success, and checks that the loaded chain holds exactly what the files say. */
    Compilation compileSuccessfully() {
        Compilation compilation = compile();
        assertThat(compilation).succeeded();
        assertChainMatchesFiles(compilation);
        return compilation;
    }

    /** Every revision of the generated chain has the statements of its {@code .sql} file, in order. */
    void assertChainMatchesFiles(Compilation compilation) {
        try {
            MigrationChain chain =
                    (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
            for (Migration migration : chain.migrations()) {
                RevisionSqlFile file = RevisionSqlFile.parse(read(migration.id() + ".sql"));
                assertEquals(steps(file.upgradeSteps()), migration.upgradeSteps(), migration.id() + " upgrade");
                assertEquals(steps(file.downgradeSteps()), migration.downgradeSteps(), migration.id() + " downgrade");
                assertEquals(file.checksum(), migration.checksum(), migration.id() + " checksum");
            }
        } catch (Exception e) {
            throw new AssertionError("cannot load the generated chain", e);
        }
    }

    /**
     * The compilation copied revision {@code revisionId}'s {@code .sql} file onto the class path,
     * byte for byte, where the runtime reads it.
     */
    void assertResourceIsTheFile(Compilation compilation, String revisionId) {
        try {
            byte[] file = Files.readAllBytes(file(revisionId + ".sql"));
            byte[] resource = new CompiledClasses(compilation)
                    .resources()
                    .get("META-INF/migrata/" + SCHEMA_NAME + "/" + revisionId + ".sql");
            assertArrayEquals(file, resource, revisionId + ".sql on the class path");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Compares the head schema the processor wrote to the class output with the running test's golden. */
    static void assertHeadSchemaMatchesGolden(TestInfo test, Compilation compilation) {
        byte[] resource = new CompiledClasses(compilation)
                .resources()
                .get("META-INF/migrata/" + SCHEMA_NAME + "/head-schema.txt");
        assertNotNull(resource, "head-schema.txt on the class path");
        Goldens.assertGolden(test, "head-schema.txt", new String(resource, StandardCharsets.UTF_8));
    }

    /** Compares a revision's two files with the goldens of the running test. */
    void assertRevisionFilesMatchGoldens(TestInfo test, String revisionId) {
        Goldens.assertGolden(test, revisionId + ".sql", read(revisionId + ".sql"));
        Goldens.assertGolden(test, revisionId + ".schema.json", read(revisionId + ".schema.json"));
    }

    /** Compares a generated source file with the golden of the running test. */
    static void assertGeneratedMatchesGolden(TestInfo test, Compilation compilation, String className) {
        JavaFileObject generated = compilation
                .generatedSourceFile(className)
                .orElseThrow(() -> new AssertionError(
                        className + " was not generated; generated: " + compilation.generatedSourceFiles()));
        try {
            Goldens.assertGolden(
                    test,
                    className.substring(className.lastIndexOf('.') + 1) + ".java",
                    generated.getCharContent(false).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The runtime's steps that state exactly the facts of the file's steps. */
    private static List<MigrationStep> steps(List<RevisionStep> steps) {
        List<MigrationStep> expected = new ArrayList<>();
        for (RevisionStep step : steps) {
            SqlStatement s = step.statement();
            expected.add(
                    step.isJava()
                            ? MigrationStep.java(step.group(), step.dataMigration())
                            : new MigrationStep(
                                    s.sql(), s.group(), s.rerunnable(), s.index(), s.extension(), s.lock(), null));
        }
        return expected;
    }
}
