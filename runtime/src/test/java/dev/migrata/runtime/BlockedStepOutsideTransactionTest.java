package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.nonTransactional;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A step outside any transaction that is not declared re-runnable, blocked by a reader until its DDL
 * lock timeout runs out: its statement was cancelled before it did anything, so it is tried again
 * like a group, and when the retries run out the history says it never began, so the next upgrade
 * simply runs it. A statement that committed part of its work before that wait is not tried again.
 */
class BlockedStepOutsideTransactionTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    @Test
    void aStepAfterACommittedGroupIsRetriedAndTheNextUpgradeRunsItWithoutAStamp() throws Exception {
        TestChain chain = DdlLockTimeoutTest.withAccounts("retried")
                .revision(
                        "002_note",
                        "notes",
                        List.of(
                                transactional("CREATE TABLE notes (id int)"),
                                nonTransactional("ALTER TABLE accounts ADD COLUMN note text")),
                        List.of(
                                nonTransactional("ALTER TABLE accounts DROP COLUMN note"),
                                transactional("DROP TABLE notes")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            db.migrator(chain).build().upgrade("001_accounts");
            Migrator migrator = blockable(db, chain);
            try (Connection reader = holdAccounts(db)) {
                MigrationException blocked = lockNotAvailable(() -> migrator.upgrade("head"));

                assertTrue(
                        blocked.getMessage()
                                .contains(": lock_timeout (1000 ms) ran out on each of 2 attempts, 1 s apart."),
                        blocked.getMessage());
                assertTrue(
                        blocked.getMessage()
                                .contains("\n  SQL: ALTER TABLE accounts ADD COLUMN note text\nRevision 002_note is"
                                        + " marked dirty at this step, which did nothing (its statement was cancelled"
                                        + " while it waited for the lock); the steps before it stay committed. Rerun"
                                        + " upgrade to run it. Let those sessions finish"),
                        blocked.getMessage());
                assertTrue(
                        log.lines().stream()
                                .anyMatch(line -> line.startsWith("Revision 002_note: upgrade step 2 waited 1000 ms")),
                        log.lines().toString());
            }
            assertEquals("notes", db.query("SELECT to_regclass('notes')::text"), "group 1 stays committed");
            assertEquals(
                    "0|up|1|f",
                    db.query("SELECT pending_step, pending_direction, next_step, next_step_started"
                            + " FROM migrata_revisions WHERE id = '002_note'"));

            assertEquals(List.of("002_note"), migrator.upgrade("head"));
            assertEquals(
                    "note",
                    db.query(
                            "SELECT attname FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'note'"));
            assertEquals(
                    "null|null|null|null",
                    db.query("SELECT pending_step, pending_direction, next_step, next_step_started"
                            + " FROM migrata_revisions WHERE id = '002_note'"));
        }
    }

    @Test
    void aFirstStepThatDidNothingLeavesTheHistoryAsItWasInBothDirections() throws Exception {
        TestChain chain = DdlLockTimeoutTest.withAccounts("untouched")
                .revision(
                        "002_note",
                        "note",
                        List.of(nonTransactional("ALTER TABLE accounts ADD COLUMN note text")),
                        List.of(nonTransactional("ALTER TABLE accounts DROP COLUMN note")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(chain).build().upgrade("001_accounts");
            Migrator migrator = blockable(db, chain);
            String atFirst = db.state();
            try (Connection reader = holdAccounts(db)) {
                MigrationException blocked = lockNotAvailable(() -> migrator.upgrade("head"));
                assertTrue(
                        blocked.getMessage()
                                .contains("\nRevision 002_note was rolled back; the database stays at 001_accounts."),
                        blocked.getMessage());
            }
            assertEquals(atFirst, db.state());

            assertEquals(List.of("002_note"), migrator.upgrade("head"));
            String atSecond = db.state();
            try (Connection reader = holdAccounts(db)) {
                MigrationException blocked = lockNotAvailable(() -> migrator.downgrade("001_accounts"));
                assertTrue(
                        blocked.getMessage()
                                .contains("\nThe downgrade of revision 002_note to 001_accounts was rolled back; the"
                                        + " database stays at 002_note."),
                        blocked.getMessage());
            }
            assertEquals(atSecond, db.state());
            assertEquals(List.of("002_note"), migrator.downgrade("001_accounts"));
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "DO $$ BEGIN INSERT INTO audit VALUES ('batch 1'); COMMIT; ALTER TABLE accounts ADD COLUMN note text; END $$",
                "INSERT INTO audit VALUES ('batch 1'); COMMIT; ALTER TABLE accounts ADD COLUMN note text"
            })
    void aStepThatCommittedPartOfItsWorkBeforeTheWaitIsNotTriedAgain(String sql) throws Exception {
        TestChain chain = DdlLockTimeoutTest.withAccounts("batched")
                .revision("002_batched", "batched", List.of(nonTransactional(sql)), List.of())
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(chain).build().upgrade("001_accounts");
            db.execute("CREATE TABLE audit (what text)");
            Migrator migrator = blockable(db, chain);
            try (Connection reader = holdAccounts(db)) {
                MigrationException blocked = lockNotAvailable(() -> migrator.upgrade("head"));
                assertTrue(
                        blocked.getMessage()
                                .contains(": lock_timeout (1000 ms) ran out; the step was not tried again: it is not"
                                        + " declared re-runnable, and the migrator did not see that it had done"
                                        + " nothing before that wait."),
                        blocked.getMessage());
            }
            assertEquals("batch 1", db.query("SELECT string_agg(what, ',') FROM audit"), "its first batch, once");

            MigrationException dirty = assertThrows(MigrationException.class, () -> migrator.upgrade("head"));
            assertEquals(MigrationException.Reason.DIRTY, dirty.reason(), dirty.getMessage());
            assertEquals("batch 1", db.query("SELECT string_agg(what, ',') FROM audit"));
        }
    }

    /** A migrator that waits 1 s for each lock and tries a blocked step once more. */
    private static Migrator blockable(ScratchDatabase db, TestChain chain) {
        return db.migrator(chain)
                .ddlLockTimeout(Duration.ofSeconds(1))
                .ddlLockRetries(1)
                .build();
    }

    /** A reader holding ACCESS SHARE on accounts in an open transaction, until it is closed. */
    private static Connection holdAccounts(ScratchDatabase db) throws Exception {
        Connection reader = db.connect();
        DdlLockTimeoutTest.holdAccessShare(reader);
        return reader;
    }

    private static MigrationException lockNotAvailable(Executable call) {
        MigrationException blocked = assertThrows(MigrationException.class, call);
        assertEquals(MigrationException.Reason.LOCK_NOT_AVAILABLE, blocked.reason(), blocked.getMessage());
        return blocked;
    }
}
