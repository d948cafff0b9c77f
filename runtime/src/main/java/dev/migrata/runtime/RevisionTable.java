package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The history table, {@code migrata_revisions}, in the connection's current schema: the only class
 * that reads or writes it. One row per applied revision; {@code position} (the primary key) is the
 * revision's 1-based place in the chain, so the newest row is one backward index probe away.
 */
final class RevisionTable {

    static final String NAME = "migrata_revisions";
    private static final String UNDEFINED_TABLE = "42P01";
    private static final String LOCK_NOT_AVAILABLE = "55P03";
    private static final String COLUMNS =
            "position, id, parent, checksum, chain_checksum, message, applied_at, applied_by,"
                    + " execution_ms, pending_step, pending_direction";

    static final String CREATE = "CREATE TABLE IF NOT EXISTS " + NAME + " (\n"
            + "    position integer PRIMARY KEY,\n"
            + "    id text NOT NULL UNIQUE,\n"
            + "    parent text,\n"
            + "    checksum text NOT NULL,\n"
            + "    chain_checksum text NOT NULL,\n"
            + "    message text NOT NULL,\n"
            + "    applied_at timestamptz NOT NULL DEFAULT now(),\n"
            + "    applied_by text NOT NULL DEFAULT current_user,\n"
            + "    execution_ms bigint NOT NULL,\n"
            + "    pending_step integer,\n"
            + "    pending_direction text\n"
            + ")";

    /** The newest row: a backward scan of the primary key, whatever the number of revisions. */
    static final String NEWEST = "SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY position DESC LIMIT 1";

    private RevisionTable() {}

