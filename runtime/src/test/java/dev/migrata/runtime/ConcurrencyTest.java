package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Several application instances, each in its own JVM, migrating one database at once. */
class ConcurrencyTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final Pattern RUNNING_UPGRADE = Pattern.compile("Running upgrade \\S+ -> (\\S+),");

    @Test
    void eightMigratorsStartedTogetherApplyEveryRevisionExactlyOnce() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            long startAt = System.currentTimeMillis() + 2_000;
            List<MigratorProcess.Launched> migrators = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                migrators.add(MigratorProcess.launch(
                        db.url(), SampleChain.Variant.STANDARD, "head", Duration.ofSeconds(60), startAt));
            }
            List<String> applied = new ArrayList<>();
            for (MigratorProcess.Launched migrator : migrators) {
                assertTrue(migrator.process().waitFor(90, TimeUnit.SECONDS), "a migrator did not finish");
                String log = migrator.log();
                assertEquals(0, migrator.process().exitValue(), log);
                Matcher matcher = RUNNING_UPGRADE.matcher(log);
                while (matcher.find()) {
                    applied.add(matcher.group(1));
                }
            }
            applied.sort(null);
            assertEquals(
                    List.of("001_initial_schema", "002_rename_name", "003_backfill", "004_embedding_index"), applied);
            assertEquals(applied, db.appliedIds());
            assertEquals("1", db.query("SELECT count(*) FROM documents"), "the data migration ran exactly once");
            assertTrue(db.migrator().check().isClean());
        }
    }

    @Test
    void migratorsWaitingForTheLockDoNotBlockTheHoldersConcurrentIndexBuild() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("003_backfill");
            try (Connection snapshotHolder = db.connect();
                    Statement statement = snapshotHolder.createStatement()) {
                // An unrelated transaction with a snapshot makes the holder's CREATE INDEX
                // CONCURRENTLY wait, so the waiters are certainly polling while it waits.
                snapshotHolder.setAutoCommit(false);
                statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
                statement.executeQuery("SELECT count(*) FROM users").close();
                String snapshotPid = pidOf(snapshotHolder);

                MigratorProcess.Launched holder = MigratorProcess.launch(
                        db.url() + "&ApplicationName=migrata-holder",
                        SampleChain.Variant.STANDARD,
                        "head",
                        Duration.ofSeconds(30),
                        0);
                String buildPid = awaitQuery(
                        db,
                        "SELECT pid FROM pg_stat_activity WHERE application_name = 'migrata-holder'"
                                + " AND query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'");
                List<MigratorProcess.Launched> waiters = new ArrayList<>();
                for (int i = 0; i < 3; i++) {
                    waiters.add(MigratorProcess.launch(
                            db.url() + "&ApplicationName=migrata-waiter",
                            SampleChain.Variant.STANDARD,
                            "head",
                            Duration.ofSeconds(20),
                            0));
                }
                awaitQuery(
                        db,
                        "SELECT 1 WHERE (SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migrata-waiter') = 3");
                Thread.sleep(1_000);
                assertEquals(
                        snapshotPid,
                        db.query(
                                "SELECT string_agg(b::text, ',') FROM unnest(pg_blocking_pids(" + buildPid + ")) AS b"),
                        "only the unrelated snapshot blocks the index build, never a waiting migrator");
                snapshotHolder.commit();

                for (MigratorProcess.Launched migrator : waiters) {
                    assertTrue(migrator.process().waitFor(30, TimeUnit.SECONDS));
                    assertEquals(0, migrator.process().exitValue(), migrator.log());
                    assertTrue(
                            migrator.log().contains("Waiting for the migration lock held by backend pid"),
                            migrator.log());
                }
                assertTrue(holder.process().waitFor(30, TimeUnit.SECONDS));
                assertEquals(0, holder.process().exitValue(), holder.log());
            }
            assertEquals(
                    "t",
                    db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_documents_embedding'::regclass"));
            assertEquals(4, db.appliedIds().size());
        }
    }

    private static String pidOf(Connection connection) throws Exception {
        try (Statement statement = connection.createStatement();
                var rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getString(1);
        }
    }

    /** Polls until the query returns a row; returns its first column. */
    static String awaitQuery(ScratchDatabase db, String sql) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            String result = db.query(sql);
            if (!result.isEmpty()) {
                return result.split("\n")[0];
            }
            Thread.sleep(50);
        }
        throw new AssertionError("timed out waiting for: " + sql);
    }
}
