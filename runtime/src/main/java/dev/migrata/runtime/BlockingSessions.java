package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Names the sessions a migrator's statement waits for: pid, application, state, how long their
 * transaction has been open and the start of their query.
 *
 * <p>{@code pg_blocking_pids} only answers while the wait lasts: once the statement has given up,
 * PostgreSQL no longer knows who blocked it. So a {@link Watch} asks while the statement runs, from a
 * second connection of the same source: opened only when the statement is still running after a
 * short delay, and closed when it ends. A statement that finishes at once never opens it, and the
 * up-to-date check never runs one, so it stays a single connection.
 */
final class BlockingSessions {

    /** Opens the second connection. */
    @FunctionalInterface
    interface Source {
        Connection open() throws SQLException;
    }

    private static final String QUERY = "SELECT a.pid, a.application_name, a.state,"
            + " round(extract(epoch FROM clock_timestamp() - coalesce(a.xact_start, a.query_start))::numeric, 1),"
            + " left(regexp_replace(coalesce(a.query, ''), '\\s+', ' ', 'g'), 120)"
            + " FROM unnest(pg_blocking_pids(?)) AS b(pid) JOIN pg_stat_activity a ON a.pid = b.pid ORDER BY a.pid";

    private final Source source;
    private final int migratorPid;
    private final Duration interval;

    /**
     * @param migratorPid the backend the migrator's statements run on
     * @param timeout the lock timeout of one attempt: the watch looks several times within it
     */
    BlockingSessions(Source source, int migratorPid, Duration timeout) {
        this.source = source;
        this.migratorPid = migratorPid;
        long quarter = Math.max(50, Math.min(1_000, timeout.toMillis() / 4));
        this.interval = Duration.ofMillis(quarter);
    }

    /** The backend a connection's statements run on. */
    static int backendPid(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getInt(1);
        }
    }

    /** Starts watching; close the watch when the statement has ended. */
    Watch watch() {
        return new Watch();
    }

    /** Looks at the migrator's waits until closed, and keeps what it saw last. */
    final class Watch implements AutoCloseable {

        private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "migrata-blocking-sessions");
            thread.setDaemon(true);
            return thread;
        });
        // Only the looker's thread touches the connection until close() has stopped it.
        private Connection connection;
        private volatile List<String> seen = List.of();

        private Watch() {
            looker.scheduleWithFixedDelay(this::look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void look() {
            try {
                if (connection == null) {
                    connection = source.open();
                    connection.setAutoCommit(true);
                }
                List<String> blockers = new ArrayList<>();
                try (PreparedStatement statement = connection.prepareStatement(QUERY)) {
                    statement.setInt(1, migratorPid);
                    try (ResultSet rows = statement.executeQuery()) {
                        while (rows.next()) {
                            blockers.add(describe(rows));
                        }
                    }
                }
                if (!blockers.isEmpty()) {
                    seen = List.copyOf(blockers);
                }
            } catch (SQLException | RuntimeException e) {
                // The names only decorate the message of a lock timeout; without them it still stands.
            }
        }

        /** The blocking sessions seen last, one description each; empty when none was seen. */
        List<String> seen() {
            return seen;
        }

        @Override
        public void close() {
            looker.shutdownNow();
            try {
                looker.awaitTermination(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (connection != null) {
                try {
                    connection.close();
                } catch (SQLException e) {
                    // Nothing was written on it.
                }
            }
        }
    }

    private static String describe(ResultSet rows) throws SQLException {
        String application = rows.getString(2);
        String state = rows.getString(3);
        String query = rows.getString(5);
        return "backend pid " + rows.getInt(1)
                + (application == null || application.isEmpty() ? "" : " (" + application + ")")
                + ", " + (state == null ? "state unknown" : state)
                + (rows.getString(4) == null ? "" : ", transaction open for " + rows.getString(4) + " s")
                + (query == null || query.isEmpty() ? "" : ", query: " + query);
    }
}
