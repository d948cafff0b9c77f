package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The startup check of an up-to-date database: one indexed read, no lock, whatever the history length. */
class UpToDateCheckTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    @Test
    void longHistoryIsCheckedWithOneIndexProbeAndWithoutTheLock() throws Exception {
        TestChain.Builder builder = TestChain.named("long");
        for (int i = 1; i <= 3_000; i++) {
            builder.revision(
                    String.format("%04d_step", i), "step " + i, List.of(transactional("SELECT " + i)), List.of());
        }
        TestChain chain = builder.build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(chain).build().stamp("head");
            db.execute("ANALYZE migrata_revisions");
            String plan = db.query("EXPLAIN " + RevisionTable.NEWEST);
            assertTrue(plan.contains("Index Scan Backward using migrata_revisions_pkey"), plan);

            try (Connection other = db.connect();
                    PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, AdvisoryLock.keyFor(db.name(), "public", RevisionTable.NAME));
                lock.executeQuery().close();
                Migrator migrator =
                        db.migrator(chain).lockTimeout(Duration.ofMillis(200)).build();
                long started = System.nanoTime();
                migrator.upgrade("head");
                migrator.upgrade(chain.head());
                long millis = (System.nanoTime() - started) / 1_000_000;
                assertTrue(millis < 2_000, "took " + millis + " ms");
                MigrationException behind = org.junit.jupiter.api.Assertions.assertThrows(
                        MigrationException.class, () -> migrator.downgrade("-1"));
                assertEquals(
                        MigrationException.Reason.LOCK_TIMEOUT, behind.reason(), "anything else does take the lock");
            }
        }
    }
}
