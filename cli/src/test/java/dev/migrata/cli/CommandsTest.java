package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Every verb against a real database, through picocli in-process. */
class CommandsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path workingDirectory;

    @BeforeEach
    void emptyDatabase() throws Exception {
        db.execute("DROP TABLE IF EXISTS papers, authors, migrata_revisions, alembic_version, tmp_load_1 CASCADE");
    }

    private CliRun migrata(String... args) {
        String[] withUrl = new String[args.length + 2];
        withUrl[0] = "--url";
        withUrl[1] = db.jdbcUrl();
        System.arraycopy(args, 0, withUrl, 2, args.length);
        return CliRun.run(workingDirectory, withUrl);
    }

    private CliRun succeeds(String... args) {
        CliRun run = migrata(args);
        assertEquals(0, run.exitCode(), run::toString);
        return run;
    }

    /** {@code check}, which must exit 1: the database differs from the head schema. */
    private CliRun checkFindsDifferences() {
        CliRun run = migrata("check");
        assertEquals(1, run.exitCode(), run::toString);
        return run;
    }

    @Test
    void upgradeToHeadRunsEachRevisionOnceThenSaysItIsAtHead() throws Exception {
        CliRun first = succeeds("upgrade");
        List<String> lines = first.out().lines().toList();
        assertEquals(4, lines.size(), first::toString);
        assertTrue(
                Pattern.matches("Running upgrade base -> 001_authors, create authors \\(\\d+ ms\\)", lines.get(0)),
                lines.get(0));
        assertTrue(
                lines.get(3).startsWith("Running upgrade 003_rename_name -> 004_embedding_index, add HNSW index ("),
                lines.get(3));
        assertEquals("", first.err());
        assertEquals(
                "t",
                db.queryForString(
                        "SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_papers_embedding'::regclass"));

        CliRun again = succeeds("upgrade", "head");
        assertEquals("Nothing to upgrade: the database is at 004_embedding_index (head)\n", again.out());
    }

    @Test
    void upgradeStepwiseWithRelativeAndPrefixTargets() {
        assertTrue(succeeds("upgrade", "+1").out().startsWith("Running upgrade base -> 001_authors"));
        assertTrue(succeeds("upgrade", "003")
                .out()
                .contains("Running upgrade 002_papers -> 003_rename_name, rename authors.name"));
        assertEquals(CliRun.current("003_rename_name", db), succeeds("current").out());
    }

    @Test
    void currentBeforeAndAfterUpgrade() {
        assertEquals(
                CliRun.current("<base> (nothing applied)", db),
                succeeds("current").out());
        succeeds("upgrade");
        assertEquals(
                CliRun.current("004_embedding_index (head)", db),
                succeeds("current").out());
    }

    @Test
    void historyNewestFirstWithCurrentMarked() {
        succeeds("upgrade", "002_papers");
        assertEquals(
                "003_rename_name -> 004_embedding_index (head), add HNSW index\n"
                        + "002_papers -> 003_rename_name, rename authors.name\n"
                        + "001_authors -> 002_papers (current), papers with embeddings\n"
                        + "<base> -> 001_authors, create authors\n",
                succeeds("history").out());
    }

    @Test
    void historyVerboseShowsChecksumsAndWhenApplied() {
        succeeds("upgrade", "001_authors");
        String out = succeeds("history", "--verbose").out();
        assertTrue(
                out.startsWith(
                        "Rev: 004_embedding_index (head)\nParent: 003_rename_name\nState: pending\nChecksum: sha256:"),
                out);
        assertTrue(
                Pattern.compile(
                                "Rev: 001_authors \\(current\\)\nParent: <base>\nState: applied\nChecksum: sha256:[0-9a-f]{64}\n"
                                        + "Chain checksum: sha256:[0-9a-f]{64}\nApplied: \\S+ by postgres in \\d+ ms\n\n    create authors\n")
                        .matcher(out)
                        .find(),
                out);
    }

    @Test
    void historyMarksAModifiedRevision() throws Exception {
        succeeds("upgrade", "001");
        db.execute("UPDATE migrata_revisions SET checksum = 'sha256:edited' WHERE id = '001_authors'");
        assertTrue(succeeds("history").out().contains("<base> -> 001_authors (current), create authors [modified]\n"));
    }

    @Test
    void historyWithoutADatabaseUrlListsTheChainAlone() {
        CliRun run = CliRun.run(workingDirectory, "history");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(
                "003_rename_name -> 004_embedding_index (head), add HNSW index\n"
                        + "002_papers -> 003_rename_name, rename authors.name\n"
                        + "001_authors -> 002_papers, papers with embeddings\n"
                        + "<base> -> 001_authors, create authors\n",
                run.out());

        String verbose = CliRun.run(workingDirectory, "history", "--verbose").out();
        assertTrue(
                Pattern.compile(
                                "^Rev: 004_embedding_index \\(head\\)\nParent: 003_rename_name\nChecksum: sha256:[0-9a-f]{64}\n"
                                        + "Chain checksum: sha256:[0-9a-f]{64}\n\n    add HNSW index\n\nRev: 003_rename_name\n")
                        .matcher(verbose)
                        .find(),
                verbose);
        assertFalse(verbose.contains("State:"), verbose);
    }

    @Test
    void headsNeedsNoDatabase() {
        CliRun run = CliRun.run(workingDirectory, "heads");
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("004_embedding_index (head)\n", run.out());
    }

    @Test
    void showPrintsTheRevisionWithItsStatements() {
        CliRun run = CliRun.run(workingDirectory, "show", "004");
        assertEquals(0, run.exitCode(), run::toString);
        assertTrue(
                run.out().startsWith("Rev: 004_embedding_index (head)\nParent: 003_rename_name\nChecksum: sha256:"),
                run.out());
        assertTrue(
                run.out()
                        .contains(
                                "\n    add HNSW index\n\nUpgrade:\n    -- runs outside the revision's transaction\n"
                                        + "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_papers_embedding ON papers USING hnsw (embedding vector_cosine_ops)\n    ;\n"),
                run.out());
        assertTrue(CliRun.run(workingDirectory, "show", "001_authors").out().contains("Parent: <base>\n"));
    }

    @Test
    void downgradeStepwiseAndToBase() throws Exception {
        succeeds("upgrade");
        CliRun one = succeeds("downgrade", "-1");
        assertTrue(
                Pattern.matches(
                        "Running downgrade 004_embedding_index -> 003_rename_name, add HNSW index \\(\\d+ ms\\)\n",
                        one.out()),
                one.out());
        assertEquals(null, db.queryForString("SELECT to_regclass('ix_papers_embedding')"));
        assertEquals(2, succeeds("downgrade", "001_authors").out().lines().count());
        assertEquals(1, succeeds("downgrade", "base").out().lines().count());
        assertEquals(
                "Nothing to downgrade: the database is at <base> (nothing applied)\n",
                succeeds("downgrade", "base").out());
        assertEquals(null, db.queryForString("SELECT to_regclass('authors')"));
    }

    @Test
    void stampRecordsWithoutRunningSql() throws Exception {
        CliRun run = succeeds("stamp", "003_rename_name");
        assertEquals("Stamped base -> 003_rename_name\n", run.out());
        assertEquals(null, db.queryForString("SELECT to_regclass('authors')"));
        assertEquals(CliRun.current("003_rename_name", db), succeeds("current").out());
        assertEquals(
                "Stamped 003_rename_name -> base\n", succeeds("stamp", "base").out());
    }

    @Test
    void checkOnAnUpToDateDatabase() {
        succeeds("upgrade");
        assertEquals(
                "No drift: the database matches the head schema\n",
                succeeds("check").out());
    }

    @Test
    void checkListsDriftAndExitsOne() throws Exception {
        succeeds("upgrade");
        db.execute(
                "ALTER TABLE papers ADD COLUMN notes text; DROP INDEX ix_papers_embedding; ALTER TABLE authors ALTER COLUMN display_name SET NOT NULL");
        CliRun run = checkFindsDifferences();
        assertTrue(run.out().contains("EXTRA_COLUMN papers.notes: expected none, found text\n"), run.out());
        assertTrue(
                run.out()
                        .contains(
                                "MISSING_INDEX papers index ix_papers_embedding: expected hnsw (embedding vector_cosine_ops), found none\n"),
                run.out());
        assertTrue(run.out().contains("NULLABILITY authors.display_name"), run.out());
        assertTrue(run.out().endsWith("3 differences between the database and the head schema\n"), run.out());
    }

    @Test
    void checkLeavesOutOtherToolsHistoryTablesAndExcludedPatterns() throws Exception {
        succeeds("upgrade");
        db.execute(
                "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY); CREATE TABLE tmp_load_1 (id int)");
        CliRun run = checkFindsDifferences();
        assertEquals(
                "EXTRA_TABLE tmp_load_1: expected none, found table\n1 difference between the database and the head schema\n",
                run.out());
        assertEquals(
                "No drift: the database matches the head schema\n",
                succeeds("check", "--exclude", "tmp_*", "--exclude", "audit.*").out());
    }

    @Test
    void checkOnADatabaseBehindTheHeadSaysSoBeforeTheDifferences() {
        succeeds("upgrade", "002_papers");
        CliRun run = checkFindsDifferences();
        assertTrue(
                run.out()
                        .startsWith(
                                "The database is at 002_papers, 2 revisions behind the head 004_embedding_index"
                                        + " (pending: 003_rename_name, 004_embedding_index): the differences below are what they will"
                                        + " change (the chain carries the head's schema only, so the database is compared with that)\n"),
                run.out());
    }

    @Test
    void checkOnAnEmptyDatabaseReportsMissingTables() {
        CliRun run = checkFindsDifferences();
        assertTrue(run.out().contains("MISSING_TABLE authors"), run.out());
        assertFalse(run.out().contains("No drift"));
    }

    @Test
    void planPrintsThePendingStepsWithTheirLocksAndWritesNothing() throws Exception {
        assertEquals(
                String.join(
                                "\n",
                                "Upgrade base -> 001_authors, create authors",
                                "  step 1 (transaction 1) locks: not stated",
                                "    CREATE TABLE authors ( id bigint GENERATED BY DEFAULT AS IDENTITY, email character varying(255) NOT NULL, name text, CO…",
                                "Upgrade 001_authors -> 002_papers, papers with embeddings",
                                "  step 1 (transaction 1, extension vector) locks: not stated",
                                "    CREATE EXTENSION IF NOT EXISTS vector",
                                "  step 2 (transaction 1) locks: not stated",
                                "    CREATE TABLE papers ( id bigint GENERATED BY DEFAULT AS IDENTITY, author_id bigint NOT NULL, title text NOT NULL, embed…",
                                "  step 3 (transaction 1) locks: not stated",
                                "    CREATE INDEX ix_papers_author_id ON papers (author_id)",
                                "Upgrade 002_papers -> 003_rename_name, rename authors.name",
                                "  step 1 (transaction 1) locks: ACCESS EXCLUSIVE on authors; brief",
                                "    ALTER TABLE authors RENAME COLUMN name TO display_name",
                                "Upgrade 003_rename_name -> 004_embedding_index, add HNSW index",
                                "  step 1 (non-transactional, re-runnable, index ix_papers_embedding) locks: SHARE UPDATE EXCLUSIVE on papers; builds the index, writes continue",
                                "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_papers_embedding ON papers USING hnsw (embedding vector_cosine_ops)")
                        + "\n",
                succeeds("plan").out());
        assertEquals(null, db.queryForString("SELECT to_regclass('migrata_revisions')"));
        succeeds("upgrade", "003");
        assertTrue(succeeds("plan", "head").out().startsWith("Upgrade 003_rename_name -> 004_embedding_index"));
        succeeds("upgrade");
        assertEquals(
                "Nothing to upgrade: the database is at 004_embedding_index\n",
                succeeds("plan").out());
    }

    @Test
    void repairListsTheChangesAndWithoutYesChangesNothing() throws Exception {
        succeeds("upgrade");
        db.execute("UPDATE migrata_revisions SET checksum = 'sha256:regenerated' WHERE id = '003_rename_name'");
        CliRun downgrade = migrata("downgrade", "-1");
        assertEquals(1, downgrade.exitCode(), downgrade::toString);
        assertTrue(downgrade.err().contains("record the compiled checksums with repair"), downgrade.err());
        String before = db.queryForString("SELECT string_agg(id || checksum || chain_checksum, ',' ORDER BY position)"
                + " FROM migrata_revisions");

        CliRun listed = migrata("repair");
        assertEquals(1, listed.exitCode(), listed::toString);
        assertTrue(
                Pattern.matches(
                        "003_rename_name: checksum sha256:regenerated \\(recorded\\) -> sha256:[0-9a-f]{64} \\(compiled\\)\n",
                        listed.out()),
                listed.out());
        assertEquals(
                "error: 1 applied revision would get the compiled checksums; nothing was changed. Rerun with --yes to"
                        + " record them.\n",
                listed.err());
        assertEquals(
                before,
                db.queryForString("SELECT string_agg(id || checksum || chain_checksum, ',' ORDER BY position)"
                        + " FROM migrata_revisions"));

        CliRun repaired = succeeds("repair", "--yes");
        assertTrue(
                repaired.out().startsWith("Repaired 003_rename_name: checksum sha256:regenerated (recorded) -> "),
                repaired.out());
        assertEquals(
                "Nothing to repair: every applied revision has its compiled checksum\n",
                succeeds("repair").out());
        assertEquals(
                "Nothing to upgrade: the database is at 004_embedding_index (head)\n",
                succeeds("upgrade").out());
    }

    @Test
    void stampPurgeRewritesAHistoryHoldingARevisionThisCodeDoesNotKnow() throws Exception {
        succeeds("upgrade");
        db.execute("INSERT INTO migrata_revisions (position, id, checksum, chain_checksum, message, execution_ms)"
                + " VALUES (5, '005_elsewhere', 'sha256:e', 'sha256:e', 'from another branch', 0)");
        CliRun refused = migrata("stamp", "head");
        assertEquals(1, refused.exitCode(), refused::toString);
        assertTrue(refused.err().contains("stamp --purge"), refused.err());

        CliRun purged = succeeds("stamp", "--purge", "head");
        assertTrue(
                Pattern.matches(
                        "Stamped with purge: the history of jdbc:postgresql://\\S+ \\(user postgres\\) is now the chain up"
                                + " to 004_embedding_index; removed 005_elsewhere; recorded nothing\n",
                        purged.out()),
                purged.out());
        assertEquals(
                CliRun.current("004_embedding_index (head)", db),
                succeeds("current").out());
        assertEquals(2, migrata("stamp", "--purge").exitCode());
    }

    @Test
    void ddlLockOptionsTakeDurationsAndCountsAndRefuseNonsenseAsUsageErrors() throws Exception {
        assertEquals(
                4,
                succeeds("--ddl-lock-timeout", "500ms", "--ddl-lock-retries", "0", "upgrade", "002")
                                .out()
                                .lines()
                                .count()
                        + 2);
        succeeds("upgrade", "--ddl-lock-timeout", "1m", "--ddl-lock-retries", "5");
        for (String[] nonsense : new String[][] {
            {"--ddl-lock-timeout", "soon", "upgrade"},
            {"--ddl-lock-timeout", "0", "upgrade"},
            {"--ddl-lock-timeout", "-5s", "upgrade"},
            {"--ddl-lock-retries", "-1", "upgrade"},
            {"--ddl-lock-retries", "many", "upgrade"}
        }) {
            CliRun run = migrata(nonsense);
            assertEquals(2, run.exitCode(), run::toString);
            assertTrue(run.err().startsWith("Invalid value for option '" + nonsense[0] + "'"), run.err());
        }
    }
}
