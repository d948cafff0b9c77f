package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.nonTransactional;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Whether an interrupted non-transactional step runs again is what its author declared, never read
 * from its text: a batched backfill that commits per batch, killed half-way, is refused as dirty even
 * though it mentions {@code IF EXISTS}; the same step declared re-runnable is rerun.
 */
class InterruptedStepTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final int ROWS = 400;
    private static final int BATCH = 20;

    /**
     * Adds a bonus of 10 to every account, one committed batch at a time, sleeping between batches so
     * that the test can end the backend half-way. The comment makes the text look idempotent to any
     * rule that matches words; the step is not.
     */
    private static final String BACKFILL = "DO $$\n"
            + "DECLARE batch_start int := 1;\n"
            + "BEGIN\n"
            + "    -- the accounts table exists (IF EXISTS checks are not needed here)\n"
            + "    WHILE batch_start <= " + ROWS + " LOOP\n"
            + "        UPDATE accounts SET bonus = bonus + 10 WHERE id >= batch_start AND id < batch_start + " + BATCH
            + ";\n"
            + "        COMMIT;\n"
            + "        PERFORM pg_sleep(0.1);\n"
            + "        batch_start := batch_start + " + BATCH + ";\n"
            + "    END LOOP;\n"
            + "END\n"
            + "$$";

    @Test
    void aKilledBackfillThatIsNotDeclaredRerunnableIsRefusedAsDirtyAndItsRowsAreUntouched() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            TestChain chain = chain(nonTransactional(BACKFILL));
            int done = killHalfWay(db, chain);
            String rowsBefore = db.query("SELECT string_agg(id || ':' || bonus, ',' ORDER BY id) FROM accounts");

            MigrationException refused = assertThrows(
                    MigrationException.class, () -> db.migrator(chain).build().upgrade("head"));
            assertEquals(MigrationException.Reason.DIRTY, refused.reason(), refused.getMessage());
            assertTrue(
                    refused.getMessage().contains("is dirty: its non-transactional step 1 of 1 was interrupted"),
                    refused.getMessage());
            assertEquals(rowsBefore, db.query("SELECT string_agg(id || ':' || bonus, ',' ORDER BY id) FROM accounts"));
            assertEquals(Integer.toString(done), db.query("SELECT count(*) FROM accounts WHERE bonus = 10"));
            assertEquals("0", db.query("SELECT count(*) FROM accounts WHERE bonus > 10"));
        }
    }

    @Test
    void theSameBackfillDeclaredRerunnableRunsAgainFromTheStart() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            TestChain chain = chain(MigrationStep.rerunnable(BACKFILL));
            int done = killHalfWay(db, chain);

            assertEquals(List.of("002_backfill"), db.migrator(chain).build().upgrade("head"));
            // Rerun from the start: the rows of the batches done before the kill got the bonus twice,
            // which is what declaring this step re-runnable means (and why it is not the default).
            assertEquals(Integer.toString(done), db.query("SELECT count(*) FROM accounts WHERE bonus = 20"));
            assertEquals(Integer.toString(ROWS - done), db.query("SELECT count(*) FROM accounts WHERE bonus = 10"));
            assertEquals(
                    HistoryEntry.State.APPLIED,
                    db.migrator(chain).build().history().get(1).state());
        }
    }

    private static TestChain chain(MigrationStep backfill) {
        return TestChain.named("bonus")
                .revision(
                        "001_accounts",
                        "accounts",
                        List.of(
                                transactional("CREATE TABLE accounts (id int PRIMARY KEY, bonus int NOT NULL)"),
                                transactional(
                                        "INSERT INTO accounts SELECT g, 0 FROM generate_series(1, " + ROWS + ") AS g")),
                        List.of(transactional("DROP TABLE accounts")))
                .revision("002_backfill", "bonus for everyone", List.of(backfill), List.of())
                .build();
    }

    /**
     * Upgrades on another thread and ends its backend once a few batches have committed; returns how
     * many rows had their bonus by then.
     */
    private static int killHalfWay(ScratchDatabase db, TestChain chain) throws Exception {
        CompletableFuture<List<String>> upgrade = CompletableFuture.supplyAsync(() -> {
            try {
                return db.migrator(chain)
                        .url(db.url() + "&ApplicationName=migrata-backfill")
                        .build()
                        .upgrade("head");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        ConcurrencyTest.awaitQuery(
                db,
                "SELECT pid FROM pg_stat_activity WHERE application_name = 'migrata-backfill' AND query LIKE 'DO $$%'");
        ConcurrencyTest.awaitQuery(
                db, "SELECT 1 WHERE (SELECT count(*) FROM accounts WHERE bonus > 0) >= " + 3 * BATCH);
        db.query("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'migrata-backfill'");
        ExecutionException failed = assertThrows(ExecutionException.class, () -> upgrade.get(30, TimeUnit.SECONDS));
        assertTrue(failed.getCause() instanceof IllegalStateException, failed.toString());
        int done = Integer.parseInt(db.query("SELECT count(*) FROM accounts WHERE bonus > 0"));
        assertTrue(done > 0 && done < ROWS, "killed half-way: " + done + " of " + ROWS + " rows done");
        assertEquals(
                "0|up",
                db.query("SELECT pending_step, pending_direction FROM migrata_revisions WHERE id = '002_backfill'"));
        return done;
    }
}
