package dev.migrata.sample;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.cli.scaffold.Scaffold;
import dev.migrata.cli.scaffold.ScaffoldResult;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.processor.MigrataProcessor;
import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sample's database at head, adopted as if another tool had built it: scaffolded, compiled with
 * the processor, checked clean, stamped, and then {@code upgrade} has nothing to do.
 */
class SampleScaffoldTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path migrations;

    @Test
    void theSampleDatabaseAtHeadIsScaffoldedCheckedCleanAndStamped() throws Exception {
        Migrator.builder()
                .dataSource(db.dataSource())
                .chain(SampleSchemaMigrations.chain())
                .build()
                .upgrade("head");
        // Another tool's database: no history of Migrata's.
        db.execute("DROP TABLE " + Migrator.HISTORY_TABLE);

        ScaffoldResult result = Scaffold.fromDatabase(db.dataSource(), null, "adopted");
        assertEquals(List.of(), result.notExpressed());
        Compilation compilation = Compiler.javac()
                .withProcessors(new MigrataProcessor())
                .withOptions("-Amigrata.dir=" + migrations)
                .compile(result.sources().entrySet().stream()
                        .map(source -> JavaFileObjects.forSourceString(source.getKey(), source.getValue()))
                        .toList());
        assertThat(compilation).succeeded();
        MigrationChain chain =
                (MigrationChain) new CompiledClasses(compilation).instantiate(result.schemaClass() + "Migrations");

        Migrator adopted =
                Migrator.builder().dataSource(db.dataSource()).chain(chain).build();
        DriftReport report = adopted.check();
        assertTrue(report.isClean(), report.toString());
        adopted.stamp("head");
        assertEquals(List.of(), adopted.upgrade("head"));
        assertTrue(adopted.check().isClean());
    }
}
