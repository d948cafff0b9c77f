package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The classic migration outage, bounded: a reader holds ACCESS SHARE on a table in an open
 * transaction, the migration's {@code ALTER TABLE} needs ACCESS EXCLUSIVE, and every later query on
 * the table queues behind the waiting ALTER. With the DDL lock timeout the ALTER gives up after each
 * timeout, so the queue behind it never lasts much longer; it is retried, and after the last attempt
 * the failure names the session that blocked it.
 */
class DdlLockTimeoutTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** A chain whose first revision creates the table, with rows. */
    static TestChain.Builder withAccounts(String name) {
        return TestChain.named(name)
                .revision(
                        "001_accounts",
                        "accounts",
                        List.of(
                                transactional("CREATE TABLE accounts (id int PRIMARY KEY, owner text)"),
                                transactional(
                                        "INSERT INTO accounts SELECT g, 'o' || g FROM generate_series(1, 100) g")),
                        List.of(transactional("DROP TABLE accounts")));
    }

    private static final TestChain CHAIN = withAccounts("accounts")
            .revision(
                    "002_note",
                    "add a note",
                    List.of(transactional("ALTER TABLE accounts ADD COLUMN note text")
                            .locks("ACCESS EXCLUSIVE on accounts; brief")),
                    List.of(transactional("ALTER TABLE accounts DROP COLUMN note")))
            .build();

    private static final String READER_QUERY = "SELECT count(*) FROM accounts WHERE owner <> ''";

    @Test
    void aReaderHoldingTheTableFailsTheUpgradeAfterTheRetriesAndItsQueueNeverWaitsLong() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(CHAIN).build().upgrade("001_accounts");
            String before = db.state();
            try (Connection reader = DriverManager.getConnection(db.url() + "&ApplicationName=migrata-reader")) {
                int readerPid = holdAccessShare(reader);
                Migrator migrator = db.migrator(CHAIN)
                        .ddlLockTimeout(Duration.ofSeconds(1))
                        .ddlLockRetries(2)
                        .build();
                Queue queue = Queue.start(db);
                long started = System.nanoTime();
                MigrationException refused = assertThrows(MigrationException.class, () -> migrator.upgrade("head"));
                long millis = (System.nanoTime() - started) / 1_000_000;
                long longestQueued = queue.stop();

                assertEquals(MigrationException.Reason.LOCK_NOT_AVAILABLE, refused.reason(), refused.getMessage());
                // Three attempts of 1 s with pauses of 1 s and 2 s between them.
                assertTrue(millis >= 5_000 && millis < 12_000, "failed after " + millis + " ms");
                assertTrue(longestQueued < 2_500, "a query on the table waited " + longestQueued + " ms");
                assertTrue(queue.count() > 3, "the queue ran " + queue.count() + " queries");
                String message = refused.getMessage();
                assertTrue(
                        message.startsWith("Revision 002_note could not get the lock its upgrade step 1 of 1 needs in"
                                + " jdbc:postgresql://"),
                        message);
                assertTrue(
                        message.contains(": lock_timeout (1000 ms) ran out on each of 3 attempts, 1 s, 2 s apart."
                                + " Blocked by backend pid " + readerPid + " (migrata-reader), idle in transaction,"
                                + " transaction open for "),
                        message);
                assertTrue(message.contains(" s, query: " + READER_QUERY + ".\n"), message);
                assertTrue(
                        message.contains("\n  SQL: ALTER TABLE accounts ADD COLUMN note text\n"
                                + "Revision 002_note was rolled back; the database stays at 001_accounts. Let those"
                                + " sessions finish (or end them with pg_terminate_backend), or raise"
                                + " ddlLockTimeout(...) or ddlLockRetries(...)."),
                        message);
                reader.rollback();
            }
            assertEquals(before, db.state());
            assertEquals(List.of("001_accounts"), db.appliedIds());
            assertEquals(
                    "",
                    db.query(
                            "SELECT attname FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'note'"));
        }
    }

    @Test
    void aReaderThatFinishesBeforeTheRetriesRunOutLetsTheUpgradeThrough() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            db.migrator(CHAIN).build().upgrade("001_accounts");
            try (Connection reader = db.connect()) {
                holdAccessShare(reader);
                CompletableFuture<Void> release = rollBackAfter(reader, 1_500);
                Migrator migrator = db.migrator(CHAIN)
                        .ddlLockTimeout(Duration.ofSeconds(1))
                        .ddlLockRetries(2)
                        .build();
                assertEquals(List.of("002_note"), migrator.upgrade("head"));
                release.get(10, TimeUnit.SECONDS);
            }
            assertEquals(
                    "note",
                    db.query(
                            "SELECT attname FROM pg_attribute WHERE attrelid = 'accounts'::regclass AND attname = 'note'"));
            assertTrue(
                    log.lines().stream()
                            .anyMatch(line -> line.startsWith("Revision 002_note: upgrade step 1 waited 1000 ms for a"
                                    + " lock; rolled back, trying again in 1 s (attempt 2 of 3)")),
                    log.lines().toString());
        }
    }

    @Test
    void aConcurrentBuildWaitsForAnOlderSnapshotLongerThanTheDdlTimeoutAndSucceedsWhenItEnds() throws Exception {
        TestChain chain = withAccounts("indexed")
                .revision(
                        "002_owner_index",
                        "index owners",
                        List.of(MigrationStep.rerunnable(
                                        "CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_accounts_owner ON accounts (owner)")
                                .buildsIndex("ix_accounts_owner")),
                        List.of(MigrationStep.rerunnable("DROP INDEX CONCURRENTLY IF EXISTS ix_accounts_owner")
                                .buildsIndex("ix_accounts_owner")))
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(chain).build().upgrade("001_accounts");
            db.execute("CREATE TABLE reports (id int)");
            try (Connection reader = db.connect()) {
                // A report's snapshot, taken on another table: the build's last phase waits for it.
                reader.setAutoCommit(false);
                reader.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
                try (Statement statement = reader.createStatement()) {
                    statement.executeQuery("SELECT count(*) FROM reports").close();
                }
                CompletableFuture<Void> release = rollBackAfter(reader, 3_000);
                Migrator migrator = db.migrator(chain)
                        .ddlLockTimeout(Duration.ofSeconds(1))
                        .ddlLockRetries(0)
                        .build();
                long started = System.nanoTime();
                assertEquals(List.of("002_owner_index"), migrator.upgrade("head"));
                long millis = (System.nanoTime() - started) / 1_000_000;
                release.get(10, TimeUnit.SECONDS);
                assertTrue(millis >= 2_000, "the build did not wait for the reader: " + millis + " ms");
            }
            assertEquals(
                    "t", db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_accounts_owner'::regclass"));
            assertEquals(List.of("001_accounts", "002_owner_index"), db.appliedIds());
        }
    }

    @Test
    void theBuilderRefusesATimeoutThatIsNotPositiveAndNegativeRetries() {
        assertThrows(IllegalArgumentException.class, () -> Migrator.builder().ddlLockTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> Migrator.builder().ddlLockTimeout(Duration.ofSeconds(-1)));
        assertThrows(
                IllegalArgumentException.class,
                () -> Migrator.builder().ddlLockTimeout(Migrator.MAX_LOCK_TIMEOUT.plusMillis(1)));
        assertThrows(IllegalArgumentException.class, () -> Migrator.builder().ddlLockRetries(-1));
    }

    /** Ends the reader's transaction after {@code millis}. */
    private static CompletableFuture<Void> rollBackAfter(Connection reader, long millis) {
        return CompletableFuture.runAsync(
                () -> {
                    try {
                        reader.rollback();
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                },
                CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS));
    }

    /** Reads the table in an open transaction, as a long report would; returns the reader's pid. */
    static int holdAccessShare(Connection reader) throws Exception {
        reader.setAutoCommit(false);
        try (Statement statement = reader.createStatement();
                ResultSet rows = statement.executeQuery("SELECT pg_backend_pid()")) {
            rows.next();
            int pid = rows.getInt(1);
            statement.executeQuery(READER_QUERY).close();
            return pid;
        }
    }

    /** Another session querying the table again and again, timing how long each query waits. */
    private static final class Queue {
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final AtomicLong longest = new AtomicLong();
        private final AtomicLong count = new AtomicLong();
        private CompletableFuture<Void> loop;

        static Queue start(ScratchDatabase db) {
            Queue queue = new Queue();
            queue.loop = CompletableFuture.runAsync(() -> {
                try (Connection connection = db.connect();
                        Statement statement = connection.createStatement()) {
                    while (queue.running.get()) {
                        long started = System.nanoTime();
                        statement.executeQuery("SELECT count(*) FROM accounts").close();
                        queue.longest.accumulateAndGet((System.nanoTime() - started) / 1_000_000, Math::max);
                        queue.count.incrementAndGet();
                        Thread.sleep(100);
                    }
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            return queue;
        }

        /** Stops and returns the longest wait in milliseconds. */
        long stop() throws Exception {
            running.set(false);
            loop.get(10, TimeUnit.SECONDS);
            return longest.get();
        }

        long count() {
            return count.get();
        }
    }
}
