package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.migrata.processor.e2e.ChainDatabases.assertClean;
import static dev.migrata.processor.e2e.ChainDatabases.execute;
import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.processor.files.RevisionStep;
import dev.migrata.runtime.DriftReport;
import dev.migrata.schema.sql.SqlStatement;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Views, materialized views, functions and triggers end to end: created with their table, kept
 * across a type change of a column they read (dropped before it and created again after it), a
 * changed definition replaced, removed objects dropped. Each revision file is compared with its
 * golden; each chain is applied to a real database, {@code check()} finds it clean, and a downgrade
 * to the parent leaves the catalog exactly as the parent had it ({@code pg_dump --schema-only}).
 */
class DeclaredObjectsScenariosTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** {@code app.Note} with the Java type of {@code score}. */
    private static final String NOTE = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.time.Instant;

            @Table(name = "notes")
            record Note(
                    @Column(primaryKey = true) long id,
                    String title,
                    @Column(nullable = false) %s score,
                    @Column(nullable = false, defaultValue = "now()") Instant updatedAt) {}
            """;

    private static final String SET_UPDATED_AT = """
            package app;

            import dev.migrata.annotations.SqlFunction;

            @SqlFunction(returns = "trigger", body = "%s")
            interface SetUpdatedAt {}
            """;

    private static final String BODY = "BEGIN NEW.updated_at = now(); RETURN NEW; END";

    private static final String NOTES_UPDATED_AT = """
            package app;

            import dev.migrata.annotations.Trigger;
            import dev.migrata.annotations.TriggerEvent;

            @Trigger(name = "notes_updated_at", table = Note.class, events = TriggerEvent.UPDATE,
                    function = SetUpdatedAt.class, when = "OLD.* IS DISTINCT FROM NEW.*")
            interface NotesUpdatedAt {}
            """;

    private static final String VIEW = """
            package app;

            import dev.migrata.annotations.View;

            @View(name = "%s", query = "%s"%s)
            interface %s {}
            """;

    private static final String TITLES_QUERY = "SELECT id, title, score FROM notes WHERE score > 0";

    @TempDir
    Path dir;

    @Test
    void viewsFunctionAndTriggerAreCreatedAfterTheirTable(TestInfo test) throws Exception {
        MigrataProject project = initial();
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");
        // The head schema check() compares with embeds the views, the function and the trigger.
        MigrataProject.assertGeneratedMatchesGolden(test, compilation, "app.AppSchemaMigrations");
        String sql = project.read("001_initial_schema.sql");
        String upgrade = upgrade(sql);
        assertInOrder(
                upgrade,
                "CREATE TABLE notes",
                "CREATE OR REPLACE FUNCTION set_updated_at()",
                "CREATE VIEW note_titles AS",
                "CREATE MATERIALIZED VIEW note_scores AS",
                "CREATE VIEW top_notes AS",
                "CREATE TRIGGER notes_updated_at BEFORE UPDATE ON notes FOR EACH ROW");
        assertInOrder(
                downgrade(sql),
                "DROP VIEW top_notes",
                "DROP MATERIALIZED VIEW note_scores",
                "DROP VIEW note_titles",
                "DROP TRIGGER notes_updated_at ON notes",
                "DROP FUNCTION set_updated_at",
                "DROP TABLE notes");

        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("head");
            assertClean(migrator.check());
            execute(url, "INSERT INTO notes VALUES (1, 'a', 20, '2000-01-01T00:00:00Z')");
            execute(url, "UPDATE notes SET title = 'b'");
            assertEquals(
                    List.of("t"),
                    query(url, "SELECT updated_at > '2001-01-01T00:00:00Z' FROM notes"),
                    "the trigger set updated_at");
            assertEquals(List.of("b"), query(url, "SELECT title FROM top_notes"));
            migrator.downgrade("base");
            assertEquals(List.of(), query(url, "SELECT proname FROM pg_proc WHERE proname = 'set_updated_at'"));
            assertEquals(
                    List.of(),
                    query(url, "SELECT relname FROM pg_class WHERE relname IN ('note_titles', 'top_notes')"));
        });
    }

    @Test
    void viewsReadingAColumnSurviveItsTypeChange(TestInfo test) throws Exception {
        MigrataProject project = initial();
        project.compileSuccessfully();
        Compilation compilation = project.source("app.Note", NOTE.formatted("long"))
                .source(
                        "app.WiderScore",
                        revision(
                                "002_wider_score",
                                "InitialSchema",
                                "@dev.migrata.annotations.ChangeType(table = \"notes\", column = \"score\")"))
                .source("app.AppSchema", schema("WiderScore", true))
                .compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_wider_score");
        assertThat(compilation)
                .hadWarningContaining("[MIG630] Revision '002_wider_score' drops materialized view note_scores and "
                        + "creates it again (reads table notes, which this revision changes): CREATE MATERIALIZED VIEW")
                .inFile(project.sourceOf("app.WiderScore"))
                .onLineContaining("@Revision(id = \"002_wider_score\"");
        String upgrade = upgrade(project.read("002_wider_score.sql"));
        assertInOrder(
                upgrade,
                "DROP VIEW top_notes",
                "DROP MATERIALIZED VIEW note_scores",
                "DROP VIEW note_titles",
                "ALTER TABLE notes ALTER COLUMN score TYPE bigint",
                "CREATE VIEW note_titles AS",
                "CREATE MATERIALIZED VIEW note_scores AS",
                "CREATE VIEW top_notes AS");

        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("001_initial_schema");
            execute(url, "INSERT INTO notes VALUES (1, 'a', 20, now())");
            String parent = dump(url);
            migrator.upgrade("head");
            assertClean(migrator.check());
            assertEquals(
                    List.of("bigint"),
                    query(
                            url,
                            "SELECT data_type FROM information_schema.columns"
                                    + " WHERE table_name = 'note_titles' AND column_name = 'score'"));
            assertEquals(List.of("20"), query(url, "SELECT score FROM note_scores"));
            migrator.downgrade("001_initial_schema");
            assertEquals(parent, dump(url));
        });
    }

    @Test
    void changedDefinitionsAreReplacedAndRemovedObjectsDropped(TestInfo test) throws Exception {
        MigrataProject project = initial();
        project.compileSuccessfully();
        // 002: the view reads another condition, the function another body; top_notes reads note_titles.
        project.source(
                        "app.NoteTitles",
                        VIEW.formatted("note_titles", TITLES_QUERY.replace("score > 0", "score > 1"), "", "NoteTitles"))
                .source("app.SetUpdatedAt", SET_UPDATED_AT.formatted(BODY.replace("now()", "clock_timestamp()")))
                .source("app.Redefine", revision("002_redefine", "InitialSchema", ""))
                .source("app.AppSchema", schema("Redefine", true))
                .compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_redefine");
        String redefine = upgrade(project.read("002_redefine.sql"));
        assertInOrder(
                redefine,
                "DROP VIEW top_notes",
                "DROP VIEW note_titles",
                "CREATE OR REPLACE FUNCTION set_updated_at()",
                "CREATE VIEW note_titles AS",
                "CREATE VIEW top_notes AS");
        assertTrue(!redefine.contains("note_scores") && !redefine.contains("TRIGGER"), redefine);
        // 003: the materialized view, the trigger and its function are gone.
        Compilation compilation = project.without("app.NoteScores")
                .without("app.NotesUpdatedAt")
                .without("app.SetUpdatedAt")
                .source("app.DropObjects", revision("003_drop_objects", "Redefine", ""))
                .source("app.AppSchema", schema("DropObjects", false))
                .compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "003_drop_objects");
        assertInOrder(
                upgrade(project.read("003_drop_objects.sql")),
                "DROP MATERIALIZED VIEW note_scores",
                "DROP TRIGGER notes_updated_at ON notes",
                "DROP FUNCTION set_updated_at");

        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("001_initial_schema");
            String first = dump(url);
            migrator.upgrade("002_redefine");
            assertEquals(
                    List.of("t"),
                    query(
                            url,
                            "SELECT prosrc LIKE '%clock_timestamp()%' FROM pg_proc"
                                    + " WHERE proname = 'set_updated_at'"),
                    "the function was replaced");
            String second = dump(url);
            assertNotEquals(first, second);
            migrator.upgrade("head");
            assertClean(migrator.check());
            assertEquals(List.of(), query(url, "SELECT tgname FROM pg_trigger WHERE tgname = 'notes_updated_at'"));
            migrator.downgrade("002_redefine");
            assertEquals(second, dump(url));
            migrator.downgrade("001_initial_schema");
            assertEquals(first, dump(url));
        });
    }

    /**
     * Every kind of statement of views, functions and triggers takes the locks its step header
     * states, as {@code pg_locks} shows them right after it ran, and no other lock stronger than
     * ACCESS SHARE on any table or view.
     */
    @Test
    void eachStepTakesTheLocksItsHeaderStates() throws Exception {
        MigrataProject project = initial();
        project.compileSuccessfully();
        project.source(
                        "app.NoteTitles",
                        VIEW.formatted("note_titles", TITLES_QUERY.replace("score > 0", "score > 1"), "", "NoteTitles"))
                .source("app.SetUpdatedAt", SET_UPDATED_AT.formatted(BODY.replace("now()", "clock_timestamp()")))
                .source("app.Redefine", revision("002_redefine", "InitialSchema", ""))
                .source("app.AppSchema", schema("Redefine", true))
                .compileSuccessfully();
        Compilation compilation = project.without("app.NoteScores")
                .without("app.NotesUpdatedAt")
                .without("app.SetUpdatedAt")
                .source("app.DropObjects", revision("003_drop_objects", "Redefine", ""))
                .source("app.AppSchema", schema("DropObjects", false))
                .compileSuccessfully();
        RevisionSqlFile redefine = RevisionSqlFile.parse(project.read("002_redefine.sql"));
        RevisionSqlFile drop = RevisionSqlFile.parse(project.read("003_drop_objects.sql"));
        inDatabase(compilation, (url, migrator) -> {
            List<String> checked = new ArrayList<>();
            migrator.upgrade("001_initial_schema");
            checked.addAll(assertLocksAsStated(url, redefine.upgradeSteps()));
            migrator.upgrade("002_redefine");
            checked.addAll(assertLocksAsStated(url, drop.upgradeSteps()));
            migrator.upgrade("head");
            checked.addAll(assertLocksAsStated(url, drop.downgradeSteps()));
            assertEquals(
                    List.of(
                            "DROP VIEW",
                            "DROP VIEW",
                            "CREATE OR REPLACE FUNCTION",
                            "CREATE VIEW",
                            "CREATE VIEW",
                            "DROP MATERIALIZED VIEW",
                            "DROP TRIGGER",
                            "DROP FUNCTION",
                            "CREATE OR REPLACE FUNCTION",
                            "CREATE MATERIALIZED VIEW",
                            "CREATE TRIGGER"),
                    checked);
        });
    }

    private static final Pattern STATED_LOCK = Pattern.compile(
            "(ACCESS EXCLUSIVE|SHARE ROW EXCLUSIVE|SHARE UPDATE EXCLUSIVE|ROW SHARE|ACCESS SHARE|SHARE) on (new )?"
                    + "(view |materialized view |function )?([^,;]+)");

    /**
     * Runs each step after the ones before it in a transaction that is rolled back, and compares the
     * locks it holds then with its header's.
     *
     * @return the first words of each statement checked
     */
    private static List<String> assertLocksAsStated(String url, List<RevisionStep> steps) throws Exception {
        List<String> checked = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url)) {
            connection.setAutoCommit(false);
            for (int i = 0; i < steps.size(); i++) {
                SqlStatement step = steps.get(i).statement();
                try (Statement statement = connection.createStatement()) {
                    for (RevisionStep before : steps.subList(0, i)) {
                        statement.execute(before.statement().sql());
                    }
                    Set<String> held = heldLocks(connection);
                    String lockLine = step.lock().substring(0, step.lock().indexOf(';'));
                    Matcher stated = STATED_LOCK.matcher(lockLine);
                    List<String[]> expected = new ArrayList<>();
                    while (stated.find()) {
                        if (!stated.group(4).equals("the relations it reads")) {
                            expected.add(new String[] {
                                stated.group(1),
                                stated.group(3),
                                stated.group(4).strip()
                            });
                        }
                    }
                    Map<String, Long> oidsBefore = new HashMap<>();
                    for (String[] lock : expected) {
                        oidsBefore.put(lock[2], oid(connection, lock[1], lock[2]));
                    }
                    statement.execute(step.sql());
                    Set<String> now = heldLocks(connection);
                    Set<String> taken = new TreeSet<>(now);
                    taken.removeAll(held);
                    for (String[] lock : expected) {
                        Long oid = oidsBefore.get(lock[2]) != null
                                ? oidsBefore.get(lock[2])
                                : oid(connection, lock[1], lock[2]);
                        String mode = mode(lock[0]);
                        String kind = "function ".equals(lock[1]) ? "object" : "relation";
                        assertTrue(
                                now.contains(kind + " " + oid + " " + mode),
                                step.sql() + "\nstates " + lockLine + "\nbut holds " + now);
                        taken.remove(kind + " " + oid + " " + mode);
                    }
                    for (String other : taken) {
                        assertTrue(
                                other.startsWith("object") || other.endsWith("AccessShareLock"),
                                step.sql() + "\nstates " + lockLine + "\nbut also takes " + other);
                    }
                    checked.add(step.sql().split(" (?=[a-z\"])", 2)[0]);
                } finally {
                    connection.rollback();
                }
            }
        }
        return checked;
    }

    /** {@code relation <oid> <mode>} and {@code object <oid> <mode>} of each lock this session holds. */
    private static Set<String> heldLocks(Connection connection) throws Exception {
        Set<String> locks = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT locktype, coalesce(relation, objid), mode FROM pg_locks"
                        + " WHERE pid = pg_backend_pid() AND locktype IN ('relation', 'object')"
                        // The system catalogs every statement reads or writes.
                        + " AND coalesce(relation, objid) >= 16384")) {
            while (rows.next()) {
                locks.add(rows.getString(1) + " " + rows.getLong(2) + " " + rows.getString(3));
            }
        }
        return locks;
    }

    /** The oid of a function by name, or of a relation; {@code null} when there is none (yet). */
    private static Long oid(Connection connection, String kind, String name) throws Exception {
        String sql =
                "function ".equals(kind) ? "SELECT oid FROM pg_proc WHERE proname = ?" : "SELECT to_regclass(?)::oid";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, name);
            try (ResultSet rows = statement.executeQuery()) {
                return rows.next() && rows.getObject(1) != null ? rows.getLong(1) : null;
            }
        }
    }

    /** {@code SHARE ROW EXCLUSIVE} → {@code ShareRowExclusiveLock}, as {@code pg_locks} names it. */
    private static String mode(String level) {
        StringBuilder mode = new StringBuilder();
        for (String word : level.split(" ")) {
            mode.append(word.charAt(0)).append(word.substring(1).toLowerCase(java.util.Locale.ROOT));
        }
        return mode.append("Lock").toString();
    }

    @Test
    void checkReportsAnAlteredViewAMissingTriggerAndAnExtraFunction() throws Exception {
        Compilation compilation = initial().compileSuccessfully();
        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("head");
            assertClean(migrator.check());
            execute(url, "CREATE OR REPLACE VIEW note_titles AS SELECT id, title, score FROM notes WHERE score > 5");
            execute(url, "DROP TRIGGER notes_updated_at ON notes");
            execute(url, "CREATE FUNCTION stray() RETURNS integer LANGUAGE sql AS 'SELECT 1'");
            DriftReport report = migrator.check();
            List<String> kinds = new ArrayList<>();
            report.drifts().forEach(d -> kinds.add(d.kind() + " " + d.object()));
            assertEquals(
                    List.of(
                            "VIEW_DEFINITION note_titles",
                            "EXTRA_FUNCTION stray",
                            "MISSING_TRIGGER notes trigger notes_updated_at"),
                    kinds,
                    report.toString());
            String text = report.toString();
            assertTrue(text.contains("score > 5"), text);
            assertTrue(text.contains("score > 0"), text);
        });
    }

    /** Revision 001 with the table, the function, the trigger and three views. */
    private MigrataProject initial() {
        return new MigrataProject(dir)
                .source("app.Note", NOTE.formatted("int"))
                .source("app.SetUpdatedAt", SET_UPDATED_AT.formatted(BODY))
                .source("app.NotesUpdatedAt", NOTES_UPDATED_AT)
                .source("app.NoteTitles", VIEW.formatted("note_titles", TITLES_QUERY, "", "NoteTitles"))
                .source(
                        "app.NoteScores",
                        VIEW.formatted(
                                "note_scores",
                                "SELECT score, count(*) AS n FROM notes GROUP BY score",
                                ", materialized = true",
                                "NoteScores"))
                .source(
                        "app.TopNotes",
                        VIEW.formatted(
                                "top_notes", "SELECT id, title FROM note_titles WHERE score > 10", "", "TopNotes"))
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .source("app.AppSchema", schema("InitialSchema", true));
    }

    /** The schema class: all objects, or without the materialized view, the function and the trigger. */
    private static String schema(String head, boolean all) {
        return "package app;\n\nimport dev.migrata.annotations.Schema;\n\n"
                + "@Schema(head = " + head + ".class, tables = Note.class,\n"
                + (all
                        ? "        views = {NoteTitles.class, NoteScores.class, TopNotes.class},\n"
                                + "        functions = SetUpdatedAt.class, triggers = NotesUpdatedAt.class)\n"
                        : "        views = {NoteTitles.class, TopNotes.class})\n")
                + "final class AppSchema {}\n";
    }

    private static String revision(String id, String parent, String annotations) {
        String className = Character.toUpperCase(id.charAt(4)) + id.substring(5);
        StringBuilder name = new StringBuilder();
        for (String part : className.split("_")) {
            name.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return "package app;\n\nimport dev.migrata.annotations.Revision;\n\n" + annotations + "\n"
                + "@Revision(id = \"" + id + "\", parent = " + parent + ".class)\n"
                + "final class " + name + " {}\n";
    }

    private static String upgrade(String sql) {
        return sql.substring(0, sql.indexOf("-- migrata:downgrade"));
    }

    private static String downgrade(String sql) {
        return sql.substring(sql.indexOf("-- migrata:downgrade"));
    }

    /** Each text occurs in {@code text}, each after the one before. */
    private static void assertInOrder(String text, String... parts) {
        int from = 0;
        for (String part : parts) {
            int at = text.indexOf(part, from);
            assertTrue(at >= 0, "'" + part + "' after character " + from + " in\n" + text);
            from = at + part.length();
        }
    }

    /** The schema of the database the URL names, as pg_dump writes it. */
    private static String dump(String url) {
        String name = url.substring(url.lastIndexOf('/') + 1);
        int query = name.indexOf('?');
        return server.schemaDump(query < 0 ? name : name.substring(0, query));
    }

    private static void inDatabase(Compilation compilation, ChainDatabases.DatabaseWork work) throws Exception {
        ChainDatabases.inDatabase(server, compilation, work);
    }
}
