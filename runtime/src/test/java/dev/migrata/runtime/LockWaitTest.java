package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** Every wait for a lock on the history table ends at the configured lock timeout. */
class LockWaitTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final Duration TIMEOUT = Duration.ofSeconds(2);

    @Test
    void aSessionHoldingTheHistoryTableDelaysEveryCallOnlyUntilTheTimeout() throws Exception {
        TestChain longer = RefusalTest.withExtraRevision(
                SampleChain.standard(), "005_more", MigrationStep.transactional("CREATE TABLE more (id int)"));
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("head");
            String before = db.state();
            try (Connection holder = db.connect()) {
                holder.setAutoCommit(false);
                int holderPid = pid(holder);
                try (Statement statement = holder.createStatement()) {
                    statement.execute("LOCK TABLE migrata_revisions IN ACCESS EXCLUSIVE MODE");
                }
                Migrator standard =
                        db.migrator(SampleChain.standard()).lockTimeout(TIMEOUT).build();
                MigrationException upToDate = timesOut(() -> standard.upgrade("head"));
                assertTrue(
                        upToDate.getMessage()
                                .startsWith("Timed out after 2000 ms waiting for a lock on table migrata_revisions in"
                                        + " jdbc:postgresql://"),
                        upToDate.getMessage());
                assertTrue(
                        upToDate.getMessage().contains("(held by backend pid " + holderPid + " (")
                                && upToDate.getMessage().contains(", AccessExclusiveLock, state idle in transaction)"),
                        upToDate.getMessage());
                assertTrue(upToDate.getMessage().endsWith("raise lockTimeout(...)."), upToDate.getMessage());
                timesOut(standard::current);
                timesOut(standard::history);
                timesOut(() -> standard.downgrade("-1"));
                timesOut(() -> standard.stamp("003_backfill"));
                timesOut(() -> db.migrator(longer).lockTimeout(TIMEOUT).build().upgrade("head"));
                holder.rollback();
            }
            assertEquals(before, db.state());
            assertEquals(Optional.of("004_embedding_index"), db.migrator().current());
        }
    }

    @Test
    void creatingTheHistoryTableWaitsOnlyUntilTheTimeout() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            String before = db.state();
            try (Connection holder = db.connect()) {
                // An uncommitted CREATE TABLE of the same name: the migrator's CREATE TABLE IF NOT EXISTS
                // waits for that transaction to end.
                holder.setAutoCommit(false);
                try (Statement statement = holder.createStatement()) {
                    statement.execute("CREATE TABLE migrata_revisions (position integer)");
                }
                Migrator migrator =
                        db.migrator(SampleChain.standard()).lockTimeout(TIMEOUT).build();
                MigrationException refused = timesOut(() -> migrator.upgrade("head"));
                assertTrue(
                        refused.getMessage().contains("waiting for a lock on table migrata_revisions"),
                        refused.getMessage());
                holder.rollback();
            }
            assertEquals(before, db.state());
        }
    }

    @Test
    void lockTimeoutsBeyondWhatPostgresqlCanWaitAreRefusedByTheBuilder() throws Exception {
        IllegalArgumentException tooLong = assertThrows(
                IllegalArgumentException.class, () -> Migrator.builder().lockTimeout(Duration.ofHours(3_000_000)));
        assertEquals(
                "lockTimeout must be at most 2147483647 ms (about 24 days, PostgreSQL's largest lock_timeout):"
                        + " PT3000000H",
                tooLong.getMessage());
        assertThrows(
                IllegalArgumentException.class,
                () -> Migrator.builder().lockTimeout(Migrator.MAX_LOCK_TIMEOUT.plusMillis(1)));
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator longest = db.migrator(SampleChain.standard())
                    .lockTimeout(Migrator.MAX_LOCK_TIMEOUT)
                    .build();
            assertEquals(4, longest.upgrade("head").size());
            Migrator impatient = db.migrator(SampleChain.standard())
                    .lockTimeout(Duration.ZERO)
                    .build();
            assertEquals(List.of("004_embedding_index"), impatient.downgrade("-1"));
        }
    }

    /** Refused as a lock timeout after about {@link #TIMEOUT}, not sooner and not much later. */
    private static MigrationException timesOut(Executable call) {
        long started = System.nanoTime();
        MigrationException refused = assertThrows(MigrationException.class, call);
        long millis = (System.nanoTime() - started) / 1_000_000;
        assertEquals(MigrationException.Reason.LOCK_TIMEOUT, refused.reason(), refused.getMessage());
        assertTrue(
                millis >= TIMEOUT.toMillis() - 50 && millis < TIMEOUT.toMillis() + 3_000, "waited " + millis + " ms");
        return refused;
    }

    private static int pid(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            return rows.getInt(1);
        }
    }
}
