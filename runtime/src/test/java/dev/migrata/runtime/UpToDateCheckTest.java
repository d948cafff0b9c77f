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

    @Test
    void anUpToDateStartIsOneRoundTripToTheServer() throws Exception {
        TestChain chain = TestChain.named("short")
                .revision("0001_step", "step", List.of(transactional("SELECT 1")), List.of())
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(chain).build().upgrade("head");
            java.util.concurrent.atomic.AtomicInteger trips = new java.util.concurrent.atomic.AtomicInteger();
            javax.sql.DataSource counting = countingRoundTrips(db.url(), trips);

            assertEquals(
                    List.of(),
                    Migrator.builder().dataSource(counting).chain(chain).build().upgrade("head"));
            // The lock_timeout setting and the newest row go in one query string, with no commit after it.
            assertEquals(1, trips.get(), "statements executed, commits and rollbacks");
        }
    }

    @Test
    void aDataSourceMigratorNamesTheDatabaseItsDriverReportsWhenTheNewestRowIsDirty() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("head");
            db.execute("UPDATE migrata_revisions SET pending_step = 0, next_step = 0, pending_direction = 'down'"
                    + " WHERE id = '004_embedding_index'");
            org.postgresql.ds.PGSimpleDataSource source = new org.postgresql.ds.PGSimpleDataSource();
            source.setUrl(db.url());
            Migrator migrator = Migrator.builder()
                    .dataSource(source)
                    .chain(SampleChain.standard())
                    .build();

            // A dirty newest row is not up to date; the refusal names the database as the driver reports it,
            // though the up-to-date check before it made no label.
            MigrationException refused = org.junit.jupiter.api.Assertions.assertThrows(
                    MigrationException.class, () -> migrator.upgrade("head"));
            assertEquals(MigrationException.Reason.DIRTY, refused.reason());
            // pgjdbc's data source reports its URL with every connection property as a parameter.
            String label = db.label();
            int user = label.indexOf(" (user ");
            assertTrue(
                    refused.getMessage()
                            .startsWith("Revision 004_embedding_index in " + label.substring(0, user) + "?"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains(label.substring(user) + " is dirty: "), refused.getMessage());
        }
    }

    /**
     * A data source whose connections count what reaches the server: each statement execution, commit
     * and rollback (pgjdbc sends nothing for {@code setAutoCommit(false)} by itself).
     */
    private static javax.sql.DataSource countingRoundTrips(
            String url, java.util.concurrent.atomic.AtomicInteger trips) {
        org.postgresql.ds.PGSimpleDataSource real = new org.postgresql.ds.PGSimpleDataSource();
        real.setUrl(url);
        return (javax.sql.DataSource) java.lang.reflect.Proxy.newProxyInstance(
                getClassLoader(), new Class<?>[] {javax.sql.DataSource.class}, (proxy, method, args) -> {
                    Object result = invoke(real, method, args);
                    return result instanceof Connection c ? counting(c, trips) : result;
                });
    }

    private static Connection counting(Connection connection, java.util.concurrent.atomic.AtomicInteger trips) {
        return (Connection) java.lang.reflect.Proxy.newProxyInstance(
                getClassLoader(), new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    if (method.getName().equals("commit") || method.getName().equals("rollback")) {
                        trips.incrementAndGet();
                    }
                    Object result = invoke(connection, method, args);
                    if (result instanceof java.sql.Statement statement) {
                        Class<?> type = result instanceof PreparedStatement
                                ? PreparedStatement.class
                                : java.sql.Statement.class;
                        return java.lang.reflect.Proxy.newProxyInstance(
                                getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
                                    if (m.getName().startsWith("execute")) {
                                        trips.incrementAndGet();
                                    }
                                    return invoke(statement, m, a);
                                });
                    }
                    return result;
                });
    }

    private static ClassLoader getClassLoader() {
        return UpToDateCheckTest.class.getClassLoader();
    }

    private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (java.lang.reflect.InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
