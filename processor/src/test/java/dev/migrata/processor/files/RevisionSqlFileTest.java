package dev.migrata.processor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.schema.sql.SqlStatement;
import dev.migrata.testing.Goldens;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

class RevisionSqlFileTest {

    private static final List<SqlStatement> UPGRADE = List.of(
            new SqlStatement("ALTER TABLE users RENAME COLUMN name TO full_name", true),
            new SqlStatement(
                    "UPDATE users\n   SET full_name = split_part(email, '@', 1)\n\n WHERE full_name IS NULL;", true),
            new SqlStatement("-- a comment line\nSELECT 1\n", true),
            new SqlStatement("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_full_name ON users (full_name)", false));
    private static final List<SqlStatement> DOWNGRADE = List.of(
            new SqlStatement("DROP INDEX CONCURRENTLY IF EXISTS ix_users_full_name", false),
            new SqlStatement("ALTER TABLE users RENAME COLUMN full_name TO name", true));

    @Test
    void rendersReadableText(TestInfo test) throws Exception {
        RevisionSqlFile file = new RevisionSqlFile(
                "002_rename_name",
                "001_initial_schema",
                "rename users.name",
                "sha256:abc",
                "sha256:def",
                UPGRADE,
                DOWNGRADE);
        Goldens.assertGolden(test, "002_rename_name.sql", file.render());
    }

    @Test
    void parsesBackExactlyTheStatements() throws Exception {
        RevisionSqlFile file = new RevisionSqlFile(
                "002_rename_name",
                "001_initial_schema",
                "rename\nusers.name",
                "sha256:abc",
                "sha256:def",
                UPGRADE,
                DOWNGRADE);
        RevisionSqlFile read = RevisionSqlFile.parse(file.render());
        assertEquals(UPGRADE, read.upgrade());
        assertEquals(DOWNGRADE, read.downgrade());
        assertEquals("002_rename_name", read.id());
        assertEquals("001_initial_schema", read.parentId());
        assertEquals("rename users.name", read.message());
        assertEquals("sha256:abc", read.checksum());
        assertEquals("sha256:def", read.snapshotChecksum());
    }

    @Test
    void writesFormatOneWithTheRerunnableFlagInTheStepMarker() throws Exception {
        List<SqlStatement> up = List.of(
                new SqlStatement("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_a ON t (a)", false, true),
                new SqlStatement("DO $$ BEGIN IF EXISTS (SELECT 1) THEN NULL; END IF; END $$", false, false));
        String text = new RevisionSqlFile("x", null, "", "c", null, up, List.of()).render();
        assertTrue(text.startsWith("-- Migrata revision x\n-- Format: 1\n"), text);
        assertTrue(text.contains("-- step 1 (non-transactional, re-runnable)\nCREATE INDEX"), text);
        assertTrue(text.contains("-- step 2 (non-transactional)\nDO $$"), text);
        RevisionSqlFile read = RevisionSqlFile.parse(text);
        assertEquals(1, read.format());
        assertEquals(up, read.upgrade());
        // The generator's own index build states no index here: the runtime is told which it builds.
        assertEquals(
                List.of(RevisionStep.of(up.get(0).withIndex("ix_t_a")), RevisionStep.of(up.get(1))),
                read.upgradeSteps());
    }

    @Test
    void aJavaStepIsListedWhereItRunsAndReadBack() throws Exception {
        String text = new RevisionSqlFile(
                        "004_full_names", null, "", "c", null, UPGRADE, DOWNGRADE, "app.Revisions.FullNames")
                .render();
        // Upgrade: after the transactional statements, before the concurrent index build.
        assertTrue(
                text.contains("SELECT 1\n;\n\n-- step 4 (java) app.Revisions.FullNames#upgrade\n\n"
                        + "-- step 5 (non-transactional)\nCREATE INDEX CONCURRENTLY"),
                text);
        // Downgrade: before the transactional statements.
        assertTrue(
                text.contains("-- step 2 (java) app.Revisions.FullNames#downgrade\n\n"
                        + "-- step 3 (transaction 1)\nALTER TABLE users"),
                text);
        RevisionSqlFile read = RevisionSqlFile.parse(text);
        assertEquals("app.Revisions.FullNames", read.dataMigration());
        assertEquals(UPGRADE, read.upgrade());
        assertEquals(DOWNGRADE, read.downgrade());
        assertEquals(
                List.of(false, false, false, true, false),
                read.upgradeSteps().stream().map(RevisionStep::isJava).toList());
        assertEquals(
                List.of(false, true, false),
                read.downgradeSteps().stream().map(RevisionStep::isJava).toList());
    }

