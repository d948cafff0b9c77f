package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
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
     * up-to-date case stays one round trip. The connection must be in autocommit mode.
     */
    static Optional<AppliedRevision> newest(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEWEST);
                ResultSet rows = statement.executeQuery()) {
            return rows.next() ? Optional.of(read(rows)) : Optional.empty();
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
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
