package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The errors of {@code @View}, {@code @SqlFunction} and {@code @Trigger}, one test per code: each
 * pinned with its text, its file and its line, and nothing is generated.
 */
class DeclaredObjectDiagnosticsTest {

    private static final String NOTE = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;

            @Table(name = "notes")
            record Note(@Column(primaryKey = true) long id, String title) {}
            """;

    private static final String TOUCH = """
            package app;

            import dev.migrata.annotations.SqlFunction;

            @SqlFunction(returns = "trigger",
                    body = "BEGIN RETURN NEW; END")
            interface Touch {}
            """;

    private static final String TITLES = """
            package app;

            import dev.migrata.annotations.View;

            @View(query = "SELECT id, title FROM notes")
            interface Titles {}
            """;

    private static final String TOUCH_NOTES = """
            package app;

            import dev.migrata.annotations.Trigger;
            import dev.migrata.annotations.TriggerEvent;

            @Trigger(table = Note.class, function = Touch.class,
                    events = TriggerEvent.UPDATE)
            interface TouchNotes {}
            """;

    @TempDir
    Path dir;

    @Test
    void mig230AListedClassWithoutItsAnnotation() {
        MigrataProject project = project("views = {Titles.class, Note.class}");
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG230] @Schema(views) of AppSchema lists Note, which is not a @View. Annotate it, "
                                + "e.g. @View(query = \"SELECT ...\"), or remove Note.class from views.")
                .inFile(project.sourceOf("app.AppSchema"))
                .onLineContaining("views = {Titles.class, Note.class}");
        assertNothingWritten(project);
    }

    @Test
    void mig231TwoViewsOfOneName() {
        MigrataProject project = project("views = {Titles.class, Other.class}")
                .source(
                        "app.Other",
                        TITLES.replace("interface Titles", "interface Other")
                                .replace("@View(query", "@View(name = \"titles\", query"));
        assertThat(project.compile())
                .hadErrorContaining("[MIG231] Schema AppSchema declares two views named 'titles' (Titles and Other).")
                .inFile(project.sourceOf("app.Other"))
                .onLineContaining("@View(name = \"titles\"");
        MigrataProject tableName = project("views = Titles.class")
                .source("app.Titles", TITLES.replace("@View(query", "@View(name = \"notes\", query"));
        assertThat(tableName.compile())
                .hadErrorContaining("[MIG231] Schema AppSchema declares two relations named 'notes' (Note and Titles). "
                        + "A name is one object in PostgreSQL: rename one, e.g. @View(name = \"notes_2\", ...).")
                .inFile(tableName.sourceOf("app.Titles"))
                .onLineContaining("@View(name = \"notes\"");
    }

    @Test
    void mig232AViewNamingNothing() {
        MigrataProject project = project("views = Titles.class")
                .source("app.Titles", TITLES.replace("SELECT id, title FROM notes", " "));
        assertThat(project.compile())
                .hadErrorContaining("[MIG232] @View on Titles has an empty query: a view naming nothing.")
                .inFile(project.sourceOf("app.Titles"))
                .onLineContaining("@View(query = \" \")");
    }

    @Test
    void mig233AQueryThatIsNotOneSelect() {
        MigrataProject project = project("views = Titles.class")
                .source("app.Titles", TITLES.replace("FROM notes", "FROM notes; DROP TABLE notes"));
        assertThat(project.compile())
                .hadErrorContaining(
                        "[MIG233] @View(query = \"SELECT id, title FROM notes; DROP TABLE notes\") on Titles "
                                + "is not one SELECT statement: it contains ';' outside quotes")
                .inFile(project.sourceOf("app.Titles"))
                .onLineContaining("DROP TABLE notes");
        MigrataProject delete = project("views = Titles.class")
                .source("app.Titles", TITLES.replace("SELECT id, title FROM notes", "DELETE FROM notes"));
        assertThat(delete.compile())
                .hadErrorContaining("is not one SELECT statement: it starts with 'delete' where SELECT or WITH belongs")
                .inFile(delete.sourceOf("app.Titles"))
                .onLineContaining("DELETE FROM notes");
    }

    @Test
    void mig234ABodyContainingItsDollarQuote() {
        MigrataProject project = project("functions = Touch.class")
                .source(
                        "app.Touch",
                        TOUCH.replace("RETURN NEW; END", "RETURN NEW; END$migrata$; DROP TABLE notes; --"));
        assertThat(project.compile())
                .hadErrorContaining(
                        "[MIG234] @SqlFunction(body) on Touch contains $migrata$, the dollar quote the body is "
                                + "written between")
                .inFile(project.sourceOf("app.Touch"))
                .onLineContaining("body = ");
    }

    @Test
    void mig235ArgumentsOrResultTypeThatAreNotOneFragment() {
        MigrataProject project = project("functions = Touch.class")
                .source("app.Touch", TOUCH.replace("returns = \"trigger\"", "returns = \"trigger AS $$x$$; --\""));
        assertThat(project.compile())
                .hadErrorContaining("[MIG235] @SqlFunction(returns = \"trigger AS $$x$$; --\") on Touch is not one SQL "
                        + "type: it contains ';' outside quotes")
                .inFile(project.sourceOf("app.Touch"))
                .onLineContaining("returns = ");
        MigrataProject arguments = project("functions = Touch.class")
                .source("app.Touch", TOUCH.replace("returns =", "arguments = \"a integer)\", returns ="));
        assertThat(arguments.compile())
                .hadErrorContaining(
                        "[MIG235] @SqlFunction(arguments = \"a integer)\") on Touch is not one SQL argument "
                                + "list: it has a ')' that closes nothing it opened")
                .inFile(arguments.sourceOf("app.Touch"))
                .onLineContaining("arguments = ");
    }

    @Test
    void mig236ATriggerOnATableNotListed() {
        MigrataProject project = project("functions = Touch.class, triggers = TouchNotes.class")
                .source("app.Other", NOTE.replace("\"notes\"", "\"others\"").replace("record Note", "record Other"))
                .source("app.TouchNotes", TOUCH_NOTES.replace("table = Note.class", "table = Other.class"));
        assertThat(project.compile())
                .hadErrorContaining("[MIG236] @Trigger(table = Other.class) on TouchNotes names a class that is not a "
                        + "@Table listed in @Schema(tables) of AppSchema.")
                .inFile(project.sourceOf("app.TouchNotes"))
                .onLineContaining("@Trigger(table = Other.class");
        assertNothingWritten(project);
    }

    @Test
    void mig237ATriggerWhoseFunctionIsNotListed() {
        MigrataProject project = project("triggers = TouchNotes.class");
        assertThat(project.compile())
                .hadErrorContaining(
                        "[MIG237] @Trigger(function = Touch.class) on TouchNotes names a class that is not a "
                                + "@SqlFunction listed in @Schema(functions) of AppSchema.")
                .inFile(project.sourceOf("app.TouchNotes"))
                .onLineContaining("function = Touch.class");
    }

    @Test
    void mig238AWhenThatIsNotOneExpression() {
        MigrataProject project = project("functions = Touch.class, triggers = TouchNotes.class")
                .source(
                        "app.TouchNotes",
                        TOUCH_NOTES.replace("events =", "when = \"true) EXECUTE FUNCTION x(\", events ="));
        assertThat(project.compile())
                .hadErrorContaining(
                        "[MIG238] @Trigger(when = \"true) EXECUTE FUNCTION x(\") on TouchNotes is not one SQL "
                                + "boolean expression: it has a ')' that closes nothing it opened")
                .inFile(project.sourceOf("app.TouchNotes"))
                .onLineContaining("when = ");
    }

    @Test
    void mig239ATriggerPostgresqlCannotCreate() {
        MigrataProject project = project("functions = Touch.class, triggers = TouchNotes.class")
                .source(
                        "app.TouchNotes",
                        TOUCH_NOTES.replace("events = TriggerEvent.UPDATE", "events = TriggerEvent.TRUNCATE"));
        assertThat(project.compile())
                .hadErrorContaining(
                        "[MIG239] @Trigger on TouchNotes cannot be created: PostgreSQL fires TRUNCATE triggers "
                                + "for each statement only. Set forEachRow = false, or fire on the other events.")
                .inFile(project.sourceOf("app.TouchNotes"))
                .onLineContaining("events = TriggerEvent.TRUNCATE");
        MigrataProject notATriggerFunction = project("functions = Touch.class, triggers = TouchNotes.class")
                .source("app.Touch", TOUCH.replace("returns = \"trigger\"", "returns = \"integer\""));
        assertThat(notATriggerFunction.compile())
                .hadErrorContaining("[MIG239] @Trigger on TouchNotes cannot be created: its function Touch returns "
                        + "integer, and a trigger executes a function that returns trigger.")
                .inFile(notATriggerFunction.sourceOf("app.TouchNotes"))
                .onLineContaining("function = Touch.class");
    }

    /** Revision 001 with table {@code notes}, the listed classes and all sources. */
    private MigrataProject project(String lists) {
        return new MigrataProject(dir)
                .source("app.Note", NOTE)
                .source("app.Touch", TOUCH)
                .source("app.Titles", TITLES)
                .source("app.TouchNotes", TOUCH_NOTES)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .source(
                        "app.AppSchema",
                        "package app;\n\nimport dev.migrata.annotations.Schema;\n\n"
                                + "@Schema(head = InitialSchema.class, tables = Note.class,\n"
                                + "        " + lists + ")\n"
                                + "final class AppSchema {}\n");
    }

    private static void assertNothingWritten(MigrataProject project) {
        assertFalse(Files.exists(project.file("001_initial_schema.sql")));
    }
}
