package dev.migrata.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.files.SnapshotJson;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.schema.model.ColumnModel;
import dev.migrata.schema.model.RevisionModel;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.model.TableModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generation stage on hand-built declarations: frozen files, drift, verify mode, hand edits. */
class SchemaGeneratorTest {

    private static final RevisionModel INITIAL =
            SchemaFixtures.revision("app.InitialSchema", "001_initial_schema", null, "initial schema");
    private static final RevisionModel SECOND =
            SchemaFixtures.revision("app.AddNotes", "002_add_notes", "001_initial_schema", "add notes");

    @TempDir
    Path dir;

    private Path migrations() {
        return dir.resolve("app_schema");
    }

    // Kept so that diagnostics can be matched to the very file object (compile-testing compares them).
    private final Map<String, JavaFileObject> sources = new HashMap<>();

    private Compilation compile(SchemaModel head, List<RevisionModel> revisions, String... options) {
        sources.clear();
        sources.put(
                "app.AppSchema",
                JavaFileObjects.forSourceLines("app.AppSchema", "package app;", "final class AppSchema {}"));
        for (RevisionModel revision : revisions) {
            String simple = revision.className().substring("app.".length());
            sources.put(
                    revision.className(),
                    JavaFileObjects.forSourceLines(
                            revision.className(), "package app;", "", "final class " + simple + " {}"));
        }
        List<String> allOptions = new ArrayList<>(List.of("-Amigrata.dir=" + migrations()));
        allOptions.addAll(List.of(options));
        return Compiler.javac()
                .withProcessors(new DeclaredSchemaProcessor("app.AppSchema", head, revisions))
                .withOptions(allOptions)
                .compile(sources.values());
    }

    @Test
    void writesTheHeadFilesOnceAndLeavesThemAlone() throws Exception {
        SchemaModel head = SchemaFixtures.usersAndDocuments();
        Compilation first = compile(head, List.of(INITIAL));
        assertThat(first).succeededWithoutWarnings();
        Path sql = migrations().resolve("001_initial_schema.sql");
        Path json = migrations().resolve("001_initial_schema.schema.json");
        assertTrue(Files.isRegularFile(sql));
        assertEquals(SnapshotJson.write(head), Files.readString(json));
        assertThat(first).generatedSourceFile("app.AppSchemaMigrations");
        assertThat(first)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/migrata/app_schema/001_initial_schema.sql")
                .hasContents(com.google.common.io.ByteSource.wrap(Files.readAllBytes(sql)));
        assertThat(first)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.migrata.runtime.MigrationChain")
                .contentsAsUtf8String()
                .isEqualTo("app.AppSchemaMigrations\n");

        String sqlText = Files.readString(sql);
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(sql, old);
        Files.setLastModifiedTime(json, old);
        Compilation second = compile(head, List.of(INITIAL));
        assertThat(second).succeededWithoutWarnings();
        assertEquals(old, Files.getLastModifiedTime(sql));
        assertEquals(old, Files.getLastModifiedTime(json));
        assertEquals(sqlText, Files.readString(sql));
        MigrationChain chain = (MigrationChain) new CompiledClasses(second).instantiate("app.AppSchemaMigrations");
        assertEquals("001_initial_schema", chain.head().id());
    }

    @Test
    void readsTheFrozenStatementsInsteadOfRegenerating() throws Exception {
        compile(SchemaModel.EMPTY, List.of(INITIAL));
        Path sql = migrations().resolve("001_initial_schema.sql");
        // A frozen file is compiled from, whatever the generator would produce today.
        String text = Files.readString(sql);
        assertTrue(text.contains("-- migrata:upgrade"));
        Compilation again = compile(SchemaModel.EMPTY, List.of(INITIAL));
        assertThat(again).succeeded();
        MigrationChain chain = (MigrationChain) new CompiledClasses(again).instantiate("app.AppSchemaMigrations");
        assertEquals(
                dev.migrata.processor.files.RevisionSqlFile.parse(text)
                        .upgrade()
                        .size(),
                chain.head().upgradeSteps().size());
    }