    /** A revision in three transactions and outside them, as the lock-safe patterns give them. */
    private static final List<SqlStatement> GROUPED_UP = List.of(
            new SqlStatement("CREATE EXTENSION IF NOT EXISTS vector", true)
                    .withExtension("vector")
                    .withLock("nothing on existing tables"),
            new SqlStatement("ALTER TABLE users ADD COLUMN team_id bigint", true)
                    .withLock("ACCESS EXCLUSIVE on users; reads and writes wait, briefly"),
            new SqlStatement(
                            "ALTER TABLE users ADD CONSTRAINT fk_users_team_id_teams FOREIGN KEY (team_id)"
                                    + " REFERENCES teams (id) NOT VALID",
                            true)
                    .withLock("SHARE ROW EXCLUSIVE on users, teams; writes wait, briefly")
                    .withWarnings(
                            List.of("[MIG601] Revision '004_teams' adds foreign key fk_users_team_id_teams to existing"
                                    + " table users: it is added NOT VALID and then checked by VALIDATE CONSTRAINT.")),
            new SqlStatement("ALTER TABLE users VALIDATE CONSTRAINT fk_users_team_id_teams", true)
                    .inGroup(2)
                    .withLock("SHARE UPDATE EXCLUSIVE on users; scans it, writes continue"),
            new SqlStatement(
                            "ALTER TABLE users ADD CONSTRAINT ck_users_team_id CHECK (team_id IS NOT NULL) NOT VALID",
                            true)
                    .inGroup(3)
                    .withLock("ACCESS EXCLUSIVE on users; reads and writes wait, briefly")
                    .withWarnings(
                            List.of(
                                    "[MIG602] Revision '004_teams' makes users.team_id NOT NULL.",
                                    "[MIG605] Revision '004_teams' adds CHECK constraint ck_users_team_id to existing table users.")),
            new SqlStatement(
                            "CREATE INDEX CONCURRENTLY IF NOT EXISTS \"ix_users_team_id\" ON app.users (team_id)",
                            false,
                            true)
                    .withIndex("app.\"ix_users_team_id\"")
                    .withLock("SHARE UPDATE EXCLUSIVE on users; writes continue"));

    private static final List<SqlStatement> GROUPED_DOWN = List.of(
            new SqlStatement("DROP INDEX CONCURRENTLY IF EXISTS app.\"ix_users_team_id\"", false, true)
                    .withIndex("app.\"ix_users_team_id\""),
            new SqlStatement("ALTER TABLE users DROP CONSTRAINT ck_users_team_id", true),
            new SqlStatement("ALTER TABLE users DROP CONSTRAINT fk_users_team_id_teams", true),
            new SqlStatement("ALTER TABLE users DROP COLUMN team_id", true));

