package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;

/**
 * How long a revision's own statements wait for a lock, and how often a group that ran out of time
 * is tried again.
 *
 * <p>A DDL statement waiting for its lock is the classic migration outage: an {@code ALTER TABLE}
 * queued behind one long reader makes every later query on that table queue behind it. With
 * {@code lock_timeout} the statement gives up instead, its transaction group is rolled back and run
 * again after a pause (1 s, 2 s, 4 s … up to {@link #LONGEST_PAUSE}), so the queue behind it lasts at
 * most one timeout at a time.
 *
 * @param timeout PostgreSQL's {@code lock_timeout} for each attempt
 * @param retries how many times a group is tried again after its first attempt
 */
record DdlLockPolicy(Duration timeout, int retries) {

    /** The default timeout of one attempt. */
    static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);

    /** The default number of retries after the first attempt. */
    static final int DEFAULT_RETRIES = 5;

    /** The longest pause between two attempts, however many retries are allowed. */
    static final Duration LONGEST_PAUSE = Duration.ofMinutes(1);

    private static final String LOCK_NOT_AVAILABLE = "55P03";

    /** Whether {@code e} is PostgreSQL's "canceling statement due to lock timeout". */
    static boolean lockNotAvailable(Throwable e) {
        return e instanceof SQLException && LOCK_NOT_AVAILABLE.equals(((SQLException) e).getSQLState());
    }

    /** The pause before retry {@code retry} (0 for the first retry): 1 s, 2 s, 4 s, … */
    Duration pause(int retry) {
        long seconds = 1L << Math.min(retry, 30);
        return seconds >= LONGEST_PAUSE.toSeconds() ? LONGEST_PAUSE : Duration.ofSeconds(seconds);
    }

    /** The pauses of all retries, for messages: {@code 1 s, 2 s}. */
    String pauses() {
        StringBuilder text = new StringBuilder();
        for (int retry = 0; retry < retries; retry++) {
            text.append(retry == 0 ? "" : ", ").append(pause(retry).toSeconds()).append(" s");
        }
        return text.toString();
    }

    /** Sets the timeout for the rest of the connection's current transaction. */
    void setLocal(Connection connection) throws SQLException {
        set(connection, millis(), true);
    }

    /**
     * Runs {@code work} (a statement in autocommit mode) with the timeout as the session's setting,
     * and restores the setting the session had before. When the work failed, a failure to restore
     * is attached to its exception, which stays the one thrown: the retry decision reads its
     * SQLSTATE.
     */
    <T> T withSessionSetting(Connection connection, RevisionTable.Work<T> work) throws SQLException {
        String before;
        try (PreparedStatement statement = connection.prepareStatement("SELECT current_setting('lock_timeout')");
                ResultSet rows = statement.executeQuery()) {
            rows.next();
            before = rows.getString(1);
        }
        set(connection, millis(), false);
        T result;
        try {
            result = work.run();
        } catch (Throwable e) {
            try {
                set(connection, before, false);
            } catch (SQLException | RuntimeException restoreFailure) {
                e.addSuppressed(restoreFailure);
            }
            throw e;
        }
        set(connection, before, false);
        return result;
    }

    /** PostgreSQL's setting in milliseconds; the builder keeps the timeout within 1 ms and its limit. */
    private String millis() {
        return String.valueOf(Math.max(1, timeout.toMillis()));
    }

    private static void set(Connection connection, String value, boolean local) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT set_config('lock_timeout', ?, ?)")) {
            statement.setString(1, value);
            statement.setBoolean(2, local);
            statement.executeQuery().close();
        }
    }
}
