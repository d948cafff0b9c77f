package dev.migrata.processor.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.processor.Goldens;
import dev.migrata.schema.sql.SqlStatement;
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
        assertEquals(up, read.upgradeSteps());
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
                text.contains("-- step 2 (java) app.Revisions.FullNames#downgrade\n\n-- step 3\nALTER TABLE users"),
                text);
        RevisionSqlFile read = RevisionSqlFile.parse(text);
        assertEquals("app.Revisions.FullNames", read.dataMigration());
        assertEquals(UPGRADE, read.upgrade());
        assertEquals(DOWNGRADE, read.downgrade());
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
                read.upgradeSteps().stream().map(SqlStatement::rerunnable).toList());
        assertEquals(
                List.of(true),
                read.downgradeSteps().stream().map(SqlStatement::rerunnable).toList());
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