    @Test
    void rendersGroupsLocksWarningsAndTheJavaStep(TestInfo test) throws Exception {
        RevisionSqlFile file = new RevisionSqlFile(
                        "004_teams",
                        "003_teams_table",
                        "users join teams",
                        "sha256:abc",
                        "sha256:def",
                        GROUPED_UP,
                        GROUPED_DOWN,
                        "app.Revisions.Teams")
                .withJavaWarnings(List.of(
                        "[MIG620] Revision '004_teams' runs app.Revisions.Teams#upgrade in its first transaction."));
        String text = file.render();
        Goldens.assertGolden(test, "004_teams.sql", text);

        RevisionSqlFile read = RevisionSqlFile.parse(text);
        assertEquals(GROUPED_UP, read.upgrade());
        assertEquals(GROUPED_DOWN, read.downgrade());
        assertEquals(file.javaWarnings(), read.javaWarnings());
        assertTrue(read.groupsStated());
        // In file order; the Java step right after the last statement of transaction 1, and in the
        // downgrade right before the first one, after the concurrent drop.
        assertEquals(List.of(1, 1, 1, RevisionStep.JAVA_GROUP, 2, 3, 0), groups(read.upgradeSteps()));
        assertTrue(read.upgradeSteps().get(3).isJava());
        assertEquals(List.of(0, RevisionStep.JAVA_GROUP, 1, 1, 1), groups(read.downgradeSteps()));
        assertTrue(read.downgradeSteps().get(1).isJava());
        // The file states every fact, so the runtime gets them exactly as written.
        assertEquals(GROUPED_UP.get(5), read.upgradeSteps().get(6).statement());
    }

    @Test
    void theJavaStepRunsInTheFirstTransactionWhereverItsStatementsAre() throws Exception {
        SqlStatement outside = new SqlStatement("VACUUM users", false);
        SqlStatement second = new SqlStatement("SELECT 2", true).inGroup(2);
        SqlStatement first = new SqlStatement("SELECT 1", true);
        // No statement in transaction 1: first in the upgrade; after the leading ones outside a
        // transaction in the downgrade.
        assertEquals(0, RevisionSqlFile.javaIndex(List.of(second, outside), true));
        assertEquals(1, RevisionSqlFile.javaIndex(List.of(outside, second), false));
        assertEquals(2, RevisionSqlFile.javaIndex(List.of(first, first, second), true));
        assertEquals(1, RevisionSqlFile.javaIndex(List.of(outside, first, second), false));
        assertEquals(0, RevisionSqlFile.javaIndex(List.of(), true));
        for (List<SqlStatement> up :
                List.of(List.of(second, outside), List.of(first, first, second), List.<SqlStatement>of())) {
            RevisionSqlFile file = new RevisionSqlFile("x", null, "", "c", null, up, List.of(), "app.J");
            RevisionSqlFile read = RevisionSqlFile.parse(file.render());
            assertEquals(up, read.upgrade());
            assertEquals(RevisionSqlFile.javaIndex(up, true), indexOfJava(read.upgradeSteps()));
        }
    }

