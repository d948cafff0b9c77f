package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.files.SnapshotJson;
import dev.migrata.testing.Goldens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/** Revision files end to end: written once, then read and never rewritten; drift, verify mode and hand edits are errors. */
class FrozenFilesTest {

    @TempDir
    Path dir;

    private MigrataProject project;

    @BeforeEach
    void sources() {
        project = new MigrataProject(dir)
                .source("app.User", MigrataProject.USER)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
    }

    @Test
    void eachWrittenRevisionFileIsNotedOnceAndFrozenOnesAreNot() throws Exception {
        Compilation first = project.compileSuccessfully();
        assertEquals(
                List.of("wrote app_schema/001_initial_schema.sql: 1 step in 1 transaction, warnings none"),
                writtenNotes(first));
        assertThat(first)
                .hadNoteContaining("wrote app_schema/001_initial_schema.sql")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");

        // Only read now: no note for the frozen revision, one for the new head.
        project.source("app.User", MigrataProject.USER.replace("String name) {}", "String name, Integer age) {}"))
                .source("app.AddAge", """
                        package app;

                        import dev.migrata.annotations.Revision;

                        @Revision(id = "002_add_age", parent = InitialSchema.class)
                        final class AddAge {}
                        """)
                .schema("AddAge", "User");
        Compilation second = project.compileSuccessfully();
        assertEquals(
                List.of("wrote app_schema/002_add_age.sql: 1 step in 1 transaction, warnings none"),
                writtenNotes(second));
        assertEquals(List.of(), writtenNotes(project.compileSuccessfully()));
    }

    /** The notes about written revision files. */
    private static List<String> writtenNotes(Compilation compilation) {
        return compilation.notes().stream()
                .map(note -> note.getMessage(null))
                .filter(text -> text.startsWith("wrote "))
                .toList();
    }

    @Test
    void aSnapshotWrittenBeforeSnapshotFormatsKeepsItsRecordedChecksum() throws Exception {
        project.compileSuccessfully();
        // The files as the writer before snapshot formats left them: no "format", and the .sql header
        // recording the checksum of that text.
        Path json = project.file("001_initial_schema.schema.json");
        String current = Files.readString(json);
        String before = current.replace("\n  \"format\": 1,", "");
        assertFalse(before.contains("\"format\""), before);
        Files.writeString(json, before);
        Path sql = project.file("001_initial_schema.sql");
        Files.writeString(
                sql,
                Files.readString(sql)
                        .replace(SnapshotJson.checksumOfText(current), SnapshotJson.checksumOfText(before)));

        project.compileSuccessfully();
        assertThat(project.compile("-Amigrata.verify=true")).succeededWithoutWarnings();
        assertEquals(before, Files.readString(json));
    }

    @Test
    void recompilingUnchangedLeavesTheFilesAlone() throws Exception {
        Compilation first = project.compileSuccessfully();
        assertThat(first)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.migrata.runtime.MigrationChain")
                .contentsAsUtf8String()
                .isEqualTo("app.AppSchemaMigrations\n");
        String sql = project.read("001_initial_schema.sql");
        String json = project.read("001_initial_schema.schema.json");
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(project.file("001_initial_schema.sql"), old);
        Files.setLastModifiedTime(project.file("001_initial_schema.schema.json"), old);

        Compilation second = project.compileSuccessfully();
        assertThat(second).succeededWithoutWarnings();
        assertEquals(sql, project.read("001_initial_schema.sql"));
        assertEquals(json, project.read("001_initial_schema.schema.json"));
        assertEquals(old, Files.getLastModifiedTime(project.file("001_initial_schema.sql")));
        assertEquals(old, Files.getLastModifiedTime(project.file("001_initial_schema.schema.json")));
        assertEquals(
                first.generatedSourceFile("app.AppSchemaMigrations")
                        .orElseThrow()
                        .getCharContent(false)
                        .toString(),
                second.generatedSourceFile("app.AppSchemaMigrations")
                        .orElseThrow()
                        .getCharContent(false)
                        .toString());
        project.assertResourceIsTheFile(second, "001_initial_schema");
    }

    @Test
    void changingTheModelWithoutARevisionIsAnErrorWithTheRemedies(TestInfo test) {
        project.compileSuccessfully();
        project.source("app.User", MigrataProject.USER.replace("String name)", "String name, Integer age)"));
        Compilation drifted = project.compile();
        assertThat(drifted).failed();
        assertThat(drifted).hadErrorCount(1);
        assertThat(drifted)
                .hadErrorContaining(
                        "[MIG706] The @Table classes no longer match the frozen snapshot of head revision '001_initial_schema'")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision(id = \"001_initial_schema\"");
        assertThat(drifted)
                .hadErrorContaining(
                        "@Revision(id = \"002_describe_the_change\", parent = InitialSchema.class, message = \"describe the change\")");
        assertThat(drifted).hadErrorContaining("age");
        Goldens.assertGolden(
                test, "error.txt", drifted.errors().get(0).getMessage(null).replace(dir.toString(), "<dir>") + "\n");
        assertThat(drifted).hadErrorContaining("and point @Schema(head) at it");
        assertThat(drifted).hadErrorContaining("001_initial_schema.sql and ");
    }

    @Test
    void addingARevisionWritesOnlyItsFiles() throws Exception {
        project.compileSuccessfully();
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(project.file("001_initial_schema.sql"), old);
        project.source("app.User", MigrataProject.USER.replace("String name)", "String name, Integer age)"))
                .source("app.AddAge", """
                        package app;

                        import dev.migrata.annotations.Revision;

                        @Revision(id = "002_add_age", parent = InitialSchema.class, message = "add age")
                        final class AddAge {}
                        """)
                .schema("AddAge", "User");
        project.compileSuccessfully();
        assertEquals(old, Files.getLastModifiedTime(project.file("001_initial_schema.sql")));
        assertTrue(Files.isRegularFile(project.file("002_add_age.sql")));
        assertTrue(Files.isRegularFile(project.file("002_add_age.schema.json")));
        try (var files = Files.list(project.migrations())) {
            assertEquals(4, files.count());
        }
    }

    @Test
    void verifyModeNeverWrites() {
        Compilation missing = project.compile("-Amigrata.verify=true");
        assertThat(missing).failed();
        assertThat(missing)
                .hadErrorContaining("[MIG707] -Amigrata.verify=true: revision '001_initial_schema' has no files")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertFalse(Files.exists(project.migrations()));

        project.compileSuccessfully();
        assertThat(project.compile("-Amigrata.verify=true")).succeededWithoutWarnings();

        project.source("app.User", MigrataProject.USER.replace("String name)", "String name, Integer age)"));
        assertThat(project.compile("-Amigrata.verify=true")).hadErrorContaining("[MIG706]");
    }

    @Test
    void aHandEditedFrozenFileIsAChecksumError() throws Exception {
        project.compileSuccessfully();
        Path sql = project.file("001_initial_schema.sql");
        Files.writeString(sql, Files.readString(sql).replace("CREATE TABLE users", "CREATE TABLE IF NOT EXISTS users"));
        Compilation edited = project.compile();
        assertThat(edited).failed();
        assertThat(edited)
                .hadErrorContaining("[MIG704]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertThat(edited).hadErrorContaining("was edited by hand");
        assertThat(edited).hadErrorContaining("git checkout -- ");
    }
}
