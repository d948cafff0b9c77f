package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.rerunnable;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrata.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A database migrated by the previous version: its history table lacks {@code next_step}, {@code
 * downgrade_steps}, {@code downgrade_checksum} and {@code next_step_started}, and a dirty row's {@code pending_step} counted group-0 steps only, that
 * version having run every transactional step of an upgrade first.
 */
class OldHistoryTableTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** The columns this version added, dropped again: what the previous version created. */
    private static final String TO_PREVIOUS_VERSION =
            "ALTER TABLE migrata_revisions DROP COLUMN next_step, DROP COLUMN downgrade_steps,"
                    + " DROP COLUMN downgrade_checksum, DROP COLUMN next_step_started";

    private static final String COLUMNS = "SELECT string_agg(attname, ',' ORDER BY attnum) FROM pg_attribute"
            + " WHERE attrelid = 'migrata_revisions'::regclass AND attnum > 0 AND NOT attisdropped";

    @Test
    void theUpToDateCheckAndTheListingReadItAsItIsAndTheNextUpgradeAddsTheColumns() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("003_backfill");
            db.execute(TO_PREVIOUS_VERSION);
            String previous = db.query(COLUMNS);
            Migrator atThird = db.migrator(SampleChain.standard()).build();
            assertEquals(List.of(), atThird.upgrade("003_backfill"));
            assertEquals(HistoryEntry.State.APPLIED, atThird.history().get(2).state());
            assertEquals(HistoryEntry.State.PENDING, atThird.history().get(3).state());
            assertEquals(List.of("004_embedding_index"), ids(atThird.plan("head")));
            assertEquals(previous, db.query(COLUMNS), "nothing was written, so the table was left alone");

            assertEquals(List.of("004_embedding_index"), atThird.upgrade("head"));
            assertEquals(
                    previous + ",next_step,downgrade_steps,downgrade_checksum,next_step_started", db.query(COLUMNS));
            // Rows of the previous version have no recorded downgrade steps; this version's have.
            assertEquals(
                    "3|t\n4|f",
                    db.query("SELECT position, downgrade_steps IS NULL FROM migrata_revisions WHERE position >= 3"
                            + " ORDER BY position"));
        }
    }

    private static List<String> ids(MigrationPlan plan) {
        return plan.revisions().stream().map(MigrationPlan.Revision::id).toList();
    }

    @Test
    void aDirtyRowOfThePreviousVersionResumesAtItsGroupZeroStepWithoutRerunningTheTransactionalOnes() throws Exception {
        // Listed in this order, the previous version ran steps 1 and 3 in one transaction, then 2, then 4.
        TestChain chain = TestChain.named("old")
                .revision(
                        "001_tables",
                        "tables",
                        List.of(
                                transactional("CREATE TABLE a (id int)"),
                                rerunnable("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_a ON a (id)")
                                        .buildsIndex("ix_a"),
                                transactional("CREATE TABLE b (id int)"),
                                rerunnable("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_b ON b (id)")
                                        .buildsIndex("ix_b")),
                        List.of(transactional("DROP TABLE a, b")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server);
                ScratchDatabase clean = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            migrator.upgrade("head");
            clean.migrator(chain).build().upgrade("head");
            // Killed during its second group-0 step: a, b and ix_a done, ix_b not.
            db.execute("DROP INDEX ix_b; " + TO_PREVIOUS_VERSION
                    + "; UPDATE migrata_revisions SET pending_step = 1, pending_direction = 'up'");
            assertEquals(HistoryEntry.State.DIRTY, migrator.history().get(0).state());
            assertEquals(
                    "Resume base -> 001_tables, tables\n"
                            + "  step 4 (non-transactional, re-runnable, index ix_b) locks: not stated\n"
                            + "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_b ON b (id)\n",
                    migrator.plan("head").toString());

            // Rerunning step 3 (CREATE TABLE b) would fail: only step 4 runs.
            assertEquals(List.of("001_tables"), migrator.upgrade("head"));
            assertEquals(clean.schemaDump(), db.schemaDump());
            assertEquals(HistoryEntry.State.APPLIED, migrator.history().get(0).state());
        }
    }

    @Test
    void aDirtyDowngradeOfThePreviousVersionFinishesItsGroupZeroStepsThenItsTransaction() throws Exception {
        TestChain chain = TestChain.named("old")
                .revision(
                        "001_table",
                        "table",
                        List.of(transactional("CREATE TABLE a (id int)")),
                        List.of(transactional("DROP TABLE a")))
                .revision(
                        "002_index",
                        "index",
                        List.of(
                                transactional("CREATE TABLE b (id int)"),
                                rerunnable("CREATE INDEX CONCURRENTLY ix_c ON a (id)")),
                        List.of(transactional("DROP TABLE b"), rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_c")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            migrator.upgrade("head");
            // The previous version ran the downgrade's group-0 steps first and was killed in its first.
            db.execute(
                    TO_PREVIOUS_VERSION
                            + "; UPDATE migrata_revisions SET pending_step = 0, pending_direction = 'down' WHERE id = '002_index'");
            assertEquals(List.of("002_index"), migrator.downgrade("001_table"));
            assertEquals("null|null", db.query("SELECT to_regclass('b'), to_regclass('ix_c')"));
            assertEquals(List.of("001_table"), db.appliedIds());
        }
    }
}