    @Test
    void aFileOfTheWriterBeforeStepGroupsKeepsItsChecksumAndRunsAsItRanThen() throws Exception {
        String previous = String.join(
                "\n",
                "-- Migrata revision 003_embeddings",
                "-- Format: 1",
                "-- Parent:   002_documents",
                "-- Message:  embeddings",
                "-- Checksum: sha256:abc",
                "",
                "-- migrata:upgrade",
                "",
                "-- step 1",
                "CREATE EXTENSION IF NOT EXISTS vector;",
                "",
                "-- step 2",
                "ALTER TABLE documents ADD COLUMN embedding vector(3);",
                "",
                "-- step 3 (java) app.Embed#upgrade",
                "",
                "-- step 4 (non-transactional, re-runnable)",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding ON lab.documents USING hnsw (embedding"
                        + " vector_cosine_ops);",
                "",
                "-- migrata:downgrade",
                "",
                "-- step 1 (java) app.Embed#downgrade",
                "",
                "-- step 2",
                "ALTER TABLE documents DROP COLUMN embedding;",
                "",
                "-- step 3 (non-transactional, re-runnable)",
                "DROP INDEX CONCURRENTLY IF EXISTS lab.ix_documents_embedding;",
                "");
        RevisionSqlFile read = RevisionSqlFile.parse(previous);
        assertEquals(1, read.format());
        assertFalse(read.groupsStated());
        // As stated: group 1 and outside, nothing else, so the checksum is the one it was written with.
        List<SqlStatement> up = List.of(
                new SqlStatement("CREATE EXTENSION IF NOT EXISTS vector", true),
                new SqlStatement("ALTER TABLE documents ADD COLUMN embedding vector(3)", true),
                new SqlStatement(
                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding ON lab.documents USING hnsw"
                                + " (embedding vector_cosine_ops)",
                        false,
                        true));
        List<SqlStatement> down = List.of(
                new SqlStatement("ALTER TABLE documents DROP COLUMN embedding", true),
                new SqlStatement("DROP INDEX CONCURRENTLY IF EXISTS lab.ix_documents_embedding", false, true));
        assertEquals(up, read.upgrade());
        assertEquals(down, read.downgrade());
        assertEquals(
                dev.migrata.schema.sql.Checksums.revision(up, down, "app.Embed"),
                dev.migrata.schema.sql.Checksums.revision(read.upgrade(), read.downgrade(), read.dataMigration()));
        // The runtime of that time: upgrade as listed; downgrade outside the transaction first.
        assertEquals(
                List.of(
                        RevisionStep.of(up.get(0).withExtension("vector")),
                        RevisionStep.of(up.get(1)),
                        RevisionStep.java("app.Embed"),
                        RevisionStep.of(up.get(2).withIndex("lab.ix_documents_embedding"))),
                read.upgradeSteps());
        assertEquals(
                List.of(
                        RevisionStep.of(down.get(1).withIndex("lab.ix_documents_embedding")),
                        RevisionStep.java("app.Embed"),
                        RevisionStep.of(down.get(0))),
                read.downgradeSteps());
    }

    @Test
    void aFileWrittenBeforeFormatOneRunsItsRevisionsJavaWhereItRanThen() throws Exception {
        String legacy = String.join(
                "\n",
                "-- Migrata revision 004_full_names",
                "-- Parent:   003_simulations",
                "-- Checksum: sha256:abc",
                "",
                "-- migrata:upgrade",
                "",
                "-- step 1",
                "ALTER TABLE users RENAME COLUMN name TO full_name;",
                "",
                "-- step 2 (non-transactional)",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_full_name ON users (full_name);",
                "",
                "-- step 3",
                "UPDATE users SET full_name = '' WHERE full_name IS NULL;",
                "",
                "-- migrata:downgrade",
                "",
                "-- step 1",
                "ALTER TABLE users RENAME COLUMN full_name TO name;",
                "",
                "-- step 2 (non-transactional)",
                "DROP INDEX CONCURRENTLY IF EXISTS ix_users_full_name;",
                "");
        RevisionSqlFile read = RevisionSqlFile.parse(legacy);
        assertEquals(null, read.dataMigration());
        // Its transactional statements in one transaction with the Java step after them; the
        // concurrent build after the commit, the concurrent drop before the downgrade's transaction.
        assertEquals(
                List.of("ALTER TABLE users", "UPDATE users SET", "java app.FullNames", "CREATE INDEX CONCURRENTLY"),
                heads(read.upgradeSteps("app.FullNames")));
        assertEquals(
                List.of("DROP INDEX CONCURRENTLY", "java app.FullNames", "ALTER TABLE users"),
                heads(read.downgradeSteps("app.FullNames")));
        assertEquals(
                List.of("ALTER TABLE users", "UPDATE users SET", "CREATE INDEX CONCURRENTLY"),
                heads(read.upgradeSteps(null)));
        // A file that lists its Java steps (or none) is taken as it is.
        RevisionSqlFile current = RevisionSqlFile.parse(
                new RevisionSqlFile("x", null, "", "c", null, read.upgrade(), read.downgrade()).render());
        assertEquals(heads(current.upgradeSteps()), heads(current.upgradeSteps("app.FullNames")));
    }

    /** Each step's first words, or {@code java} and its class. */
    private static List<String> heads(List<RevisionStep> steps) {
        return steps.stream()
                .map(s -> s.isJava()
                        ? "java " + s.dataMigration()
                        : String.join(
                                " ",
                                java.util.Arrays.asList(s.statement().sql().split(" "))
                                        .subList(0, 3)))
                .toList();
    }

    @Test
    void refusesFactsThatWouldNotReadBack() {
        SqlStatement statement = new SqlStatement("SELECT 1", true);
        for (SqlStatement unwritable : List.of(
                statement.withLock("ACCESS EXCLUSIVE on users;\nreads wait"),
                statement.withLock(""),
                statement.withWarnings(List.of("no code in front")),
                statement.withWarnings(List.of("[MIG601] two\nlines")),
                statement.withIndex("ix users"),
                statement.withExtension("a, b"))) {
            assertThrows(
                    MalformedRevisionFileException.class,
                    () -> new RevisionSqlFile("x", null, "", "c", null, List.of(unwritable), List.of()).render(),
                    unwritable.toString());
        }
        assertThrows(
                MalformedRevisionFileException.class,
                () -> new RevisionSqlFile("x", null, "", "c", null, List.of(statement), List.of(), "app.J")
                        .withJavaWarnings(List.of("no code"))
                        .render());
    }

    @Test
    void refusesAJavaStepListedWhereItDoesNotRun() throws Exception {
        String text = new RevisionSqlFile(
                        "x",
                        null,
                        "",
                        "c",
                        null,
                        List.of(new SqlStatement("SELECT 1", true), new SqlStatement("VACUUM users", false)),
                        List.of(),
                        "app.J")
                .render();
        String moved = text.replace(
                "-- step 2 (java) app.J#upgrade\n\n-- step 3 (non-transactional)\nVACUUM users;",
                "-- step 2 (non-transactional)\nVACUUM users;\n\n-- step 3 (java) app.J#upgrade");
        MalformedRevisionFileException refused =
                assertThrows(MalformedRevisionFileException.class, () -> RevisionSqlFile.parse(moved));
        assertTrue(refused.getMessage().contains("the Java step is listed as step 3"), refused.getMessage());
        assertEquals(16, refused.line());
    }

    private static List<Integer> groups(List<RevisionStep> steps) {
        return steps.stream().map(RevisionStep::group).toList();
    }

    private static int indexOfJava(List<RevisionStep> steps) {
        for (int i = 0; i < steps.size(); i++) {
            if (steps.get(i).isJava()) {
                return i;
            }
        }
        return -1;
    }

    @Test
    void aFileWrittenBeforeFormatOneKeepsItsChecksumAndOnlyTheGeneratorsIndexStepsRerun() throws Exception {
        String legacy = String.join(
                "\n",
                "-- Migrata revision 006_embedding_index",
                "-- Parent:   005_workflows",
                "-- Message:  HNSW index",
                "-- Checksum: sha256:abc",
                "",
                "-- migrata:upgrade",
                "",
                "-- step 1 (non-transactional)",
                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_s_e ON s USING hnsw (e vector_cosine_ops);",
                "",
                "-- step 2 (non-transactional)",
                "DO $$ BEGIN IF EXISTS (SELECT 1) THEN COMMIT; END IF; END $$;",
                "",
                "-- migrata:downgrade",
                "",
                "-- step 1 (non-transactional)",
                "DROP INDEX CONCURRENTLY IF EXISTS ix_s_e;",
                "");
        RevisionSqlFile read = RevisionSqlFile.parse(legacy);
        assertEquals(0, read.format());
        // As written: nothing is flagged, so the checksum is computed exactly as before format 1.
        assertEquals(
                List.of(
                        new SqlStatement(
                                "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_s_e ON s USING hnsw (e vector_cosine_ops)",
                                false),
                        new SqlStatement("DO $$ BEGIN IF EXISTS (SELECT 1) THEN COMMIT; END IF; END $$", false)),
                read.upgrade());
        assertEquals(
                List.of(true, false),
                read.upgradeSteps().stream()
                        .map(s -> s.statement().rerunnable())
                        .toList());
        assertEquals(
                List.of(true),
                read.downgradeSteps().stream()
                        .map(s -> s.statement().rerunnable())
                        .toList());
        // The index each of the generator's statements builds or drops, for the runtime; not checksummed.
        assertEquals(
                java.util.Arrays.asList("ix_s_e", null),
                read.upgradeSteps().stream().map(s -> s.statement().index()).toList());
        assertEquals(
                List.of("ix_s_e"),
                read.downgradeSteps().stream().map(s -> s.statement().index()).toList());
    }

    @Test
    void aFormatNewerThanThisVersionReadsIsRefused() {
        MalformedRevisionFileException refused = assertThrows(
                MalformedRevisionFileException.class,
                () -> RevisionSqlFile.parse(
                        "-- Migrata revision x\n-- Format: 2\n-- Checksum: c\n\n-- migrata:upgrade\n\n"
                                + "-- migrata:downgrade\n"));
        assertTrue(
                refused.getMessage().contains("format 2, which this version of Migrata does not read"),
                refused.getMessage());
    }

    @Test
    void readsWindowsLineEndingsTheSame() throws Exception {
        RevisionSqlFile file =
                new RevisionSqlFile("002_rename_name", null, "", "sha256:abc", "sha256:def", UPGRADE, DOWNGRADE);
        RevisionSqlFile read = RevisionSqlFile.parse(file.render().replace("\n", "\r\n"));
        assertEquals(UPGRADE, read.upgrade());
        assertEquals(null, read.parentId());
    }

    @Test
    void keepsEmptySections() throws Exception {
        RevisionSqlFile file =
                new RevisionSqlFile("001_initial", null, "initial", "sha256:abc", null, List.of(), List.of());
        RevisionSqlFile read = RevisionSqlFile.parse(file.render());
        assertEquals(List.of(), read.upgrade());
        assertEquals(List.of(), read.downgrade());
    }

    @Test
    void keepsStatementsThatLookLikeOtherSteps() throws Exception {
        // Only the next step number delimits: "-- step 7" inside step 1 stays part of it.
        List<SqlStatement> up =
                List.of(new SqlStatement("SELECT 1\n-- step 7\nSELECT 2", true), new SqlStatement("", true));
        RevisionSqlFile read =
                RevisionSqlFile.parse(new RevisionSqlFile("x", null, "", "c", null, up, List.of()).render());
        assertEquals(up, read.upgrade());
    }

    @Test
    void refusesStatementsContainingAMarkerLine() {
        List<SqlStatement> up =
                List.of(new SqlStatement("SELECT 1\n-- step 2\nSELECT 2", true), new SqlStatement("SELECT 3", true));
        MalformedRevisionFileException e = assertThrows(
                MalformedRevisionFileException.class,
                () -> new RevisionSqlFile("x", null, "", "c", null, up, List.of()).render());
        assertTrue(e.getMessage().contains("marker"), e.getMessage());
        List<SqlStatement> withSection = List.of(new SqlStatement("SELECT 1\n-- migrata:downgrade\nSELECT 2", true));
        assertThrows(
                MalformedRevisionFileException.class,
                () -> new RevisionSqlFile("x", null, "", "c", null, withSection, List.of()).render());
    }

    @Test
    void reportsWhatIsMalformed() {
        assertThrows(MalformedRevisionFileException.class, () -> RevisionSqlFile.parse("-- Migrata revision x\n"));
        MalformedRevisionFileException stray = assertThrows(
                MalformedRevisionFileException.class,
                () -> RevisionSqlFile.parse(
                        "-- Migrata revision x\n-- Checksum: c\n\n-- migrata:upgrade\nDROP TABLE users;\n\n-- migrata:downgrade\n"));
        assertEquals(5, stray.line());
        assertThrows(
                MalformedRevisionFileException.class,
                () -> RevisionSqlFile.parse(
                        "-- Migrata revision x\n-- Checksum: c\n\n-- migrata:upgrade\n\n-- step 1\nDROP TABLE users\n\n-- migrata:downgrade\n"));
        assertThrows(
                MalformedRevisionFileException.class,
                () -> RevisionSqlFile.parse("-- Checksum: c\n\n-- migrata:upgrade\n\n-- migrata:downgrade\n"));
    }
}
