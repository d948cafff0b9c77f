package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The second connection that names blocking sessions is closed by the watch's own thread, whenever
 * its last look ends, and only once the group it watched has committed and released its locks.
 */
class BlockingSessionsTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    @Test
    void aConnectionOpenedAfterTheWatchWasClosedIsClosedToo() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            CountDownLatch opening = new CountDownLatch(1);
            CountDownLatch proceed = new CountDownLatch(1);
            AtomicReference<Connection> opened = new AtomicReference<>();
            BlockingSessions sessions = new BlockingSessions(
                    () -> {
                        // An open that ignores interrupts, as a slow network connect does.
                        opening.countDown();
                        awaitUninterruptibly(proceed);
                        Connection connection = db.connect();
                        opened.set(connection);
                        return connection;
                    },
                    0,
                    Duration.ofMillis(200));
            BlockingSessions.Watch watch = sessions.watch();
            assertTrue(opening.await(10, TimeUnit.SECONDS), "the watch never looked");

            watch.close();
            proceed.countDown();

            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while ((opened.get() == null || !opened.get().isClosed()) && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertTrue(opened.get() != null && opened.get().isClosed(), "the late connection was left open");
        }
    }

    @Test
    void theSecondConnectionIsClosedOnlyAfterTheGroupCommitted() throws Exception {
        TestChain chain = TestChain.named("slow")
                .revision(
                        "001_accounts",
                        "accounts",
                        List.of(transactional("CREATE TABLE accounts (id int)")),
                        List.of(transactional("DROP TABLE accounts")))
                .revision(
                        "002_slow",
                        "a group that holds its lock a while",
                        List.of(
                                transactional("LOCK TABLE accounts IN SHARE MODE"),
                                transactional("SELECT pg_sleep(1)")),
                        List.of())
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server);
                TrackedDataSource source = new TrackedDataSource(db.url())) {
            db.migrator(chain).build().upgrade("001_accounts");
            List<String> locksAtClose = new CopyOnWriteArrayList<>();
            source.onClose(index -> {
                if (index > 0) {
                    locksAtClose.add(locksOnAccounts(db));
                }
            });
            Migrator migrator = Migrator.builder()
                    .dataSource(source.dataSource())
                    .chain(chain)
                    .ddlLockTimeout(Duration.ofMillis(400))
                    .build();

            assertEquals(List.of("002_slow"), migrator.upgrade("head"));

            assertTrue(source.handedOut().size() > 1, "the watch never opened its connection");
            assertEquals(List.of("0"), locksAtClose, "locks the migrator held on accounts when the watch closed");
        }
    }

    /** How many locks sessions hold on table accounts. */
    private static String locksOnAccounts(ScratchDatabase db) {
        try {
            return db.query("SELECT count(*) FROM pg_locks WHERE relation = 'accounts'::regclass");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        boolean interrupted = false;
        while (true) {
            try {
                latch.await();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
