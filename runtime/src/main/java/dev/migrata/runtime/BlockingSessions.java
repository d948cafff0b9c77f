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
 * transaction has been open and the start of their query; and notes where the statement itself
 * was when it waited (see {@link Watch#sawWaitBeforeAnyCommit}).
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

    /**
     * The migrator's backend while it waits for a lock: the server's clock, whether the lock is
     * anything but another transaction's virtual id (what a concurrent index build, drop or
     * reindex waits for once it has committed its first part), whether the backend is still in the
     * transaction its statement began ({@code xact_start} moves past {@code query_start} when a
     * {@code DO} block or procedure commits), and the statement it runs. No row when it does not
     * wait for a lock.
     */
    private static final String OWN_WAIT = "SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint,"
            + " wait_event IS DISTINCT FROM 'virtualxid', xact_start <= query_start, query"
            + " FROM pg_stat_activity WHERE pid = ? AND wait_event_type = 'Lock'";

    /** How long closing a watch waits for a look in progress; the connection is closed after it either way. */
    static final Duration CLOSE_WAIT = Duration.ofSeconds(2);

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

    /** The server's clock, in milliseconds since the epoch, as the watch's samples read it. */
    static long serverMillis(Connection connection) throws SQLException {
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT (extract(epoch FROM clock_timestamp()) * 1000)::bigint");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            return rows.getLong(1);
        }
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

    /**
     * Looks at the migrator's waits until closed, and keeps what it saw last. The second connection
     * is opened, used and closed on the looker's thread only: its last task closes it, after any look
     * still in progress, however long that takes.
     */
    final class Watch implements AutoCloseable {

        private final ScheduledExecutorService looker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "migrata-blocking-sessions");
            thread.setDaemon(true);
            return thread;
        });
        // Confined to the looker's thread, which is what makes it safe without volatile.
        private Connection connection;
        private volatile List<String> seen = List.of();
        private volatile LockWait lastWait;

        private Watch() {
            looker.scheduleWithFixedDelay(this::look, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void look() {
            try {
                if (connection == null) {
                    connection = source.open();
                    connection.setAutoCommit(true);
                }
                LockWait wait = ownWait();
                if (wait == null) {
                    return;
                }
                lastWait = wait;
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
                // The names only decorate the message of a lock timeout, and a wait not seen only
                // means that a step outside a transaction is not tried again: without them it stands.
            }
        }

        private LockWait ownWait() throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(OWN_WAIT)) {
                statement.setInt(1, migratorPid);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!rows.next()) {
                        return null;
                    }
                    String query = rows.getString(4);
                    return new LockWait(
                            rows.getLong(1), rows.getBoolean(2), rows.getBoolean(3), query == null ? "" : query);
                }
            }
        }

        /**
         * Whether the watch saw the statement {@code sql} waiting for a lock at server time {@code
         * since} or later, before it could have committed anything: in the transaction it began, at
         * the first statement of its text ({@code pg_stat_activity.query} is the start of {@code
         * sql}: a later statement of a text with several could follow a {@code COMMIT} written
         * between them), and not for a virtual transaction id. A wait seen within the last lock
         * timeout before a lock-timeout failure is the wait that failed.
         */
        boolean sawWaitBeforeAnyCommit(String sql, long since) {
            LockWait wait = lastWait;
            return wait != null
                    && wait.serverMillis() >= since
                    && wait.notForAVirtualTransaction()
                    && wait.inFirstTransaction()
                    && !wait.query().isEmpty()
                    && sql.startsWith(wait.query());
        }

        /** The blocking sessions seen last, one description each; empty when none was seen. */
        List<String> seen() {
            return seen;
        }

        /**
         * Stops looking and closes the second connection. The periodic look is cancelled and the
         * close runs on the looker's thread as its last task, after a look in progress (one stuck
         * opening its connection included); this waits up to {@link #CLOSE_WAIT} for that and then
         * returns either way, the connection being closed as soon as the look ends.
         */
        @Override
        public void close() {
            if (looker.isShutdown()) {
                return;
            }
            looker.execute(this::closeConnection);
            looker.shutdown();
            try {
                looker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void closeConnection() {
            if (connection == null) {
                return;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                // Nothing was written on it.
            }
            connection = null;
        }
    }

    /** One sample of the migrator's backend waiting for a lock; see {@link #OWN_WAIT}. */
    private record LockWait(
            long serverMillis, boolean notForAVirtualTransaction, boolean inFirstTransaction, String query) {}

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
