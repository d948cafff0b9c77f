package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.MigrataProcessor;
import dev.migrata.processor.files.SnapshotJson;
import dev.migrata.processor.read.RecordingProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every diff message (MIG5xx errors, MIG6xx warnings), provoked end to end: revision 1 is compiled
 * and frozen, then the {@code @Table} classes change and a new head {@code @Revision} is added. Each
 * test pins the code, the remedy the user pastes, the file and the line. An error must leave no
 * trace (no revision files for the head, no Java); a warning must not stop the files and the Java.
 */
class DiffDiagnosticsTest {

    private static final String USER_V1 = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.util.UUID;

            @Table(name = "users")
            record User(
                    @Column(primaryKey = true) UUID id,
                    @Column(nullable = false) String email,
                    String nickname,
                    String score,
                    Integer age,
                    @Column(nullable = false) Status status) {}
            """;

    private static final String SESSION_V1 = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.time.Instant;
            import java.util.UUID;

            @Table(name = "sessions")
            record Session(
                    @Column(primaryKey = true) UUID id,
                    UUID userId,
                    @Column(nullable = false) Instant expiresAt) {}
            """;

    private static final String STATUS_V1 = "package app;\n\nenum Status { ACTIVE, BLOCKED, DELETED }\n";

    private static final String INITIAL = """
            package app;

            import dev.migrata.annotations.Revision;

            @Revision(id = "001_initial_schema", message = "initial schema")
            final class InitialSchema {}
            """;

    @TempDir
    Path dir;

    private MigrataProject project;
    private RecordingProcessor recorder;

    @BeforeEach
    void firstRevision() {
        project = new MigrataProject(dir)
                .source("app.User", USER_V1)
                .source("app.Session", SESSION_V1)
                .source("app.Status", STATUS_V1)
                .source("app.InitialSchema", INITIAL)
                .schema("InitialSchema", "User", "Session");
        project.compileSuccessfully();
    }

    // 5xx: errors. The head is refused as a whole.

    @Test
    void aTableGoneWithoutADirectiveAsksForDropTable() {
        project.without("app.Session");
        Compilation compilation = compileHead(
                "DropSessions",
                "@Revision(id = \"002_drop_sessions\", parent = InitialSchema.class, message = \"no more sessions\")",
                "User");
        assertThat(compilation)
                .hadErrorContaining("[MIG501] Table sessions is in the parent revision but not in revision "
                        + "'002_drop_sessions'. Migrata never guesses drops")
                .inFile(project.sourceOf("app.DropSessions"))
                .onLineContaining("@Revision(id = \"002_drop_sessions\"");
        assertThat(compilation).hadErrorContaining("add to the @Revision:");
        assertThat(compilation).hadErrorContaining("    @DropTable(table = \"sessions\")");
        assertRefused(compilation, "002_drop_sessions", 1);
    }

