package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.inTransaction;
import static dev.migrata.runtime.MigrationStep.nonTransactional;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A revision's steps run in list order: each transaction group commits on its own with the history
 * row's progress, so a failure in a later group leaves the earlier ones committed and the revision
 * visibly dirty, and the next upgrade resumes at the group that failed. The lock-safe pattern this
 * makes possible: {@code ADD CONSTRAINT … NOT VALID} in group 1 (a brief strong lock), {@code
 * VALIDATE CONSTRAINT} in group 2 (SHARE UPDATE EXCLUSIVE while it scans, writes continue).
 */
class StepGroupsTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final MigrationStep CREATE_TABLES = transactional("CREATE TABLE customers (id int PRIMARY KEY);"
            + " CREATE TABLE orders (id int PRIMARY KEY, customer int NOT NULL, amount int NOT NULL);"
            + " INSERT INTO customers SELECT generate_series(1, 10);"
            + " INSERT INTO orders SELECT g, 1 + g % 10, g FROM generate_series(1, 200) g");

    /** A chain whose first revision creates the tables, with rows. */
    private static TestChain.Builder withTables(String name) {
        return TestChain.named(name)
                .revision(
                        "001_tables",
                        "tables",
                        List.of(CREATE_TABLES),
                        List.of(transactional("DROP TABLE orders, customers")));
    }

    /** 002 adds a foreign key without the long lock, then indexes it outside any transaction. */
    private static final TestChain FOREIGN_KEY = withTables("shop")
            .revision(
                    "002_fk",
                    "orders reference customers",
                    List.of(
                            inTransaction(
                                            1,
                                            "ALTER TABLE orders ADD CONSTRAINT fk_orders_customer FOREIGN KEY (customer)"
                                                    + " REFERENCES customers (id) NOT VALID")
                                    .locks("SHARE ROW EXCLUSIVE on orders, customers; brief"),
                            inTransaction(2, "ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer")
                                    .locks("SHARE UPDATE EXCLUSIVE on orders; scans it, writes continue"),
                            MigrationStep.rerunnable(
                                            "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_customer ON orders (customer)")
                                    .buildsIndex("ix_orders_customer")),
                    List.of(
                            MigrationStep.rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_orders_customer"),
                            transactional("ALTER TABLE orders DROP CONSTRAINT fk_orders_customer")))
            .build();

    @Test
    void aFailureInTheSecondGroupKeepsTheFirstAndTheNextUpgradeResumesThere() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(FOREIGN_KEY).build().upgrade("001_tables");
            db.execute("INSERT INTO orders VALUES (1000, 99, 1)");
            Migrator migrator = db.migrator(FOREIGN_KEY).build();

            MigrationException failed = assertThrows(MigrationException.class, () -> migrator.upgrade("head"));
            assertEquals(MigrationException.Reason.STATEMENT_FAILED, failed.reason(), failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .startsWith("Revision 002_fk failed at upgrade statement 2 of 3 (SQLSTATE 23503)"),
                    failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .endsWith("\n  SQL: ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer\n"
                                    + "Its transaction group 2 was rolled back; the steps before it stay committed, and"
                                    + " revision 002_fk is marked dirty at step 2: fix the cause and rerun upgrade to"
                                    + " resume there."),
                    failed.getMessage());
            // Group 1 is committed: the constraint exists, not validated yet.
            assertEquals("f", db.query("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_orders_customer'"));
            assertEquals(
                    "0|up|1",
                    db.query(
                            "SELECT pending_step, pending_direction, next_step FROM migrata_revisions WHERE id = '002_fk'"));
            assertEquals(HistoryEntry.State.DIRTY, migrator.history().get(1).state());
            assertEquals(
                    "Resume 001_tables -> 002_fk, orders reference customers\n"
                            + "  step 2 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on orders; scans it, writes continue\n"
                            + "    ALTER TABLE orders VALIDATE CONSTRAINT fk_orders_customer\n"
                            + "  step 3 (non-transactional, re-runnable, index ix_orders_customer) locks: not stated\n"
                            + "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_orders_customer ON orders (customer)\n",
                    migrator.plan("head").toString());

            db.execute("INSERT INTO customers VALUES (99)");
            assertEquals(List.of("002_fk"), migrator.upgrade("head"));
            assertEquals("t", db.query("SELECT convalidated FROM pg_constraint WHERE conname = 'fk_orders_customer'"));
            assertEquals(
                    "t", db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_orders_customer'::regclass"));
            assertEquals(
                    "null|null|null",
                    db.query(
                            "SELECT pending_step, pending_direction, next_step FROM migrata_revisions WHERE id = '002_fk'"));
            assertEquals(HistoryEntry.State.APPLIED, migrator.history().get(1).state());

            // Downgrade runs the same way, its row deleted with the last group.
            assertEquals(List.of("002_fk"), migrator.downgrade("-1"));
            assertEquals("", db.query("SELECT conname FROM pg_constraint WHERE conname = 'fk_orders_customer'"));
            assertEquals(List.of("001_tables"), db.appliedIds());
        }
    }

    @Test
    void anInterruptedStepOutsideATransactionThatIsNotRerunnableIsRefusedAsDirty() throws Exception {
        TestChain chain = TestChain.named("moods")
                .revision(
                        "001_mood",
                        "mood",
                        List.of(
                                transactional("CREATE TYPE mood AS ENUM ('happy')"),
                                nonTransactional("ALTER TYPE mood ADD VALUE 'sad'"),
                                inTransaction(2, "CREATE TABLE feelings (m mood)")),
                        List.of(transactional("DROP TABLE feelings"), transactional("DROP TYPE mood")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            migrator.upgrade("head");
            // What a migrator killed during step 2 leaves: the row points at it.
            db.execute("DROP TABLE feelings; UPDATE migrata_revisions SET pending_step = 0, pending_direction = 'up',"
                    + " next_step = 1");
            String before = db.state();
            MigrationException refused = assertThrows(MigrationException.class, () -> migrator.upgrade("head"));
            assertEquals(MigrationException.Reason.DIRTY, refused.reason(), refused.getMessage());
            assertTrue(
                    refused.getMessage()
                            .contains(
                                    " is dirty: its non-transactional step 2 of 3 was interrupted during upgrade and is"
                                            + " not safe to rerun:\n  ALTER TYPE mood ADD VALUE 'sad'\nComplete or undo it by"
                                            + " hand, then record the result with stamp(\"001_mood\")"),
                    refused.getMessage());
            assertEquals(before, db.state());

            // Past the step, the transaction group that did not commit simply runs again.
            db.execute("UPDATE migrata_revisions SET pending_step = 1, next_step = 2");
            assertEquals(List.of("001_mood"), migrator.upgrade("head"));
            assertEquals("feelings", db.query("SELECT to_regclass('feelings')::text"));
        }
    }

    @Test
    void aRevisionCompiledBeforeGroupsRunsItsStepsInTheOrderOfThatTime() throws Exception {
        // As the previous processor wrote it: the generated statements, then the @Sql ones, in the
        // constructor of that time. That runtime ran the transaction first on upgrade, last on downgrade.
        TestChain chain = withTables("legacy")
                .revision(
                        "002_notes",
                        "notes",
                        List.of(
                                new MigrationStep("CREATE INDEX CONCURRENTLY ix_orders_note ON orders (note)", false),
                                new MigrationStep("ALTER TABLE orders ADD COLUMN note text", true)),
                        List.of(
                                new MigrationStep("ALTER TABLE orders DROP COLUMN note", true),
                                new MigrationStep("DROP INDEX CONCURRENTLY ix_orders_note", false)))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            assertEquals(List.of("001_tables", "002_notes"), migrator.upgrade("head"));
            assertEquals(
                    "t", db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_orders_note'::regclass"));
            assertEquals(
                    "  step 1 (non-transactional) locks: not stated\n"
                            + "    DROP INDEX CONCURRENTLY ix_orders_note\n"
                            + "  step 2 (transaction 1) locks: not stated\n"
                            + "    ALTER TABLE orders DROP COLUMN note\n",
                    recordedSteps(db, "002_notes"));

            assertEquals(List.of("002_notes"), migrator.downgrade("001_tables"));
            assertEquals("t", db.query("SELECT to_regclass('ix_orders_note') IS NULL"));
            assertEquals(
                    "",
                    db.query(
                            "SELECT attname FROM pg_attribute WHERE attrelid = 'orders'::regclass AND attname = 'note'"));
        }
    }

    /** The downgrade steps recorded in the history row of {@code id}, as plan prints steps. */
    private static String recordedSteps(ScratchDatabase db, String id) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection connection = db.connect()) {
            List<MigrationStep> steps =
                    RevisionTable.recordedDowngrade(connection, "test", id).orElseThrow();
            for (int i = 0; i < steps.size(); i++) {
                text.append("  ")
                        .append(RevisionSteps.describe(i + 1, steps.get(i), AppliedRevision.DOWN))
                        .append("\n    ")
                        .append(steps.get(i).sql())
                        .append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void whileTheSecondGroupValidatesWritesToTheTableContinue() throws Exception {
        TestChain chain = withTables("checked")
                .revision(
                        "002_check",
                        "amounts are positive",
                        List.of(
                                // Evaluated for every row by VALIDATE; in the migrator's session it first waits for
                                // an advisory lock the test holds, so the validation is caught in the middle.
                                inTransaction(
                                        1,
                                        "CREATE FUNCTION positive_amount(amount int) RETURNS boolean LANGUAGE plpgsql"
                                                + " AS $$ BEGIN IF current_setting('application_name') = 'migrata-validate'"
                                                + " THEN PERFORM pg_advisory_xact_lock_shared(4242); END IF;"
                                                + " RETURN amount > 0; END $$"),
                                inTransaction(
                                        1,
                                        "ALTER TABLE orders ADD CONSTRAINT ck_orders_amount CHECK"
                                                + " (positive_amount(amount)) NOT VALID"),
                                inTransaction(2, "ALTER TABLE orders VALIDATE CONSTRAINT ck_orders_amount")),
                        List.of(
                                transactional("ALTER TABLE orders DROP CONSTRAINT ck_orders_amount"),
                                transactional("DROP FUNCTION positive_amount(int)")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server);
                Connection gate = db.connect()) {
            db.migrator(chain).build().upgrade("001_tables");
            try (Statement statement = gate.createStatement()) {
                statement.execute("SELECT pg_advisory_lock(4242)");
            }
            Migrator migrator = db.migrator(chain)
                    .url(db.url() + "&ApplicationName=migrata-validate")
                    // The gate is a lock wait too: let it outlast the test's checks.
                    .ddlLockTimeout(Duration.ofSeconds(60))
                    .build();
            CompletableFuture<List<String>> upgrade = CompletableFuture.supplyAsync(() -> migrator.upgrade("head"));
            String pid = ConcurrencyTest.awaitQuery(
                    db,
                    "SELECT pid FROM pg_stat_activity WHERE application_name = 'migrata-validate'"
                            + " AND wait_event_type = 'Lock' AND query LIKE 'ALTER TABLE orders VALIDATE%'");

            assertEquals(
                    "0|up|2",
                    db.query(
                            "SELECT pending_step, pending_direction, next_step FROM migrata_revisions WHERE id = '002_check'"));
            String modes = db.query("SELECT string_agg(mode, ',' ORDER BY mode) FROM pg_locks WHERE pid = " + pid
                    + " AND locktype = 'relation' AND relation = 'orders'::regclass AND granted");
            assertTrue(
                    Set.of("AccessShareLock", "RowShareLock", "RowExclusiveLock", "ShareUpdateExclusiveLock")
                            .containsAll(List.of(modes.split(","))),
                    modes);
            assertTrue(modes.contains("ShareUpdateExclusiveLock"), modes);
            try (Connection writer = db.connect();
                    Statement statement = writer.createStatement()) {
                statement.execute("SET statement_timeout = '5s'");
                assertEquals(1, statement.executeUpdate("INSERT INTO orders VALUES (5000, 1, 7)"));
            }

            try (Statement statement = gate.createStatement()) {
                statement.execute("SELECT pg_advisory_unlock(4242)");
            }
            assertEquals(List.of("002_check"), upgrade.get(30, TimeUnit.SECONDS));
            assertEquals("t", db.query("SELECT convalidated FROM pg_constraint WHERE conname = 'ck_orders_amount'"));
        }
    }
}
