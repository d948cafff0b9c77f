package dev.migrata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lock-safe patterns, end to end: a revision compiled by the real processor adds a foreign key,
 * a CHECK, an enum constant and a NOT NULL to a table with rows, and the runtime applies it while
 * another session keeps inserting. A third session watches {@code pg_locks}: during each {@code
 * VALIDATE CONSTRAINT}, the migrator holds nothing on the validated table stronger than SHARE UPDATE
 * EXCLUSIVE, no session queues for a lock on the table while a validation runs, and inserts
 * complete meanwhile.
 */
class LockSafeApplyTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** Enough rows that each validation scan lasts long enough to be watched. */
    private static final int ROWS = 1_000_000;

    /** The lock modes, weakest first, as {@code pg_locks.mode} names them. */
    private static final List<String> MODES = List.of(
            "AccessShareLock",
            "RowShareLock",
            "RowExclusiveLock",
            "ShareUpdateExclusiveLock",
            "ShareLock",
            "ShareRowExclusiveLock",
            "ExclusiveLock",
            "AccessExclusiveLock");

    private static final String ACCOUNT = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;

            @Table(name = "accounts")
            record Account(@Column(primaryKey = true) long id) {}
            """;

    private static final String EVENT_V1 = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;

            @Table(name = "events")
            record Event(
                    @Column(primaryKey = true) long id,
                    long accountId,
                    Status status,
                    int amount,
                    String note) {}
            """;

    private static final String EVENT_V2 = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.References;
            import dev.migrata.annotations.Table;

            @Table(name = "events")
            record Event(
                    @Column(primaryKey = true) long id,
                    @References(Account.class) long accountId,
                    Status status,
                    @Column(check = "amount >= 0") int amount,
                    @Column(nullable = false) String note) {}
            """;

    @Test
    void validationsOfAnExistingTableLetWritesContinue(@TempDir Path migrations) throws Exception {
        MigrataProject project = new MigrataProject(migrations)
                .source("app.Account", ACCOUNT)
                .source("app.Status", "package app;\n\nenum Status { NEW, PAID }\n")
                .source("app.Event", EVENT_V1)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "Account", "Event");
        project.compileSuccessfully();
        project.source("app.Status", "package app;\n\nenum Status { NEW, PAID, VOID }\n")
                .source("app.Event", EVENT_V2)
                .source(
                        "app.Constraints",
                        "package app;\n\nimport dev.migrata.annotations.Revision;\n\n"
                                + "@Revision(id = \"002_constraints\", parent = InitialSchema.class)\n"
                                + "final class Constraints {}\n")
                .schema("Constraints", "Account", "Event");
        Compilation compilation = project.compileSuccessfully();
        MigrationChain chain = (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");

        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            Migrator migrator = Migrator.builder().url(url).chain(chain).build();
            migrator.upgrade("001_initial_schema");
            try (Connection connection = java.sql.DriverManager.getConnection(url);
                    Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO accounts SELECT g FROM generate_series(1, 1000) g");
                statement.execute("INSERT INTO events SELECT g, g % 1000 + 1, 'NEW', 1, 'n'"
                        + " FROM generate_series(1, " + ROWS + ") g");
                statement.execute("VACUUM ANALYZE events");
            }

            Watcher watcher = new Watcher(url);
            Inserter inserter = new Inserter(url, ROWS);
            watcher.start();
            inserter.start();
            try {
                migrator.upgrade("head");
            } finally {
                inserter.stop();
                watcher.stop();
            }

            // Every constraint of the revision was validated while the watcher looked.
            List<String> validated = new ArrayList<>(watcher.strongest.keySet());
            assertEquals(4, validated.size(), "validations seen: " + validated + " (and the revision ran)");
            boolean insertedDuringAValidation = false;
            for (Map.Entry<String, String> seen : watcher.strongest.entrySet()) {
                assertTrue(
                        MODES.indexOf(seen.getValue()) <= MODES.indexOf("ShareUpdateExclusiveLock"),
                        "while validating " + seen.getKey() + " the migrator held " + seen.getValue() + " on events");
                long[] window = watcher.windows.get(seen.getKey());
                insertedDuringAValidation |= inserter.completedWithin(window[0], window[1]);
            }
            // No session ever waited for a lock on events while a validation ran: the writes went on.
            assertEquals(List.of(), watcher.waitsDuringValidation, "sessions waited on events during validations");
            // How many inserts fit into a scan depends on the machine's load; one, somewhere, shows it.
            assertTrue(insertedDuringAValidation, "no insert completed while any constraint was being validated");
            assertFalse(inserter.failed.get(), "an insert failed: " + inserter.failure);
        } finally {
            server.dropDatabase(database);
        }
    }

    /**
     * Polls {@code pg_locks}: for each {@code VALIDATE CONSTRAINT} statement running, the strongest
     * granted lock its backend holds on {@code events}, and when it was first and last seen running.
     */
    private static final class Watcher {
        final Map<String, String> strongest = new TreeMap<>();
        final Map<String, long[]> windows = new ConcurrentHashMap<>();
        final List<String> waitsDuringValidation = new java.util.concurrent.CopyOnWriteArrayList<>();
        private final String url;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;
        private volatile Exception failure;

        Watcher(String url) {
            this.url = url;
        }

        void start() {
            thread = new Thread(this::watch, "pg_locks watcher");
            thread.start();
        }

        private void watch() {
            String sql = "SELECT a.query, l.mode FROM pg_stat_activity a JOIN pg_locks l ON l.pid = a.pid"
                    + " WHERE a.state = 'active' AND a.query LIKE '%VALIDATE CONSTRAINT%'"
                    + " AND a.pid <> pg_backend_pid() AND l.granted AND l.relation = 'events'::regclass";
            // Anyone (the inserter above all) queued for a lock on events.
            String waitingSql = "SELECT a.application_name || ' ' || l.mode FROM pg_locks l"
                    + " JOIN pg_stat_activity a ON a.pid = l.pid"
                    + " WHERE NOT l.granted AND l.relation = 'events'::regclass";
            try (Connection connection = java.sql.DriverManager.getConnection(url);
                    PreparedStatement statement = connection.prepareStatement(sql);
                    PreparedStatement waiting = connection.prepareStatement(waitingSql)) {
                String seenValidating = null;
                while (running.get()) {
                    try (ResultSet rows = statement.executeQuery()) {
                        long now = System.nanoTime();
                        while (rows.next()) {
                            String query = rows.getString(1);
                            String constraint = query.substring(query.indexOf("VALIDATE CONSTRAINT") + 20)
                                    .strip();
                            String mode = rows.getString(2);
                            synchronized (strongest) {
                                strongest.merge(
                                        constraint, mode, (a, b) -> MODES.indexOf(a) >= MODES.indexOf(b) ? a : b);
                            }
                            windows.merge(constraint, new long[] {now, now}, (a, b) -> new long[] {a[0], b[1]});
                            seenValidating = constraint;
                        }
                    }
                    if (seenValidating != null) {
                        try (ResultSet rows = waiting.executeQuery()) {
                            while (rows.next()) {
                                waitsDuringValidation.add(seenValidating + ": " + rows.getString(1));
                            }
                        }
                        seenValidating = null;
                    }
                }
            } catch (SQLException e) {
                failure = e;
            }
        }

        void stop() throws Exception {
            running.set(false);
            thread.join();
            if (failure != null) {
                throw failure;
            }
        }
    }

    /** Inserts rows one by one, recording when each insert completed. */
    private static final class Inserter {
        final AtomicBoolean failed = new AtomicBoolean();
        volatile Exception failure;
        private final List<Long> completions = new ArrayList<>();
        private final String url;
        private final AtomicLong nextId;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private Thread thread;

        Inserter(String url, int rows) {
            this.url = url;
            this.nextId = new AtomicLong(rows);
        }

        void start() {
            thread = new Thread(this::insert, "inserter");
            thread.start();
        }

        private void insert() {
            try (Connection connection = java.sql.DriverManager.getConnection(url);
                    PreparedStatement statement =
                            connection.prepareStatement("INSERT INTO events VALUES (?, 1, 'NEW', 1, 'w')")) {
                while (running.get()) {
                    statement.setLong(1, nextId.incrementAndGet());
                    statement.executeUpdate();
                    synchronized (completions) {
                        completions.add(System.nanoTime());
                    }
                }
            } catch (SQLException e) {
                failure = e;
                failed.set(true);
            }
        }

        boolean completedWithin(long from, long to) {
            synchronized (completions) {
                return completions.stream().anyMatch(t -> t >= from && t <= to);
            }
        }

        void stop() throws InterruptedException {
            running.set(false);
            thread.join();
        }
    }
}
