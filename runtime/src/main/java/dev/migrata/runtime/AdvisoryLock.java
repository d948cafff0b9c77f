package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * The session-level advisory lock that serialises migrators of one database and history table.
 *
 * <p>It is taken by polling {@code pg_try_advisory_lock} in autocommit mode rather than by blocking
 * in {@code pg_advisory_lock}: a blocked {@code SELECT pg_advisory_lock(...)} is an open
 * transaction with a snapshot, and the lock holder's {@code CREATE INDEX CONCURRENTLY} waits for
 * every such snapshot to go away — holder and waiter would wait for each other until the lock
 * timeout. Between polls the waiter holds no transaction at all.
 */
final class AdvisoryLock {

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());
    private static final long FIRST_POLL_MILLIS = 25;
    private static final long LONGEST_POLL_MILLIS = 500;

    private final Connection connection;
    private final long key;

    private AdvisoryLock(Connection connection, long key) {
        this.connection = connection;
        this.key = key;
    }

    /**
     * Takes the lock on {@code connection}, which must be in autocommit mode, waiting at most
     * {@code timeout}.
     *
     * @throws MigrationException {@link MigrationException.Reason#LOCK_TIMEOUT} when the wait runs out
     */
    static AdvisoryLock acquire(Connection connection, String table, Duration timeout, String databaseLabel)
            throws SQLException {
        String database;
        String schema;
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_database(), current_schema()");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            database = rows.getString(1);
            schema = rows.getString(2);
        }
        long key = keyFor(database, schema, table);
        long started = System.nanoTime();
        // At most Migrator.MAX_LOCK_TIMEOUT (about 24 days), so the nanoseconds fit a long.
        long timeoutNanos = timeout.toNanos();
        long pause = FIRST_POLL_MILLIS;
        boolean announced = false;
        try (PreparedStatement tryLock = connection.prepareStatement("SELECT pg_try_advisory_lock(?)")) {
            tryLock.setLong(1, key);
            while (true) {
                try (ResultSet rows = tryLock.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        return new AdvisoryLock(connection, key);
                    }
                }
                long remainingMillis = (timeoutNanos - (System.nanoTime() - started)) / 1_000_000;
                if (remainingMillis <= 0) {
                    throw new MigrationException(
                            MigrationException.Reason.LOCK_TIMEOUT,
                            "Timed out after " + timeout.toMillis() + " ms waiting for the migration lock on "
                                    + databaseLabel
                                    + " (advisory lock " + key + ", held by " + describeHolder(connection, key)
                                    + "). Another migrator is still running; wait for it, or raise lockTimeout(...).");
                }
                if (!announced) {
                    LOG.log(Level.INFO, "Waiting for the migration lock held by {0}", describeHolder(connection, key));
                    announced = true;
                }
                sleep(Math.min(pause, remainingMillis));
                pause = Math.min(LONGEST_POLL_MILLIS, pause * 2);
            }
        }
    }

    /** The lock key: stable per database, schema and history table, so unrelated chains never block. */
    static long keyFor(String database, String schema, String table) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] hash = digest.digest(
                    ("migrata\0" + database + "\0" + schema + "\0" + table).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(hash, 0, Long.BYTES).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** Releases the lock. A closed connection has released it already, so that is not an error. */
    void release() throws SQLException {
        if (connection.isClosed()) {
            return;
        }
        if (!connection.getAutoCommit()) {
            connection.rollback();
            connection.setAutoCommit(true);
        }
        try (PreparedStatement unlock = connection.prepareStatement("SELECT pg_advisory_unlock(?)")) {
            unlock.setLong(1, key);
            unlock.executeQuery().close();
        }
    }

    private static String describeHolder(Connection connection, long key) {
        // pg_locks splits a bigint advisory key into classid (high half) and objid (low half).
        String sql = "SELECT a.pid, a.application_name, a.client_addr, a.state FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'advisory' AND l.granted AND l.classid::bigint = ? AND l.objid::bigint = ? AND l.objsubid = 1 LIMIT 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setLong(1, key >>> 32);
            statement.setLong(2, key & 0xFFFFFFFFL);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    String application = rows.getString(2);
                    return "backend pid " + rows.getInt(1)
                            + (application == null || application.isEmpty() ? "" : " (" + application + ")")
                            + ", state " + rows.getString(4);
                }
                return "another session";
            }
        } catch (SQLException e) {
            return "another session";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new MigrationException(
                    MigrationException.Reason.LOCK_TIMEOUT, "Interrupted while waiting for the migration lock", e);
        }
    }
}
