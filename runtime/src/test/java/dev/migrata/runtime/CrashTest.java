package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A migrator JVM killed with SIGKILL at a known statement (a sleep enabled by a database setting
 * holds it there) leaves the database at a revision boundary or visibly dirty, and the next
 * upgrade reaches a catalog identical to an uninterrupted run.
 */
class CrashTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    @Test
    void killedInsideARevisionsTransactionLeavesThePreviousRevision() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                ScratchDatabase clean = ScratchDatabase.create(server)) {
            killWhileRunning(
                    db,
                    SampleChain.Variant.STANDARD,
                    SampleChain.SLEEP_IN_TRANSACTION,
                    "%pg_sleep%sleep_in_transaction%");
            assertEquals(List.of("001_initial_schema"), db.appliedIds());
            assertEquals(
                    "name",
                    db.query(
                            "SELECT attname FROM pg_attribute WHERE attrelid = 'users'::regclass AND attname LIKE '%name'"));
            finishAndCompare(db, clean, SampleChain.Variant.STANDARD);
        }
    }

    @Test
    void killedInsideAJavaDataMigrationLeavesThePreviousRevision() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                ScratchDatabase clean = ScratchDatabase.create(server)) {
            killWhileRunning(
                    db, SampleChain.Variant.STANDARD, SampleChain.SLEEP_IN_DATA_MIGRATION, "%pg_sleep%sleep_in_data%");
            assertEquals(List.of("001_initial_schema", "002_rename_name"), db.appliedIds());
            assertEquals("0", db.query("SELECT count(*) FROM users"));
            finishAndCompare(db, clean, SampleChain.Variant.STANDARD);
            assertEquals("1", db.query("SELECT count(*) FROM documents"));
        }
    }

    @Test
    void killedInsideANonTransactionalIndexBuildLeavesAVisibleDirtyRevision() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                ScratchDatabase clean = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            killWhileRunning(
                    db,
                    SampleChain.Variant.SLOW_INDEX,
                    SampleChain.SLEEP_IN_INDEX_BUILD,
                    "CREATE INDEX CONCURRENTLY%ix_documents_delayed%");
            assertEquals(5, db.appliedIds().size());
            assertEquals(
                    "0|up",
                    db.query(
                            "SELECT pending_step, pending_direction FROM migrata_revisions WHERE id = '005_delayed_index'"));
            assertEquals(
                    "f",
                    db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_documents_delayed'::regclass"));
            Migrator migrator =
                    db.migrator(SampleChain.of(SampleChain.Variant.SLOW_INDEX)).build();
            assertEquals(HistoryEntry.State.DIRTY, migrator.history().get(4).state());
            assertEquals(
                    List.of(DriftReport.Kind.INVALID_INDEX),
                    migrator.check().drifts().stream()
                            .map(DriftReport.Drift::kind)
                            .collect(Collectors.toList()));

            finishAndCompare(db, clean, SampleChain.Variant.SLOW_INDEX);
            assertTrue(
                    log.lines()
                            .contains(
                                    "Dropped invalid index ix_documents_delayed left by an interrupted build; rebuilding it"),
                    log.lines().toString());
            assertTrue(migrator.check().isClean(), () -> migrator.check().toString());
        }
    }

    /**
     * Starts a migrator JVM with {@code setting} making one statement sleep, kills it once that
     * statement runs, and waits for the server to end the orphaned backend.
     */
    private static void killWhileRunning(
            ScratchDatabase db, SampleChain.Variant variant, String setting, String queryPattern) throws Exception {
        db.execute("ALTER DATABASE " + db.name() + " SET " + setting + " = '60'");
        MigratorProcess.Launched migrator = MigratorProcess.launch(
                db.url() + "&ApplicationName=migrata-victim", variant, "head", Duration.ofSeconds(30), 0);
        try {
            ConcurrencyTest.awaitQuery(
                    db,
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'migrata-victim'"
                            + " AND state = 'active' AND query LIKE '" + queryPattern + "'");
        } finally {
            migrator.process().destroyForcibly();
            assertTrue(migrator.process().waitFor(10, TimeUnit.SECONDS));
            db.execute("ALTER DATABASE " + db.name() + " RESET " + setting);
        }
        assertTrue(migrator.process().exitValue() != 0, migrator.log());
        // The server notices the vanished client within client_connection_check_interval.
        ConcurrencyTest.awaitQuery(
                db,
                "SELECT 1 WHERE NOT EXISTS (SELECT 1 FROM pg_stat_activity WHERE application_name = 'migrata-victim')");
    }

    private static void finishAndCompare(ScratchDatabase db, ScratchDatabase clean, SampleChain.Variant variant)
            throws Exception {
        db.migrator(SampleChain.of(variant)).build().upgrade("head");
        clean.migrator(SampleChain.of(variant)).build().upgrade("head");
        assertEquals(clean.schemaDump(), db.schemaDump());
        assertEquals(clean.history(), db.history());
    }
}
