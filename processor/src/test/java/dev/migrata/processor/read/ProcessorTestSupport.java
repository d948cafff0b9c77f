package dev.migrata.processor.read;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.MigrataProcessor;
import java.nio.file.Path;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.io.TempDir;

/** Compiles small schemas with the processor and pins the diagnostics they produce. */
abstract class ProcessorTestSupport {

    /** The imports every test source starts with (not java.util.*: it would make @Vector ambiguous). */
    static final String IMPORTS = "import dev.migrata.annotations.*;\n"
            + "import java.math.BigDecimal;\n"
            + "import java.time.Instant;\n"
            + "import java.util.UUID;\n";

    /** A root revision, for schemas whose chain is not under test. */
    static final String ROOT_REVISION = "@Revision(id = \"001_init\") final class Init {}";

    @TempDir
    Path migrationsDir;

    /** A source file {@code test/<name>.java}, one line per argument after the header. */
    /** {@code App.java}: a schema {@code App} listing {@code tables}, the root revision, then {@code lines}. */
    static JavaFileObject schemaWithTables(String tables, String... lines) {
        String[] all = new String[lines.length + 2];
        all[0] = "@Schema(head = Init.class, tables = {" + tables + "}) final class App {}";
        all[1] = ROOT_REVISION;
        System.arraycopy(lines, 0, all, 2, lines.length);
        return source("App", all);
    }

    static JavaFileObject source(String name, String... lines) {
        return JavaFileObjects.forSourceString(
                "test." + name, "package test;\n" + IMPORTS + String.join("\n", lines) + "\n");
    }

    /** pgvector-java's classes, as stand-ins (the processor matches them by name). */
    static JavaFileObject[] pgvectorStubs() {
        return new JavaFileObject[] {
            JavaFileObjects.forSourceString("com.pgvector.PGvector", "package com.pgvector; public class PGvector {}"),
            JavaFileObjects.forSourceString(
                    "com.pgvector.PGhalfvec", "package com.pgvector; public class PGhalfvec {}"),
            JavaFileObjects.forSourceString(
                    "com.pgvector.PGsparsevec", "package com.pgvector; public class PGsparsevec {}"),
            JavaFileObjects.forSourceString("com.pgvector.PGbit", "package com.pgvector; public class PGbit {}"),
        };
    }

    /** What the processor of the last compilation created through the Filer. */
    RecordingProcessor processor;

    Compilation compile(JavaFileObject... sources) {
        processor = new RecordingProcessor(new MigrataProcessor());
        return Compiler.javac()
                .withProcessors(processor)
                .withOptions("-Amigrata.dir=" + migrationsDir)
                .compile(sources);
    }

    /** Nothing was generated: no Java source, class or resource, and no revision file. */
    void assertNothingGenerated() throws java.io.IOException {
        assertThat(processor.created()).isEmpty();
        try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(migrationsDir)) {
            assertThat(files.filter(java.nio.file.Files::isRegularFile).toList())
                    .isEmpty();
        }
    }

    /**
     * Compiles and asserts one error: its text contains every fragment (the first being the code,
     * e.g. {@code [MIG101]}), it is reported in {@code source} on the line containing {@code line},
     * and nothing was generated.
     */
    Compilation assertError(JavaFileObject source, String line, String... fragments) {
        return assertError(new JavaFileObject[] {source}, source, line, fragments);
    }

    Compilation assertError(JavaFileObject[] sources, JavaFileObject source, String line, String... fragments) {
        Compilation compilation = compile(sources);
        assertThat(compilation).failed();
        for (String fragment : fragments) {
            assertThat(compilation).hadErrorContaining(fragment).inFile(source).onLineContaining(line);
        }
        try {
            assertNothingGenerated();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return compilation;
    }

    /** Compiles and asserts a warning (compilation goes on). */
    Compilation assertWarning(JavaFileObject[] sources, JavaFileObject source, String line, String... fragments) {
        Compilation compilation = compile(sources);
        for (String fragment : fragments) {
            assertThat(compilation)
                    .hadWarningContaining(fragment)
                    .inFile(source)
                    .onLineContaining(line);
        }
        assertThat(compilation).hadErrorCount(0);
        return compilation;
    }

    /** Concatenates source arrays. */
    static JavaFileObject[] with(JavaFileObject[] more, JavaFileObject... sources) {
        JavaFileObject[] all = new JavaFileObject[more.length + sources.length];
        System.arraycopy(sources, 0, all, 0, sources.length);
        System.arraycopy(more, 0, all, sources.length, more.length);
        return all;
    }
}