    @Test
    void aTableReplacedByOneWithTheSameColumnsAsksForRenameTableOrDropTable() {
        project.without("app.Session")
                .source(
                        "app.UserSession",
                        edit(
                                SESSION_V1,
                                "@Table(name = \"sessions\")\nrecord Session(",
                                "@Table(name = \"user_sessions\")\nrecord UserSession("));
        Compilation compilation = compileHead(
                "RenameSessions",
                "@Revision(id = \"002_rename_sessions\", parent = InitialSchema.class, message = \"user_sessions\")",
                "User",
                "UserSession");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG502] Table sessions is in the parent revision but not in revision "
                                + "'002_rename_sessions'. Migrata never guesses renames or drops: if it was renamed to user_sessions")
                .inFile(project.sourceOf("app.RenameSessions"))
                .onLineContaining("@Revision(id = \"002_rename_sessions\"");
        assertThat(compilation).hadErrorContaining("    @RenameTable(from = \"sessions\", to = \"user_sessions\")");
        assertThat(compilation).hadErrorContaining("or, if the table and its data are to be dropped:");
        assertThat(compilation).hadErrorContaining("    @DropTable(table = \"sessions\")");
        assertRefused(compilation, "002_rename_sessions", 1);
    }

    @Test
    void aTableRenamedWithOneOfItsColumnsAsksForRenameTableAndRenameColumn() {
        project.without("app.Session")
                .source(
                        "app.UserSession",
                        edit(
                                edit(
                                        SESSION_V1,
                                        "@Table(name = \"sessions\")\nrecord Session(",
                                        "@Table(name = \"user_sessions\")\nrecord UserSession("),
                                "UUID userId,",
                                "UUID accountId,"));
        String revision =
                "@Revision(id = \"002_rename_sessions\", parent = InitialSchema.class, message = \"user_sessions\")";
        Compilation compilation = compileHead("RenameSessions", revision, "User", "UserSession");
        String renames = "    @RenameTable(from = \"sessions\", to = \"user_sessions\")" + System.lineSeparator()
                + "    @RenameColumn(table = \"user_sessions\", from = \"user_id\", to = \"account_id\")";
        // javac indents the lines after the first by two more spaces.
        assertThat(compilation)
                .hadErrorContaining("[MIG502] Table sessions is in the parent revision but not in revision "
                        + "'002_rename_sessions'. Migrata never guesses renames or drops: if it was renamed to "
                        + "user_sessions, add to the @Revision:" + System.lineSeparator()
                        + renames.indent(2).replace("\n", System.lineSeparator())
                        + "    or, if the table and its data are to be dropped:")
                .inFile(project.sourceOf("app.RenameSessions"))
                .onLineContaining("@Revision(id = \"002_rename_sessions\"");
        assertRefused(compilation, "002_rename_sessions", 1);

        Compilation pasted = compileHead(
                "RenameSessions", renames.strip() + System.lineSeparator() + revision, "User", "UserSession");
        assertThat(pasted).succeeded();
        String sql = project.read("002_rename_sessions.sql");
        assertTrue(sql.contains("ALTER TABLE sessions RENAME TO user_sessions"), sql);
        assertTrue(sql.contains("ALTER TABLE user_sessions RENAME COLUMN user_id TO account_id"), sql);
        assertFalse(sql.contains("DROP TABLE sessions"), sql);
    }

    @Test
    void aColumnGoneWithoutADirectiveAsksForDropColumn() {
        project.source("app.User", edit(USER_V1, "        String nickname,\n", ""));
        Compilation compilation = compileHead(
                "DropNickname",
                "@Revision(id = \"002_drop_nickname\", parent = InitialSchema.class, message = \"no nicknames\")");
        assertThat(compilation)
                .hadErrorContaining("[MIG503] Column users.nickname is in the parent revision but not in revision "
                        + "'002_drop_nickname'. Migrata never guesses drops")
                .inFile(project.sourceOf("app.DropNickname"))
                .onLineContaining("@Revision(id = \"002_drop_nickname\"");
        assertThat(compilation).hadErrorContaining("    @DropColumn(table = \"users\", column = \"nickname\")");
        assertRefused(compilation, "002_drop_nickname", 1);
    }

    @Test
    void aColumnReplacedByOneOfTheSameTypeAsksForRenameColumnOrDropColumn() {
        project.source("app.User", edit(USER_V1, "String nickname,", "String displayName,"));
        Compilation compilation = compileHead(
                "RenameNickname",
                "@Revision(id = \"002_rename_nickname\", parent = InitialSchema.class, message = \"display names\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG504] Column users.nickname is in the parent revision but not in revision "
                                + "'002_rename_nickname'. Migrata never guesses renames or drops: if it was renamed to display_name")
                .inFile(project.sourceOf("app.RenameNickname"))
                .onLineContaining("@Revision(id = \"002_rename_nickname\"");
        assertThat(compilation)
                .hadErrorContaining("    @RenameColumn(table = \"users\", from = \"nickname\", to = \"display_name\")");
        assertThat(compilation).hadErrorContaining("    @DropColumn(table = \"users\", column = \"nickname\")");
        assertRefused(compilation, "002_rename_nickname", 1);
    }

    @Test
    void aNotNullColumnWithoutDefaultOnAnExistingTableIsRefused() {
        project.source(
                "app.User",
                edit(
                        USER_V1,
                        "String nickname,",
                        "String nickname,\n        @Column(nullable = false) String country,"));
        Compilation compilation = compileHead(
                "AddCountry",
                "@Revision(id = \"002_add_country\", parent = InitialSchema.class, message = \"countries\")");
        assertThat(compilation)
                .hadErrorContaining("[MIG505] Revision '002_add_country' adds column users.country (text) as NOT NULL "
                        + "without a default: that fails on a table with rows. Give it a default "
                        + "(@Column(defaultValue = \"...\")), or add it nullable, fill it with an @Sql step")
                .inFile(project.sourceOf("app.AddCountry"))
                .onLineContaining("@Revision(id = \"002_add_country\"");
        assertRefused(compilation, "002_add_country", 1);
    }

    @Test
    void aTypeChangeWithoutImplicitCastAsksForChangeType() {
        project.source("app.User", edit(USER_V1, "String score,", "Integer score,"));
        Compilation compilation = compileHead(
                "ScoreToInteger",
                "@Revision(id = \"002_score_to_integer\", parent = InitialSchema.class, message = \"numeric scores\")");
        assertThat(compilation)
                .hadErrorContaining("[MIG506] Revision '002_score_to_integer' changes column users.score from text to "
                        + "integer, which PostgreSQL does not convert implicitly.")
                .inFile(project.sourceOf("app.ScoreToInteger"))
                .onLineContaining("@Revision(id = \"002_score_to_integer\"");
        assertThat(compilation)
                .hadErrorContaining(
                        "    @ChangeType(table = \"users\", column = \"score\", using = \"score::integer\", "
                                + "usingDown = \"score::text\")");
        assertRefused(compilation, "002_score_to_integer", 1);
    }

    @Test
    void anotherSpellingOfTheSameTypeIsNoTypeChange() throws IOException {
        MigrataProject spelled = new MigrataProject(dir.resolve("spelled"))
                .source(
                        "app.Measure",
                        measure("int", "VARCHAR(50)", "timestamp with time zone", "float8", "bool", "decimal(10,2)"))
                .source("app.InitialSchema", INITIAL)
                .schema("InitialSchema", "Measure");
        spelled.compileSuccessfully();
        // A snapshot frozen before types were normalized holds them as written: it must still verify.
        String snapshotFile = "001_initial_schema.schema.json";
        String normalized = spelled.read(snapshotFile);
        String asWritten = normalized
                .replace("\"integer\"", "\"int\"")
                .replace("\"varchar(50)\"", "\"VARCHAR(50)\"")
                .replace("\"timestamptz\"", "\"timestamp with time zone\"");
        assertNotEquals(normalized, asWritten, "the snapshot spells no type the test respells");
        Files.writeString(spelled.file(snapshotFile), asWritten);
        String sql = spelled.read("001_initial_schema.sql");
        Files.writeString(
                spelled.file("001_initial_schema.sql"),
                sql.replace(SnapshotJson.checksumOfText(normalized), SnapshotJson.checksumOfText(asWritten)));
        // Still the head: the frozen snapshot is the declared schema, in another spelling.
        assertThat(spelled.compileSuccessfully()).hadWarningCount(0);

        spelled.source(
                        "app.Measure",
                        measure(
                                "integer",
                                "character varying(50)",
                                "timestamptz",
                                "double precision",
                                "boolean",
                                "numeric(10, 2)"))
                .source(
                        "app.Respelled",
                        revisionClass(
                                "Respelled",
                                "@Revision(id = \"002_respelled\", parent = InitialSchema.class, message = \"same types\")"))
                .schema("Respelled", "Measure");
        Compilation compilation = spelled.compile();
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(0);
        assertEquals(asWritten, spelled.read(snapshotFile), "the frozen snapshot was rewritten");
        String upgrade = spelled.read("002_respelled.sql");
        assertFalse(upgrade.contains("ALTER"), upgrade);
        assertEquals(
                normalized,
                spelled.read("002_respelled.schema.json").replace("002_respelled", "001_initial_schema"),
                "the new snapshot holds the types in their one spelling");
    }

    /** A table whose columns have the given SQL types, in order. */
    private static String measure(String... types) {
        String[] fields = {
            "Integer count",
            "String label",
            "java.time.Instant takenAt",
            "Double value",
            "Boolean valid",
            "java.math.BigDecimal price"
        };
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < types.length; i++) {
            columns.append(",\n        @Column(type = \"")
                    .append(types[i])
                    .append("\") ")
                    .append(fields[i]);
        }
        return "package app;\n\nimport dev.migrata.annotations.*;\n\n@Table(name = \"measures\")\nrecord Measure(\n"
                + "        @Column(primaryKey = true) java.util.UUID id" + columns + ") {}\n";
    }

    @Test
    void newVectorDimensionsSayTheVectorsCannotBeConvertedAndWhatToDoInstead() {
        MigrataProject vectors = new MigrataProject(dir.resolve("vectors"))
                .source("app.Document", document(768))
                .source("app.InitialSchema", INITIAL)
                .schema("InitialSchema", "Document");
        vectors.compileSuccessfully();
        vectors.source("app.Document", document(1024));
        String revision =
                "@Revision(id = \"002_larger_model\", parent = InitialSchema.class, message = \"larger model\")";
        vectors.source("app.LargerModel", revisionClass("LargerModel", revision))
                .schema("LargerModel", "Document");
        Compilation compilation = vectors.compile();
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation)
                .hadErrorContaining("[MIG515] Revision '002_larger_model' changes column documents.embedding from "
                        + "vector(768) to vector(1024). The stored vectors cannot be converted: pgvector has no cast "
                        + "between dimensions, so the change fails on every row that holds a value, and a vector of 1024 "
                        + "dimensions has to be computed again by the model that makes them. Either keep embedding and "
                        + "add a new column (e.g. embedding_1024 vector(1024)), fill it with a backfill that embeds the "
                        + "rows again, and drop embedding in a later revision; or, if the stored vectors may be lost (the "
                        + "column must allow NULL), add to the @Revision:")
                .inFile(vectors.sourceOf("app.LargerModel"))
                .onLineContaining("@Revision(id = \"002_larger_model\"");
        String paste =
                "@ChangeType(table = \"documents\", column = \"embedding\", using = \"NULL\", usingDown = \"NULL\")";
        assertThat(compilation).hadErrorContaining("    " + paste);
        assertFalse(compilation.errors().toString().contains("::vector(1024)"), "offers a cast pgvector does not have");

        vectors.source("app.LargerModel", revisionClass("LargerModel", paste + "\n" + revision));
        Compilation pasted = vectors.compile();
        assertThat(pasted).succeeded();
        assertThat(pasted).hadErrorCount(0);
        assertTrue(
                vectors.read("002_larger_model.sql")
                        .contains("ALTER TABLE documents ALTER COLUMN embedding TYPE vector(1024) USING NULL"),
                () -> vectors.read("002_larger_model.sql"));
    }

    private static String document(int dimensions) {
        return "package app;\n\nimport dev.migrata.annotations.*;\n\n@Table(name = \"documents\")\nrecord Document(\n"
                + "        @Column(primaryKey = true) java.util.UUID id,\n"
                + "        @Vector(dimensions = " + dimensions + ") float[] embedding) {}\n";
    }

    /** A revision class: its annotations as given, then {@code final class <name> {}}. */
    private static String revisionClass(String name, String annotations) {
        return "package app;\n\nimport dev.migrata.annotations.*;\n\n" + annotations + "\nfinal class " + name
                + " {}\n";
    }

    @Test
    void aDirectiveNamingAnUnknownTableIsReportedOnTheDirective() {
        Compilation compilation = compileHead(
                "DropAuditLog",
                "@Revision(id = \"002_drop_audit_log\", parent = InitialSchema.class, message = \"no audit log\")\n"
                        + "@DropTable(table = \"audit_log\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG507] @DropTable(table = \"audit_log\"): there is no table audit_log in the parent "
                                + "of revision '002_drop_audit_log'. Tables there: ")
                .inFile(project.sourceOf("app.DropAuditLog"))
                .onLineContaining("@DropTable(table = \"audit_log\")");
        assertThat(compilation).hadErrorContaining("Tables there: sessions, users");
        assertRefused(compilation, "002_drop_audit_log", 1);
    }

    @Test
    void aDirectiveNamingAnUnknownColumnIsReportedOnTheDirective() {
        project.source("app.User", edit(USER_V1, "        String nickname,\n", ""));
        Compilation compilation = compileHead(
                "DropNickname",
                "@Revision(id = \"002_drop_nickname\", parent = InitialSchema.class, message = \"no nicknames\")\n"
                        + "@DropColumn(table = \"users\", column = \"nick_name\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG508] @DropColumn(table = \"users\", column = \"nick_name\"): table users has no "
                                + "column nick_name in the parent revision of '002_drop_nickname'. Its columns: id, email, nickname, ")
                .inFile(project.sourceOf("app.DropNickname"))
                .onLineContaining("@DropColumn(table = \"users\", column = \"nick_name\")");
        // The typo leaves the real column without a directive; its message prints the right spelling.
        assertThat(compilation)
                .hadErrorContaining("[MIG503] Column users.nickname")
                .inFile(project.sourceOf("app.DropNickname"))
                .onLineContaining("@Revision(id = \"002_drop_nickname\"");
        assertRefused(compilation, "002_drop_nickname", 2);
    }

    @Test
    void aTableRenameToAnUndeclaredNameIsReportedOnTheDirective() {
        Compilation compilation = compileHead(
                "RenameSessions",
                "@Revision(id = \"002_rename_sessions\", parent = InitialSchema.class, message = \"user_sessions\")\n"
                        + "@RenameTable(from = \"sessions\", to = \"user_sessions\")");
        assertThat(compilation)
                .hadErrorContaining("[MIG509] @RenameTable(from = \"sessions\", to = \"user_sessions\"): revision "
                        + "'002_rename_sessions' declares no table user_sessions. Rename the @Table (name = \"user_sessions\"), "
                        + "or fix the directive's 'to'.")
                .inFile(project.sourceOf("app.RenameSessions"))
                .onLineContaining("@RenameTable(from = \"sessions\", to = \"user_sessions\")");
        assertRefused(compilation, "002_rename_sessions", 1);
    }

    @Test
    void aColumnRenameToTheJavaNameInsteadOfTheColumnNameIsReportedOnTheDirective() {
        project.source("app.User", edit(USER_V1, "String nickname,", "String displayName,"));
        Compilation compilation = compileHead(
                "RenameNickname",
                "@Revision(id = \"002_rename_nickname\", parent = InitialSchema.class, message = \"display names\")\n"
                        + "@RenameColumn(table = \"users\", from = \"nickname\", to = \"displayName\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG510] @RenameColumn(table = \"users\", from = \"nickname\", to = \"displayName\"): "
                                + "table users declares no column displayName in revision '002_rename_nickname'. Rename the field "
                                + "or @Column(name = \"displayName\"), or fix the directive's 'to'. "
                                + "Its columns: id, email, display_name, ")
                .inFile(project.sourceOf("app.RenameNickname"))
                .onLineContaining("@RenameColumn(table = \"users\", from = \"nickname\", to = \"displayName\")");
        // With the directive refused, the column is unaccounted for, and the remedy names the real column.
        assertThat(compilation)
                .hadErrorContaining("    @RenameColumn(table = \"users\", from = \"nickname\", to = \"display_name\")");
        assertRefused(compilation, "002_rename_nickname", 2);
    }

    @Test
    void droppingATableThatIsStillListedIsReportedOnTheDirective() {
        Compilation compilation = compileHead(
                "DropSessions",
                "@Revision(id = \"002_drop_sessions\", parent = InitialSchema.class, message = \"no more sessions\")\n"
                        + "@DropTable(table = \"sessions\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG511] @DropTable(table = \"sessions\"): table sessions is still declared in "
                                + "revision '002_drop_sessions'. Remove its class from @Schema(tables), or remove the directive.")
                .inFile(project.sourceOf("app.DropSessions"))
                .onLineContaining("@DropTable(table = \"sessions\")");
        assertRefused(compilation, "002_drop_sessions", 1);
    }

    @Test
    void droppingAColumnThatIsStillDeclaredIsReportedOnTheDirective() {
        Compilation compilation = compileHead(
                "DropNickname",
                "@Revision(id = \"002_drop_nickname\", parent = InitialSchema.class, message = \"no nicknames\")\n"
                        + "@DropColumn(table = \"users\", column = \"nickname\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG512] @DropColumn(table = \"users\", column = \"nickname\"): column users.nickname "
                                + "is still declared in revision '002_drop_nickname'. Remove the field, or remove the directive.")
                .inFile(project.sourceOf("app.DropNickname"))
                .onLineContaining("@DropColumn(table = \"users\", column = \"nickname\")");
        assertRefused(compilation, "002_drop_nickname", 1);
    }

    @Test
    void renamingAColumnWhoseOldNameIsStillDeclaredIsReportedOnTheDirective() {
        project.source("app.User", edit(USER_V1, "String nickname,", "String nickname,\n        String displayName,"));
        Compilation compilation = compileHead(
                "RenameNickname",
                "@Revision(id = \"002_rename_nickname\", parent = InitialSchema.class, message = \"display names\")\n"
                        + "@RenameColumn(table = \"users\", from = \"nickname\", to = \"display_name\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG513] @RenameColumn(table = \"users\", from = \"nickname\", to = \"display_name\"): "
                                + "column users.nickname is still declared in revision '002_rename_nickname', so it cannot be the "
                                + "old name of a rename. Remove it from the @Table classes, or fix the directive's 'from'.")
                .inFile(project.sourceOf("app.RenameNickname"))
                .onLineContaining("@RenameColumn(table = \"users\", from = \"nickname\", to = \"display_name\")");
        assertRefused(compilation, "002_rename_nickname", 1);
    }

    @Test
    void renamingAndDroppingTheSameColumnIsReportedOnTheSecondDirective() {
        project.source("app.User", edit(USER_V1, "String nickname,", "String displayName,"));
        Compilation compilation = compileHead(
                "RenameNickname",
                "@Revision(id = \"002_rename_nickname\", parent = InitialSchema.class, message = \"display names\")\n"
                        + "@RenameColumn(table = \"users\", from = \"nickname\", to = \"display_name\")\n"
                        + "@DropColumn(table = \"users\", column = \"nickname\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG514] @DropColumn(table = \"users\", column = \"nickname\"): column users.nickname "
                                + "is already renamed or dropped by another directive of revision '002_rename_nickname'. Keep one "
                                + "directive per table or column.")
                .inFile(project.sourceOf("app.RenameNickname"))
                .onLineContaining("@DropColumn(table = \"users\", column = \"nickname\")");
        assertRefused(compilation, "002_rename_nickname", 1);
    }

    @Test
    void aRepeatedDirectiveIsReportedOnTheClassBecauseJavacWrapsItInAContainer() {
        // javac keeps no source position for the uses inside the container it synthesizes for a
        // repeated annotation, so the message falls back to the class.
        project.source("app.User", edit(USER_V1, "        String nickname,\n", ""));
        Compilation compilation = compileHead(
                "DropNicknameTwice",
                "@Revision(id = \"002_drop_nickname\", parent = InitialSchema.class, message = \"no nicknames\")\n"
                        + "@DropColumn(table = \"users\", column = \"nickname\")\n"
                        + "@DropColumn(table = \"users\", column = \"nickname\")");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG514] @DropColumn(table = \"users\", column = \"nickname\"): column users.nickname "
                                + "is already renamed or dropped by another directive")
                .inFile(project.sourceOf("app.DropNicknameTwice"))
                .onLineContaining("final class DropNicknameTwice");
        assertRefused(compilation, "002_drop_nickname", 1);
    }

    // 6xx: warnings. The head is written and its Java generated.

    @Test
    void aForeignKeyOnAnExistingTableWarnsAboutTheValidation() {
        project.source(
                "app.Session",
                edit(
                        edit(
                                SESSION_V1,
                                "import dev.migrata.annotations.Column;",
                                "import dev.migrata.annotations.Column;\nimport dev.migrata.annotations.References;"),
                        "UUID userId,",
                        "@References(User.class) UUID userId,"));
        Compilation compilation = compileHead(
                "SessionOwner",
                "@Revision(id = \"002_session_owner\", parent = InitialSchema.class, message = \"sessions belong to users\")");
        assertThat(compilation)
                .hadWarningContaining(
                        "[MIG601] Revision '002_session_owner' adds foreign key fk_sessions_user_id_users to "
                                + "existing table sessions: it is added NOT VALID (a brief lock; rows written from then on are"
                                + " checked) and validated by VALIDATE CONSTRAINT in a later transaction of its own, which scans"
                                + " sessions while reads and writes continue, and fails if a row has no match in users.")
                .inFile(project.sourceOf("app.SessionOwner"))
                .onLineContaining("@Revision(id = \"002_session_owner\"");
        assertWritten(compilation, "002_session_owner", "SessionOwner");
        assertTrue(project.read("002_session_owner.sql").contains("NOT VALID"));
    }

    @Test
    void makingAnExistingColumnNotNullWarnsAndAvoidsTheLockedScan() {
        project.source("app.User", edit(USER_V1, "String nickname,", "@Column(nullable = false) String nickname,"));
        Compilation compilation = compileHead(
                "RequireNickname",
                "@Revision(id = \"002_require_nickname\", parent = InitialSchema.class, message = \"nicknames required\")");
        assertThat(compilation)
                .hadWarningContaining("[MIG602] Revision '002_require_nickname' makes users.nickname NOT NULL without"
                        + " scanning under an ACCESS EXCLUSIVE lock: CHECK ck_users_nickname_not_null (nickname IS NOT NULL)"
                        + " is added NOT VALID, validated in a later transaction of its own")
                .inFile(project.sourceOf("app.RequireNickname"))
                .onLineContaining("@Revision(id = \"002_require_nickname\"");
        assertWritten(compilation, "002_require_nickname", "RequireNickname");
    }

    @Test
    void aTypeChangeThatRewritesTheTableWarns() {
        project.source("app.User", edit(USER_V1, "Integer age,", "Long age,"));
        Compilation compilation = compileHead(
                "WidenAge",
                "@Revision(id = \"002_widen_age\", parent = InitialSchema.class, message = \"age as bigint\")");
        assertThat(compilation)
                .hadWarningContaining("[MIG603] Revision '002_widen_age' changes users.age from integer to bigint: "
                        + "PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes "
                        + "wait). For a large table, add a new column, backfill it in batches and switch over instead.")
                .inFile(project.sourceOf("app.WidenAge"))
                .onLineContaining("@Revision(id = \"002_widen_age\"");
        assertWritten(compilation, "002_widen_age", "WidenAge");
    }

    @Test
    void removingAnEnumConstantWarnsAboutRowsHoldingIt() {
        project.source("app.Status", edit(STATUS_V1, "ACTIVE, BLOCKED, DELETED", "ACTIVE, BLOCKED"));
        Compilation compilation = compileHead(
                "NoDeletedStatus",
                "@Revision(id = \"002_no_deleted_status\", parent = InitialSchema.class, message = \"no DELETED\")");
        assertThat(compilation)
                .hadWarningContaining("[MIG604] Revision '002_no_deleted_status' removes DELETED from the enum column "
                        + "users.status: its CHECK constraint is replaced NOT VALID (rows written from then on must hold a"
                        + " remaining constant) and validated in a later transaction of its own")
                .inFile(project.sourceOf("app.NoDeletedStatus"))
                .onLineContaining("@Revision(id = \"002_no_deleted_status\"");
        // One warning only: the replaced enum CHECK is not also reported as a new CHECK (MIG605).
        assertWritten(compilation, "002_no_deleted_status", "NoDeletedStatus");
    }

    @Test
    void aCheckOnAnExistingTableWarnsAboutTheValidation() {
        project.source(
                "app.User",
                edit(USER_V1, "String nickname,", "@Column(check = \"length(nickname) <= 40\") String nickname,"));
        Compilation compilation = compileHead(
                "ShortNicknames",
                "@Revision(id = \"002_short_nicknames\", parent = InitialSchema.class, message = \"nicknames up to 40\")");
        assertThat(compilation)
                .hadWarningContaining("[MIG605] Revision '002_short_nicknames' adds CHECK constraint ck_users_nickname "
                        + "to existing table users: it is added NOT VALID (a brief lock; rows written from then on are"
                        + " checked) and validated in a later transaction of its own")
                .inFile(project.sourceOf("app.ShortNicknames"))
                .onLineContaining("@Revision(id = \"002_short_nicknames\"");
        assertWritten(compilation, "002_short_nicknames", "ShortNicknames");
    }

    @Test
    void aUniqueConstraintOnAnExistingTableWarnsAboutDuplicates() {
        project.source("app.User", edit(USER_V1, "String nickname,", "@Column(unique = true) String nickname,"));
        Compilation compilation = compileHead(
                "UniqueNicknames",
                "@Revision(id = \"002_unique_nicknames\", parent = InitialSchema.class, message = \"unique nicknames\")");
        assertThat(compilation)
                .hadWarningContaining(
                        "[MIG606] Revision '002_unique_nicknames' adds unique constraint uq_users_nickname "
                                + "to existing table users: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY"
                                + " outside any transaction")
                .inFile(project.sourceOf("app.UniqueNicknames"))
                .onLineContaining("@Revision(id = \"002_unique_nicknames\"");
        assertWritten(compilation, "002_unique_nicknames", "UniqueNicknames");
    }

    @Test
    void anEnumConstantAddedWarnsAboutTheValidationThatCannotFail() {
        project.source("app.Status", edit(STATUS_V1, "ACTIVE, BLOCKED, DELETED", "ACTIVE, BLOCKED, DELETED, ARCHIVED"));
        Compilation compilation = compileHead(
                "ArchivedStatus",
                "@Revision(id = \"002_archived_status\", parent = InitialSchema.class, message = \"ARCHIVED\")");
        assertThat(compilation)
                .hadWarningContaining("[MIG609] Revision '002_archived_status' adds ARCHIVED to the enum column"
                        + " users.status: its CHECK constraint ck_users_status is replaced NOT VALID")
                .inFile(project.sourceOf("app.ArchivedStatus"))
                .onLineContaining("@Revision(id = \"002_archived_status\"");
        assertWritten(compilation, "002_archived_status", "ArchivedStatus");
        assertTrue(project.read("002_archived_status.sql").contains("VALIDATE CONSTRAINT ck_users_status"));
    }

    @Test
    void droppingANotNullColumnWithoutDefaultSaysTheDowngradeRestoresItNullable() {
        project.source("app.User", edit(USER_V1, "@Column(nullable = false) String email,\n", ""));
        Compilation compilation = compileHead(
                "DropEmail",
                "@Revision(id = \"002_drop_email\", parent = InitialSchema.class, message = \"no email\")\n"
                        + "@DropColumn(table = \"users\", column = \"email\")");
        assertThat(compilation)
                .hadWarningContaining("[MIG610] Revision '002_drop_email' drops NOT NULL column users.email, which has"
                        + " no default: its downgrade restores users.email without NOT NULL")
                .inFile(project.sourceOf("app.DropEmail"))
                .onLineContaining("@Revision(id = \"002_drop_email\"");
        assertWritten(compilation, "002_drop_email", "DropEmail");
        String sql = project.read("002_drop_email.sql");
        String downgrade = sql.substring(sql.indexOf("-- migrata:downgrade"));
        assertTrue(downgrade.contains("ADD COLUMN email text;"), downgrade);
    }

    @Test
    void aUniqueIndexOnAnExistingTableWarnsAboutDuplicates() {
        project.source(
                "app.User",
                edit(
                                USER_V1,
                                "@Table(name = \"users\")",
                                "@Table(name = \"users\")\n@Index(columns = \"nickname\", unique = true)")
                        .replace(
                                "import dev.migrata.annotations.Column;",
                                "import dev.migrata.annotations.Column;\nimport dev.migrata.annotations.Index;"));
        Compilation compilation = compileHead(
                "UniqueNicknameIndex",
                "@Revision(id = \"002_unique_nickname_index\", parent = InitialSchema.class, message = \"unique index\")");
        assertThat(compilation)
                .hadWarningContaining(
                        "[MIG611] Revision '002_unique_nickname_index' adds unique index"
                                + " ix_users_nickname to existing table users: it is built CONCURRENTLY outside any transaction")
                .inFile(project.sourceOf("app.UniqueNicknameIndex"))
                .onLineContaining("@Revision(id = \"002_unique_nickname_index\"");
        assertWritten(compilation, "002_unique_nickname_index", "UniqueNicknameIndex");
    }

    @Test
    void aChangeTypeOnAColumnWhoseTypeDidNotChangeWarnsOnTheDirective() {
        // The field was meant to become a Long but was left an Integer.
        Compilation compilation = compileHead(
                "WidenAge",
                "@Revision(id = \"002_widen_age\", parent = InitialSchema.class, message = \"age as bigint\")\n"
                        + "@ChangeType(table = \"users\", column = \"age\", using = \"age::bigint\", "
                        + "usingDown = \"age::integer\")");
        assertThat(compilation)
                .hadWarningContaining(
                        "[MIG607] @ChangeType(table = \"users\", column = \"age\", using = \"age::bigint\", "
                                + "usingDown = \"age::integer\") has no effect: column users.age keeps its type integer in revision "
                                + "'002_widen_age'. Remove the directive.")
                .inFile(project.sourceOf("app.WidenAge"))
                .onLineContaining("@ChangeType(table = \"users\", column = \"age\"");
        assertWritten(compilation, "002_widen_age", "WidenAge");
    }

    @Test
    void aNewColumnWithAVolatileDefaultWarnsAboutTheRewrite() {
        project.source(
                "app.User",
                edit(
                        USER_V1,
                        "Integer age,",
                        "Integer age,\n        @Column(nullable = false, defaultValue = \"gen_random_uuid()\") UUID publicId,"));
        Compilation compilation = compileHead(
                "AddPublicId",
                "@Revision(id = \"002_add_public_id\", parent = InitialSchema.class, message = \"public ids\")");
        assertThat(compilation)
                .hadWarningContaining(
                        "[MIG608] Revision '002_add_public_id' adds column users.public_id with the volatile "
                                + "default gen_random_uuid(): PostgreSQL computes it for every existing row, rewriting the table "
                                + "under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add it without that "
                                + "default, backfill it in batches, then set the default.")
                .inFile(project.sourceOf("app.AddPublicId"))
                .onLineContaining("@Revision(id = \"002_add_public_id\"");
        assertWritten(compilation, "002_add_public_id", "AddPublicId");
    }

    /**
     * Adds the head revision class (its annotations as given, then {@code final class <name> {}}),
     * points {@code @Schema(head)} at it and compiles, recording what the processor generates.
     */
    private Compilation compileHead(String revisionClass, String annotations, String... tables) {
        project.source("app." + revisionClass, revisionClass(revisionClass, annotations))
                .schema(revisionClass, tables.length == 0 ? new String[] {"User", "Session"} : tables);
        recorder = new RecordingProcessor(new MigrataProcessor());
        return project.compileWith(recorder);
    }

    /** Failed with exactly these errors, wrote no files for the head and generated no Java. */
    private void assertRefused(Compilation compilation, String revisionId, int errors) {
        assertThat(compilation).failed();
        assertThat(compilation).hadErrorCount(errors);
        assertEquals(List.of(), recorder.created(), "files generated despite the error");
        assertTrue(Files.notExists(project.file(revisionId + ".sql")), revisionId + ".sql was written");
        assertTrue(Files.notExists(project.file(revisionId + ".schema.json")), revisionId + ".schema.json was written");
        assertTrue(Files.isRegularFile(project.file("001_initial_schema.sql")), "revision 1 kept");
    }

    /** Succeeded with the one warning, wrote the head's files and generated a chain that matches them. */
    private void assertWritten(Compilation compilation, String revisionId, String revisionClass) {
        assertThat(compilation).succeeded();
        assertThat(compilation).hadWarningCount(1);
        assertTrue(Files.isRegularFile(project.file(revisionId + ".sql")), revisionId + ".sql missing");
        assertTrue(Files.isRegularFile(project.file(revisionId + ".schema.json")), revisionId + ".schema.json missing");
        project.assertResourceIsTheFile(compilation, revisionId);
        // The recorder sees what the processor writes, so its empty list after an error means something.
        assertTrue(recorder.created().contains("app.AppSchemaMigrations.java"), recorder.created()::toString);
        project.assertChainMatchesFiles(compilation);
    }

    /** Replaces text that must be there, so that a test never silently compiles an unchanged source. */
    private static String edit(String source, String from, String to) {
        assertTrue(source.contains(from), () -> "not in the source: " + from);
        return source.replace(from, to);
    }
}