    @Test
    void addingARevisionWritesOnlyItsFiles() throws Exception {
        SchemaModel v1 = SchemaFixtures.usersAndDocuments();
        assertThat(compile(v1, List.of(INITIAL))).succeeded();
        Path firstSql = migrations().resolve("001_initial_schema.sql");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(firstSql, old);

        SchemaModel v2 = withNotes(v1);
        Compilation second = compile(v2, List.of(INITIAL, SECOND));
        assertThat(second).succeeded();
        assertEquals(old, Files.getLastModifiedTime(firstSql));
        assertEquals(SnapshotJson.write(v2), Files.readString(migrations().resolve("002_add_notes.schema.json")));
        MigrationChain chain = (MigrationChain) new CompiledClasses(second).instantiate("app.AppSchemaMigrations");
        assertEquals("002_add_notes", chain.head().id());
        assertEquals(chain.migrations().get(0).id(), chain.head().parentId().orElseThrow());
        assertFalse(chain.head().chainChecksum().equals(chain.head().checksum()));
    }

    @Test
    void aChangedModelWithoutANewRevisionIsOneErrorOnTheHead() {
        SchemaModel v1 = SchemaFixtures.usersAndDocuments();
        assertThat(compile(v1, List.of(INITIAL))).succeeded();
        Compilation drifted = compile(withNotes(v1), List.of(INITIAL));
        assertThat(drifted).failed();
        assertThat(drifted).hadErrorCount(1);
        assertThat(drifted).hadErrorContaining("[MIG706]");
        assertThat(drifted)
                .hadErrorContaining(
                        "@Revision(id = \"002_describe_the_change\", parent = InitialSchema.class, message = \"describe the change\")")
                .inFile(sources.get("app.InitialSchema"))
                .onLineContaining("final class InitialSchema");
        assertThat(drifted).hadErrorContaining("001_initial_schema.schema.json");
    }

    @Test
    void verifyModeNeverWrites() {
        Compilation verified = compile(SchemaFixtures.usersAndDocuments(), List.of(INITIAL), "-Amigrata.verify=true");
        assertThat(verified).failed();
        assertThat(verified).hadErrorContaining("[MIG707]");
        assertFalse(Files.exists(migrations()));

        assertThat(compile(SchemaFixtures.usersAndDocuments(), List.of(INITIAL)))
                .succeeded();
        assertThat(compile(SchemaFixtures.usersAndDocuments(), List.of(INITIAL), "-Amigrata.verify=true"))
                .succeededWithoutWarnings();
    }

    @Test
    void aHandEditedFrozenFileIsAChecksumError() throws Exception {
        assertThat(compile(SchemaFixtures.usersAndDocuments(), List.of(INITIAL)))
                .succeeded();
        Path sql = migrations().resolve("001_initial_schema.sql");
        Files.writeString(sql, Files.readString(sql).replaceFirst("(?m)^(-- step 1 .*\n)", "$1-- tweaked\n"));
        Compilation edited = compile(SchemaFixtures.usersAndDocuments(), List.of(INITIAL));
        assertThat(edited).failed();
        assertThat(edited).hadErrorContaining("[MIG704]");
        assertThat(edited).hadErrorContaining("was edited by hand");
    }

    @Test
    void missingHistoryIsAnError() throws Exception {
        SchemaModel v1 = SchemaFixtures.usersAndDocuments();
        assertThat(compile(v1, List.of(INITIAL))).succeeded();
        assertThat(compile(withNotes(v1), List.of(INITIAL, SECOND))).succeeded();
        Files.delete(migrations().resolve("001_initial_schema.sql"));
        Files.delete(migrations().resolve("001_initial_schema.schema.json"));
        Compilation missing = compile(withNotes(v1), List.of(INITIAL, SECOND));
        assertThat(missing)
                .hadErrorContaining("[MIG702] Revision '001_initial_schema' is not the head")
                .inFile(sources.get(INITIAL.className()))
                .onLineContaining("final class");
        assertThat(missing).hadErrorContaining("restore the files from version control");
    }

