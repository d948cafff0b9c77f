package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.CompilationSubject;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.processor.MigrataProcessor;
import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code migrata scaffold} on the command line: the lab chain's database (built by Migrata, so named
 * the MIGRATA way) is written out and compiles, and {@code check()} finds only what the scaffold said
 * it could not express; existing files are never overwritten; the password is never printed.
 */
class ScaffoldCommandTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final String PASSWORD = "scaffold-Secret-42";

    @TempDir
    Path dir;

    @Test
    void theLabDatabaseIsScaffoldedAndDiffersOnlyInWhatTheScaffoldListed() throws Exception {
        Migrator.builder().url(db.jdbcUrl()).chain(new LabChain()).build().upgrade("head");
        Path out = dir.resolve("src");
        CliRun run = CliRun.run(
                dir, "scaffold", "--url", urlWithPassword(), "--package", "lab.schema", "--out", out.toString());
        assertEquals(0, run.exitCode(), run.toString());
        assertEquals("""
                Wrote 4 files:
                  src/lab/schema/Authors.java
                  src/lab/schema/Papers.java
                  src/lab/schema/Baseline.java
                  src/lab/schema/PublicSchema.java
                Not expressed (listed in the Javadoc of the written classes too):
                  table papers: index ix_papers_embedding has no m and ef_construction storage parameters: the \
                declaration states pgvector's defaults, which check() reports as a different index definition until \
                the index is rebuilt with them
                Next: compile, run `migrata check` against this database (no drift expected), then `migrata stamp \
                head` to adopt it.
                """, run.out().replace(dir + "/", ""), run.toString());
        assertTrue(
                run.out()
                        .endsWith("Next: compile, run `migrata check` against this database (no drift expected),"
                                + " then `migrata stamp head` to adopt it.\n"),
                run.toString());
        assertTrue(
                run.out().contains(out.resolve("lab/schema/PublicSchema.java").toString()), run.toString());
        assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD), run.toString());

        String schema = Files.readString(out.resolve("lab/schema/PublicSchema.java"));
        assertFalse(schema.contains("naming"), "the lab's constraints follow Migrata's names:\n" + schema);

        List<JavaFileObject> sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(out)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = out.relativize(file).toString().replace('/', '.').replaceAll("\\.java$", "");
                sources.add(JavaFileObjects.forSourceString(name, Files.readString(file)));
            }
        }
        Compilation compilation = Compiler.javac()
                .withProcessors(new MigrataProcessor())
                .withOptions("-Amigrata.dir=" + dir.resolve("migrations"))
                .compile(sources);
        CompilationSubject.assertThat(compilation).succeeded();
        MigrationChain chain =
                (MigrationChain) new CompiledClasses(compilation).instantiate("lab.schema.PublicSchemaMigrations");
        // The lab's history table names its own chain; a fresh one for the scaffolded chain is what stamp writes.
        db.execute("DROP TABLE migrata_revisions");
        Migrator adopted = Migrator.builder().url(db.jdbcUrl()).chain(chain).build();
        // The lab's HNSW index was built without storage parameters, which a declaration cannot say:
        // the scaffold listed it, and it is the one difference.
        assertTrue(
                run.out()
                        .contains("table papers: index ix_papers_embedding has no m and ef_construction storage"
                                + " parameters"),
                run.toString());
        DriftReport report = adopted.check();
        assertEquals(
                List.of("INDEX_DEFINITION papers index ix_papers_embedding: expected hnsw (embedding vector_cosine_ops)"
                        + " WITH (ef_construction = 64, m = 16), found hnsw (embedding vector_cosine_ops)"),
                report.drifts().stream().map(DriftReport.Drift::toString).toList(),
                report.toString());
    }

    @Test
    void existingFilesAreNeverOverwritten() throws Exception {
        Path out = dir.resolve("src");
        Path existing = out.resolve("app/PublicSchema.java");
        Files.createDirectories(existing.getParent());
        Files.writeString(existing, "// mine\n");
        CliRun run = CliRun.run(dir, "scaffold", "--url", db.jdbcUrl(), "--package", "app", "--out", out.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals(
                "error: Cannot write the sources: " + existing + " exists already; scaffold writes only new files\n",
                run.err());
        assertEquals("// mine\n", Files.readString(existing));
        assertEquals(
                List.of(existing), Files.walk(out).filter(Files::isRegularFile).toList());
    }

    @Test
    void aPackageThatIsNotJavaIsRefused() {
        CliRun run =
                CliRun.run(dir, "scaffold", "--url", db.jdbcUrl(), "--package", "com.1bad", "--out", dir.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("error: Package com.1bad is not a Java package name\n", run.err());
    }

    @Test
    void anUnknownSchemaIsRefused() {
        CliRun run = CliRun.run(
                dir,
                "scaffold",
                "--url",
                db.jdbcUrl(),
                "--schema",
                "nowhere",
                "--package",
                "app",
                "--out",
                dir.toString());
        assertEquals(1, run.exitCode(), run.toString());
        assertEquals("error: Schema nowhere does not exist in the database\n", run.err());
    }

    private static String urlWithPassword() {
        return db.jdbcUrl() + "&password=" + PASSWORD;
    }
}
