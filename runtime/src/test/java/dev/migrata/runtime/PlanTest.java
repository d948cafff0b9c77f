package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.inTransaction;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** {@code plan}: the pending steps with their groups and lock lines; nothing applied, nothing written. */
class PlanTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** Counts, so a plan that ran it would show. */
    static final class Backfill implements DataMigration {
        static int runs;

        @Override
        public void upgrade(Connection connection) {
            runs++;
        }

        @Override
        public void downgrade(Connection connection) {}
    }

    static final TestChain CHAIN = TestChain.named("plans")
            .revision(
                    "001_users",
                    "users",
                    List.of(
                            transactional("CREATE EXTENSION IF NOT EXISTS vector")
                                    .createsExtension("vector")
                                    .locks("nothing of the schema's tables"),
                            transactional("CREATE TABLE users (id int PRIMARY KEY, email text)")
                                    .locks("ACCESS EXCLUSIVE on users (new table)")),
                    List.of(transactional("DROP TABLE users")))
            .revision(
                    "002_email_unique",
                    "unique emails",
                    List.of(
                            MigrationStep.rerunnable("CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_users_email"
                                            + " ON users (email)")
                                    .buildsIndex("ux_users_email")
                                    .locks("SHARE UPDATE EXCLUSIVE on users; builds the index, writes continue"),
                            inTransaction(
                                            1,
                                            "ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX"
                                                    + " ux_users_email")
                                    .locks("ACCESS EXCLUSIVE on users; brief"),
                            MigrationStep.java(1, Backfill.class.getName()),
                            inTransaction(2, "ANALYZE users")),
                    List.of(transactional("ALTER TABLE users DROP CONSTRAINT uq_users_email")),
                    new Backfill())
            .build();

    @Test
    void thePlanListsEachPendingStepWithItsGroupAndLockAndWritesNothing() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(CHAIN).build();
            String before = db.state();
            MigrationPlan plan = migrator.plan("head");
            assertEquals(
                    "Upgrade base -> 001_users, users\n"
                            + "  step 1 (transaction 1, extension vector) locks: nothing of the schema's tables\n"
                            + "    CREATE EXTENSION IF NOT EXISTS vector\n"
                            + "  step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users (new table)\n"
                            + "    CREATE TABLE users (id int PRIMARY KEY, email text)\n"
                            + "Upgrade 001_users -> 002_email_unique, unique emails\n"
                            + "  step 1 (non-transactional, re-runnable, index ux_users_email) locks: SHARE UPDATE"
                            + " EXCLUSIVE on users; builds the index, writes continue\n"
                            + "    CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ux_users_email ON users (email)\n"
                            + "  step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users; brief\n"
                            + "    ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX ux_users_email\n"
                            + "  step 3 (java) " + Backfill.class.getName() + "#upgrade\n"
                            + "  step 4 (transaction 2) locks: not stated\n"
                            + "    ANALYZE users\n",
                    plan.toString());
            assertEquals(before, db.state());
            assertEquals("<none>", db.history(), "not even the history table is created");

            assertEquals(1, migrator.plan("001").revisions().size());
            assertEquals(List.of("001_users"), migrator.upgrade(CHAIN.revision("001_users")));
            assertEquals(
                    List.of("002_email_unique"),
                    migrator.plan(CHAIN.revision("002_email_unique")).revisions().stream()
                            .map(MigrationPlan.Revision::id)
                            .toList());
            int runs = Backfill.runs;
            before = db.state();
            migrator.plan("+1");
            assertEquals(before, db.state());
            assertEquals(runs, Backfill.runs);

            migrator.upgrade("head");
            assertEquals(runs + 1, Backfill.runs);
            assertEquals(
                    "Nothing to upgrade: the database is at 002_email_unique\n",
                    migrator.plan("head").toString());
        }
    }

    @Test
    void thePlanRefusesWhatUpgradeRefuses() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(CHAIN).build();
            migrator.upgrade("head");
            MigrationException below = assertThrows(MigrationException.class, () -> migrator.plan("001"));
            assertEquals(MigrationException.Reason.INVALID_TARGET, below.reason());
            db.execute("UPDATE migrata_revisions SET checksum = 'sha256:edited' WHERE id = '001_users'");
            MigrationException edited = assertThrows(MigrationException.class, () -> migrator.plan("head"));
            assertEquals(MigrationException.Reason.CHECKSUM_MISMATCH, edited.reason());
        }
    }
}