    @Test
    void aLoneFileIsIncomplete() throws Exception {
        assertThat(compile(SchemaModel.EMPTY, List.of(INITIAL))).succeeded();
        Files.delete(migrations().resolve("001_initial_schema.schema.json"));
        Compilation incomplete = compile(SchemaModel.EMPTY, List.of(INITIAL));
        assertThat(incomplete)
                .hadErrorContaining("[MIG703]")
                .inFile(sources.get(INITIAL.className()))
                .onLineContaining("final class");
    }

    @Test
    void aMalformedSnapshotIsReportedWithItsPosition() throws Exception {
        assertThat(compile(SchemaModel.EMPTY, List.of(INITIAL))).succeeded();
        Files.writeString(
                migrations().resolve("001_initial_schema.schema.json"),
                "{\n  \"tables\": [\n    {\"nme\": 1}\n  ]\n}\n");
        Compilation malformed = compile(SchemaModel.EMPTY, List.of(INITIAL));
        assertThat(malformed)
                .hadErrorContaining("[MIG705]")
                .inFile(sources.get(INITIAL.className()))
                .onLineContaining("final class");
        assertThat(malformed).hadErrorContaining("001_initial_schema.schema.json:3");
    }

    @Test
    void withoutTheOptionAnInMemorySourceNeedsOne() {
        JavaFileObject schema =
                JavaFileObjects.forSourceLines("app.AppSchema", "package app;", "final class AppSchema {}");
        Compilation compilation = Compiler.javac()
                .withProcessors(new DeclaredSchemaProcessor("app.AppSchema", SchemaModel.EMPTY, List.of(INITIAL)))
                .compile(
                        schema,
                        JavaFileObjects.forSourceLines(
                                "app.InitialSchema", "package app;", "final class InitialSchema {}"));
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("[MIG701]").inFile(schema).onLine(2);
        assertThat(compilation).hadErrorContaining("-Amigrata.dir=<path>");
    }

    @Test
    void aDataMigrationMustBeInstantiableByTheGeneratedClass() {
        RevisionModel dataMigration = RevisionModel.withoutDirectives(
                "001_initial_schema", null, "", "app.InitialSchema", true, dev.migrata.schema.model.Origin.NONE);
        JavaFileObject revision = JavaFileObjects.forSourceLines(
                "app.InitialSchema",
                "package app;",
                "final class InitialSchema implements dev.migrata.runtime.DataMigration {",
                "  private InitialSchema() {}",
                "  public void upgrade(java.sql.Connection c) {}",
                "  public void downgrade(java.sql.Connection c) {}",
                "}");
        Compilation compilation = Compiler.javac()
                .withProcessors(new DeclaredSchemaProcessor("app.AppSchema", SchemaModel.EMPTY, List.of(dataMigration)))
                .withOptions("-Amigrata.dir=" + dir)
                .compile(
                        JavaFileObjects.forSourceLines("app.AppSchema", "package app;", "final class AppSchema {}"),
                        revision);
        assertThat(compilation)
                .hadErrorContaining("[MIG801] app.InitialSchema implements DataMigration")
                .inFile(revision)
                .onLineContaining("final class InitialSchema");
        assertThat(compilation).hadErrorContaining("it has no non-private constructor without parameters");
    }

    private static SchemaModel withNotes(SchemaModel model) {
        TableModel users = model.table("users").orElseThrow();
        List<ColumnModel> columns = new ArrayList<>(users.columns());
        columns.add(new ColumnModel("notes", "text", true, false, null, null, List.of()));
        TableModel changed = new TableModel(
                users.schema(),
                users.name(),
                columns,
                users.primaryKey(),
                users.uniques(),
                users.checks(),
                users.foreignKeys(),
                users.indexes(),
                users.comment());
        List<TableModel> tables = new ArrayList<>(model.tables());
        tables.set(tables.indexOf(users), changed);
        return new SchemaModel(tables);
    }
}