    /** Statements on the history table, run by {@link #bounded}. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws SQLException;
    }

    /**
     * Runs {@code work} with {@code lock_timeout} set to {@code timeout} for the transaction, so a
     * session holding a lock on the history table (a {@code LOCK TABLE}, a {@code VACUUM FULL}, an
     * {@code ALTER TABLE}) delays a migrator no longer than its lock timeout. In autocommit mode the
     * work gets a transaction of its own; inside the caller's transaction the setting lasts until
     * that transaction ends, and {@code SET LOCAL} leaves the session's own setting untouched.
     *
     * @throws MigrationException {@link MigrationException.Reason#LOCK_TIMEOUT} naming the table
     *     and, when it can be found, the session holding the lock
     */
    static <T> T bounded(Connection connection, Duration timeout, String database, Work<T> work) throws SQLException {
        boolean ownTransaction = connection.getAutoCommit();
        if (ownTransaction) {
            connection.setAutoCommit(false);
        }
        try {
            try (PreparedStatement statement =
                    connection.prepareStatement("SELECT set_config('lock_timeout', ?, true)")) {
                statement.setString(1, lockTimeoutSetting(timeout));
                statement.executeQuery().close();
            }
            T result = work.run();
            if (ownTransaction) {
                connection.commit();
            }
            return result;
        } catch (SQLException | RuntimeException e) {
            if (ownTransaction) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
            }
            if (e instanceof SQLException && LOCK_NOT_AVAILABLE.equals(((SQLException) e).getSQLState())) {
                throw new MigrationException(
                        MigrationException.Reason.LOCK_TIMEOUT,
                        "Timed out after " + timeout.toMillis() + " ms waiting for a lock on table " + NAME + " in "
                                + database + " (held by "
                                + (ownTransaction ? describeLockHolder(connection) : "another session")
                                + "). Another session is holding the history table; wait for it, or raise"
                                + " lockTimeout(...).",
                        e);
            }
            throw e;
        } finally {
            if (ownTransaction) {
                connection.setAutoCommit(true);
            }
        }
    }

    /** Writes to the history table, run by {@link #boundedUpdate}. */
    @FunctionalInterface
    interface Update {
        void run() throws SQLException;
    }

    /** {@link #bounded} for work that returns nothing. */
    static void boundedUpdate(Connection connection, Duration timeout, String database, Update update)
            throws SQLException {
        bounded(connection, timeout, database, () -> {
            update.run();
            return null;
        });
    }

    /**
     * PostgreSQL's {@code lock_timeout} in milliseconds (the builder keeps it within
     * {@link Migrator#MAX_LOCK_TIMEOUT}): zero there means "wait forever", so a zero timeout (do not
     * wait) becomes the shortest wait it can express.
     */
    private static String lockTimeoutSetting(Duration timeout) {
        return String.valueOf(Math.max(1, timeout.toMillis()));
    }

    /** The session holding the strongest granted lock on the history table, for messages. */
    private static String describeLockHolder(Connection connection) {
        String sql = "SELECT a.pid, a.application_name, l.mode, a.state FROM pg_locks l"
                + " JOIN pg_stat_activity a ON a.pid = l.pid"
                + " WHERE l.locktype = 'relation' AND l.relation = to_regclass(?) AND l.granted"
                + " AND l.pid <> pg_backend_pid() ORDER BY l.mode = 'AccessExclusiveLock' DESC LIMIT 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, NAME);
            try (ResultSet rows = statement.executeQuery()) {
                if (rows.next()) {
                    String application = rows.getString(2);
                    return "backend pid " + rows.getInt(1)
                            + (application == null || application.isEmpty() ? "" : " (" + application + ")") + ", "
                            + rows.getString(3) + ", state " + rows.getString(4);
                }
            }
        } catch (SQLException e) {
            // The description only decorates the message.
        }
        return "another session";
    }

    /**
     * The tables of {@code schema} that exist in the database, schema-qualified; a table without a
     * schema is looked up in the connection's current schema.
     */
    static List<String> existingTables(Connection connection, SchemaDefinition schema) throws SQLException {
        List<String> found = new ArrayList<>();
        if (schema.tables().isEmpty()) {
            return found;
        }
        String[] schemas =
                schema.tables().stream().map(SchemaDefinition.Table::schema).toArray(String[]::new);
        String[] names =
                schema.tables().stream().map(SchemaDefinition.Table::name).toArray(String[]::new);
        String sql = "SELECT s || '.' || t FROM (SELECT coalesce(nullif(s, ''), current_schema()) AS s, t"
                + " FROM unnest(?::text[], ?::text[]) AS x(s, t)) q"
                + " WHERE to_regclass(quote_ident(s) || '.' || quote_ident(t)) IS NOT NULL ORDER BY 1";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setArray(1, connection.createArrayOf("text", schemas));
            statement.setArray(2, connection.createArrayOf("text", names));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.add(rows.getString(1));
                }
            }
        }
        return found;
    }

    static boolean exists(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            statement.setString(1, NAME);
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getBoolean(1);
            }
        }
    }

    static void create(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE);
        }
    }

    /**
     * The newest row, read with one indexed query; empty when the table is empty or missing. A
     * missing table is detected from the error rather than by a second catalog query, so the
     * up-to-date case stays one query; inside a transaction, which that error aborts, the transaction
     * is rolled back.
     */
    static Optional<AppliedRevision> newest(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEWEST);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                if (!connection.getAutoCommit()) {
                    connection.rollback();
                }
                return Optional.empty();
            }
            throw e;
        }
    }

    /** Every row, oldest first; empty when the table does not exist yet. */
    static List<AppliedRevision> all(Connection connection) throws SQLException {
        List<AppliedRevision> applied = new ArrayList<>();
        if (!exists(connection)) {
            return applied;
        }
        try (PreparedStatement statement =
                        connection.prepareStatement("SELECT " + COLUMNS + " FROM " + NAME + " ORDER BY position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                applied.add(read(rows));
            }
        }
        return applied;
    }

    static void insert(Connection connection, int position, Migration migration, long executionMs, Integer pendingStep)
            throws SQLException {
        String sql = "INSERT INTO " + NAME + " (position, id, parent, checksum, chain_checksum, message, execution_ms,"
                + " pending_step, pending_direction) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, position);
            statement.setString(2, migration.id());
            statement.setString(3, migration.parentId().orElse(null));
            statement.setString(4, migration.checksum());
            statement.setString(5, migration.chainChecksum());
            statement.setString(6, migration.message());
            statement.setLong(7, executionMs);
            if (pendingStep == null) {
                statement.setNull(8, java.sql.Types.INTEGER);
                statement.setNull(9, java.sql.Types.VARCHAR);
            } else {
                statement.setInt(8, pendingStep);
                statement.setString(9, AppliedRevision.UP);
            }
            statement.executeUpdate();
        }
    }

    /** Marks a revision dirty at {@code step} in {@code direction}, or clean when {@code step} is null. */
    static void markPending(Connection connection, String id, Integer step, String direction) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE " + NAME + " SET pending_step = ?, pending_direction = ? WHERE id = ?")) {
            if (step == null) {
                statement.setNull(1, java.sql.Types.INTEGER);
                statement.setNull(2, java.sql.Types.VARCHAR);
            } else {
                statement.setInt(1, step);
                statement.setString(2, direction);
            }
            statement.setString(3, id);
            statement.executeUpdate();
        }
    }

    static void addExecutionTime(Connection connection, String id, long millis) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("UPDATE " + NAME + " SET execution_ms = execution_ms + ? WHERE id = ?")) {
            statement.setLong(1, millis);
            statement.setString(2, id);
            statement.executeUpdate();
        }
    }

    static void delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + NAME + " WHERE id = ?")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private static AppliedRevision read(ResultSet rows) throws SQLException {
        Timestamp appliedAt = rows.getTimestamp("applied_at");
        int pendingStep = rows.getInt("pending_step");
        boolean clean = rows.wasNull();
        return new AppliedRevision(
                rows.getInt("position"),
                rows.getString("id"),
                rows.getString("parent"),
                rows.getString("checksum"),
                rows.getString("chain_checksum"),
                rows.getString("message"),
                appliedAt == null ? null : appliedAt.toInstant(),
                rows.getString("applied_by"),
                rows.getLong("execution_ms"),
                clean ? null : pendingStep,
                rows.getString("pending_direction"));
    }
}
