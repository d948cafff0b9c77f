package dev.migrata.runtime;

import dev.migrata.runtime.internal.SchemaDefinition;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

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

    /**
     * The columns with the progress of an interrupted revision. A history table created by the
     * previous version lacks {@code next_step} and {@code next_step_started}; reading them through
     * {@code to_jsonb} of the row gives NULL there instead of an error, so the read paths need
     * neither the columns nor a catalog query.
     */
    private static final String COLUMNS_WITH_PROGRESS = COLUMNS
            + ", (to_jsonb(r) ->> 'next_step')::integer AS next_step,"
            + " (to_jsonb(r) ->> 'next_step_started')::boolean AS next_step_started";

    /** The columns this version added, with their types, in the order {@link #CREATE} lists them. */
    private static final List<String> ADDED_COLUMNS = List.of(
            "next_step integer", "downgrade_steps jsonb", "downgrade_checksum text", "next_step_started boolean");

    /** The keys and SQL types of one recorded downgrade step. */
    private static final String STEP_RECORD = "sql text, \"group\" integer, rerunnable boolean, \"index\" text,"
            + " extension text, \"lock\" text, data_migration text";

    /**
     * Builds the {@code jsonb} array of recorded steps in the server from parallel arrays, so the
     * runtime writes no JSON itself; an empty array when there are no steps (NULL means "not recorded").
     */
    private static final String RECORD_STEPS = "(SELECT coalesce(jsonb_agg(jsonb_build_object('sql', s, 'group', g,"
            + " 'rerunnable', r, 'index', i, 'extension', e, 'lock', l, 'data_migration', d) ORDER BY n), '[]'::jsonb)"
            + " FROM unnest(?::text[], ?::integer[], ?::boolean[], ?::text[], ?::text[], ?::text[], ?::text[])"
            + " WITH ORDINALITY AS x(s, g, r, i, e, l, d, n))";

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
            + "    pending_direction text,\n"
            + "    next_step integer,\n"
            + "    downgrade_steps jsonb,\n"
            + "    downgrade_checksum text,\n"
            + "    next_step_started boolean\n"
            + ")";

    /**
     * The newest row: a backward scan of the primary key, whatever the number of revisions. Only the
     * columns the up-to-date check compares, and all of them in the table's first version: a start
     * parses no timestamp, and a new server session, which looks up every type it returns, looks up
     * fewer.
     */
    static final String NEWEST = "SELECT position, id, chain_checksum, pending_step IS NOT NULL FROM " + NAME
            + " ORDER BY position DESC LIMIT 1";

    /**
     * What {@link #NEWEST} reads of the newest row.
     *
     * @param position its place in the chain
     * @param id the revision's id
     * @param chainChecksum the chain checksum recorded with it, which proves every row below it
     * @param dirty whether a run stopped inside it
     */
    record Newest(int position, String id, String chainChecksum, boolean dirty) {}

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
                connection.setAutoCommit(true);
            }
            return result;
        } catch (Throwable e) {
            if (ownTransaction) {
                Transactions.rollBack(connection, e);
            }
            if (DdlLockPolicy.lockNotAvailable(e)) {
                throw lockTimedOut(
                        timeout, database, ownTransaction ? describeLockHolder(connection) : "another session", e);
            }
            throw e;
        }
    }

    /**
     * The newest row ({@link #NEWEST}), waiting for a lock on the history table no longer than
     * {@code timeout}, as {@link #bounded} does, in one round trip: the setting and the read go to the
     * server as one query string, which PostgreSQL runs as one implicit transaction in autocommit
     * mode, so the setting ends with it. This is the whole of the up-to-date check at startup. Inside
     * the caller's transaction it is {@link #bounded}.
     *
     * @throws MigrationException {@link MigrationException.Reason#LOCK_TIMEOUT} as {@link #bounded}
     */
    static Optional<Newest> newestWithin(Connection connection, Duration timeout, Supplier<String> database)
            throws SQLException {
        if (!connection.getAutoCommit()) {
            return bounded(connection, timeout, database.get(), () -> newest(connection));
        }
        // The setting is digits formatted here from a Duration, never text from outside.
        String sql = "SELECT set_config('lock_timeout', '" + lockTimeoutSetting(timeout) + "', true);\n" + NEWEST;
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
            statement.getMoreResults();
            try (ResultSet rows = statement.getResultSet()) {
                return readNewest(rows);
            }
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                return Optional.empty();
            }
            if (DdlLockPolicy.lockNotAvailable(e)) {
                throw lockTimedOut(timeout, database.get(), describeLockHolder(connection), e);
            }
            throw e;
        }
    }

    private static MigrationException lockTimedOut(Duration timeout, String database, String holder, Throwable cause) {
        return new MigrationException(
                MigrationException.Reason.LOCK_TIMEOUT,
                "Timed out after " + timeout.toMillis() + " ms waiting for a lock on table " + NAME + " in " + database
                        + " (held by " + holder + "). Another session is holding the history table; wait for it, or"
                        + " raise lockTimeout(...).",
                cause);
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
     * Adds the columns this version writes to a history table created by the previous version. The
     * catalog is asked first, so a current table is not locked; {@code ADD COLUMN IF NOT EXISTS}
     * keeps two migrators racing here harmless. Runs only under the migration lock, before a write.
     */
    static void addMissingColumns(Connection connection, Duration timeout, String database) throws SQLException {
        boundedUpdate(connection, timeout, database, () -> addMissingColumns(connection));
    }

    private static void addMissingColumns(Connection connection) throws SQLException {
        if (!exists(connection)) {
            return;
        }
        List<String> missing = new ArrayList<>();
        try (PreparedStatement statement = connection.prepareStatement("SELECT NOT EXISTS (SELECT 1 FROM pg_attribute"
                + " WHERE attrelid = to_regclass(?) AND attname = ? AND NOT attisdropped)")) {
            for (String column : ADDED_COLUMNS) {
                statement.setString(1, NAME);
                statement.setString(2, column.substring(0, column.indexOf(' ')));
                try (ResultSet rows = statement.executeQuery()) {
                    rows.next();
                    if (rows.getBoolean(1)) {
                        missing.add(column);
                    }
                }
            }
        }
        if (!missing.isEmpty()) {
            try (Statement statement = connection.createStatement()) {
                statement.execute("ALTER TABLE " + NAME + " ADD COLUMN IF NOT EXISTS "
                        + String.join(", ADD COLUMN IF NOT EXISTS ", missing));
            }
        }
    }

    /** The statement an offline script runs after {@link #CREATE}, for a table of the previous version. */
    static String addColumnsStatement() {
        return "ALTER TABLE " + NAME + " ADD COLUMN IF NOT EXISTS "
                + String.join(", ADD COLUMN IF NOT EXISTS ", ADDED_COLUMNS);
    }

    /**
     * The newest row, read with one indexed query; empty when the table is empty or missing. A
     * missing table is detected from the error rather than by a second catalog query, so the
     * up-to-date case stays one query; inside a transaction, which that error aborts, the transaction
     * is rolled back.
     */
    private static Optional<Newest> newest(Connection connection) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NEWEST);
                ResultSet rows = statement.executeQuery()) {
            return readNewest(rows);
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

    private static Optional<Newest> readNewest(ResultSet rows) throws SQLException {
        return rows.next()
                ? Optional.of(new Newest(rows.getInt(1), rows.getString(2), rows.getString(3), rows.getBoolean(4)))
                : Optional.empty();
    }

    /** Every row, oldest first; empty when the table does not exist yet. */
    static List<AppliedRevision> all(Connection connection) throws SQLException {
        List<AppliedRevision> applied = new ArrayList<>();
        if (!exists(connection)) {
            return applied;
        }
        try (PreparedStatement statement = connection.prepareStatement(
                        "SELECT " + COLUMNS_WITH_PROGRESS + " FROM " + NAME + " r ORDER BY position");
                ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
                applied.add(read(rows));
            }
        }
        return applied;
    }

    /**
     * Records {@code migration} at {@code position}, with the downgrade steps it would run.
     *
     * @param pendingStep with {@code nextStep}, where the unfinished upgrade stands (see {@link
     *     #markProgress}); {@code null} for a revision that is complete
     */
    static void insert(
            Connection connection,
            int position,
            Migration migration,
            long executionMs,
            Integer pendingStep,
            Integer nextStep,
            RevisionSteps downgrade)
            throws SQLException {
        String sql = "INSERT INTO " + NAME + " (position, id, parent, checksum, chain_checksum, message, execution_ms,"
                + " pending_step, pending_direction, next_step, downgrade_checksum, downgrade_steps) VALUES (?, ?, ?, ?,"
                + " ?, ?, ?, ?, ?, ?, ?, " + RECORD_STEPS + ")";
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setInt(1, position);
            statement.setString(2, migration.id());
            statement.setString(3, migration.parentId().orElse(null));
            statement.setString(4, migration.checksum());
            statement.setString(5, migration.chainChecksum());
            statement.setString(6, migration.message());
            statement.setLong(7, executionMs);
            setInteger(statement, 8, pendingStep);
            statement.setString(9, pendingStep == null ? null : AppliedRevision.UP);
            setInteger(statement, 10, pendingStep == null ? null : nextStep);
            statement.setString(11, recordedStepsChecksum(downgrade.steps()));
            setSteps(connection, statement, 12, downgrade);
            statement.executeUpdate();
        }
    }

    private static void setSteps(Connection connection, PreparedStatement statement, int first, RevisionSteps steps)
            throws SQLException {
        int n = steps.size();
        Object[][] columns = new Object[7][n];
        for (int k = 0; k < n; k++) {
            MigrationStep step = steps.get(k);
            columns[0][k] = step.sql();
            columns[1][k] = step.group();
            columns[2][k] = step.rerunnable();
            columns[3][k] = step.index();
            columns[4][k] = step.extension();
            columns[5][k] = step.lock();
            columns[6][k] = step.dataMigration();
        }
        String[] types = {"text", "int4", "bool", "text", "text", "text", "text"};
        for (int c = 0; c < columns.length; c++) {
            statement.setArray(first + c, connection.createArrayOf(types[c], columns[c]));
        }
    }

    /**
     * The recorded downgrade steps as an expression of SQL literals, for an offline script's insert:
     * the same {@code jsonb} value {@link #insert} builds.
     */
    static String recordedStepsLiteral(RevisionSteps steps) {
        StringBuilder text = new StringBuilder("jsonb_build_array(");
        for (int k = 0; k < steps.size(); k++) {
            MigrationStep step = steps.get(k);
            text.append(k == 0 ? "" : ", ")
                    .append("jsonb_build_object('sql', ")
                    .append(literal(step.sql()))
                    .append(", 'group', ")
                    .append(step.group())
                    .append(", 'rerunnable', ")
                    .append(step.rerunnable())
                    .append(", 'index', ")
                    .append(literal(step.index()))
                    .append(", 'extension', ")
                    .append(literal(step.extension()))
                    .append(", 'lock', ")
                    .append(literal(step.lock()))
                    .append(", 'data_migration', ")
                    .append(literal(step.dataMigration()))
                    .append(')');
        }
        return text.append(')').toString();
    }

    /**
     * {@code sha256:<hex>} over the canonical text of recorded steps, stored with them: every field of
     * every step, in order, each prefixed with its length (a {@code NULL} as {@code -}), so that no two
     * lists of steps share a text.
     */
    static String recordedStepsChecksum(List<MigrationStep> steps) {
        List<String[]> fields = new ArrayList<>();
        for (MigrationStep step : steps) {
            fields.add(new String[] {
                step.sql(),
                String.valueOf(step.group()),
                String.valueOf(step.rerunnable()),
                step.index(),
                step.extension(),
                step.lock(),
                step.dataMigration()
            });
        }
        return checksumOf(fields);
    }

    private static String checksumOf(List<String[]> steps) {
        StringBuilder text = new StringBuilder("migrata recorded steps\n");
        for (String[] step : steps) {
            text.append("step\n");
            for (String field : step) {
                text.append(field == null ? "-" : field.length() + ":" + field).append('\n');
            }
        }
        try {
            byte[] hash =
                    MessageDigest.getInstance("SHA-256").digest(text.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(hash);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    /** A SQL string literal, or {@code NULL}. */
    static String literal(String value) {
        return value == null ? "NULL" : "'" + value.replace("'", "''") + "'";
    }

    /**
     * The downgrade steps recorded when the revision was applied, with all their facts; empty when
     * its row has none (it was applied by the previous version) or does not exist.
     *
     * @throws MigrationException {@link MigrationException.Reason#INVALID_HISTORY} when the steps do
     *     not match the checksum recorded with them: they are code the migrator would run, and
     *     someone changed them after they were recorded
     */
    static Optional<List<MigrationStep>> recordedDowngrade(Connection connection, String database, String id)
            throws SQLException {
        // Through to_jsonb, a table of the previous version (no such columns) reads as "not recorded".
        String recorded = "nullif(to_jsonb(r) -> 'downgrade_steps', 'null'::jsonb)";
        String sql = "SELECT " + recorded + " IS NOT NULL, to_jsonb(r) ->> 'downgrade_checksum', x.* FROM " + NAME
                + " r LEFT JOIN LATERAL ROWS FROM (jsonb_to_recordset(" + recorded + ") AS ("
                + STEP_RECORD + ")) WITH ORDINALITY AS x ON true WHERE r.id = ? ORDER BY x.ordinality";
        List<String[]> fields = new ArrayList<>();
        boolean found = false;
        String checksum = null;
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setString(1, id);
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found = rows.getBoolean(1);
                    checksum = rows.getString(2);
                    if (rows.getString("sql") != null) {
                        fields.add(new String[] {
                            rows.getString("sql"),
                            String.valueOf(rows.getInt("group")),
                            String.valueOf(rows.getBoolean("rerunnable")),
                            rows.getString("index"),
                            rows.getString("extension"),
                            rows.getString("lock"),
                            rows.getString("data_migration")
                        });
                    }
                }
            }
        }
        if (!found) {
            return Optional.empty();
        }
        String computed = checksumOf(fields);
        if (!computed.equals(checksum)) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_HISTORY,
                    "Revision " + id + " in " + database + ", which this code does not know, recorded downgrade steps"
                            + " that do not match the checksum recorded with them (recorded "
                            + (checksum == null ? "none" : checksum) + ", computed " + computed
                            + "): they were changed after the revision was applied, and are not run. Downgrade it"
                            + " with the code that applied it, or revert its schema changes by hand and rewrite the"
                            + " history with stamp --purge (Migrator.stampPurge).");
        }
        List<MigrationStep> steps = new ArrayList<>();
        for (String[] step : fields) {
            steps.add(new MigrationStep(
                    step[0],
                    Integer.parseInt(step[1]),
                    Boolean.parseBoolean(step[2]),
                    step[3],
                    step[4],
                    step[5],
                    step[6]));
        }
        return Optional.of(steps);
    }

    /**
     * Records how far an unfinished run of a revision got, and adds {@code millis} to its execution
     * time.
     *
     * @param pendingStep how many of the direction's group-0 steps come before the next step to run:
     *     what the previous version recorded, so that it too sees the revision as dirty
     * @param nextStep the index of the next step to run, or {@code null} for a row kept in the
     *     previous version's form
     */
    static void markProgress(
            Connection connection, String id, String direction, int pendingStep, Integer nextStep, long millis)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + NAME + " SET pending_step = ?,"
                + " pending_direction = ?, next_step = ?, next_step_started = NULL, execution_ms = execution_ms + ?"
                + " WHERE id = ?")) {
            statement.setInt(1, pendingStep);
            statement.setString(2, direction);
            setInteger(statement, 3, nextStep);
            statement.setLong(4, millis);
            statement.setString(5, id);
            statement.executeUpdate();
        }
    }

    /**
     * Records that the group-0 step the row points at did not begin: its statement was cancelled
     * while it waited for its lock, before it had done anything. Any later progress clears this.
     */
    static void markNotStarted(Connection connection, String id, long millis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(
                "UPDATE " + NAME + " SET next_step_started = false, execution_ms = execution_ms + ? WHERE id = ?")) {
            statement.setLong(1, millis);
            statement.setString(2, id);
            statement.executeUpdate();
        }
    }

    /** Marks the revision complete, adding {@code millis} to its execution time. */
    static void markComplete(Connection connection, String id, long millis) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + NAME + " SET pending_step = NULL,"
                + " pending_direction = NULL, next_step = NULL, next_step_started = NULL,"
                + " execution_ms = execution_ms + ? WHERE id = ?")) {
            statement.setLong(1, millis);
            statement.setString(2, id);
            statement.executeUpdate();
        }
    }

    /**
     * Records the compiled checksums and downgrade steps of {@code migration} in its row: what
     * {@code repair} does for a revision regenerated after it was applied.
     */
    static void recordChecksums(Connection connection, Migration migration, RevisionSteps downgrade)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("UPDATE " + NAME
                + " SET checksum = ?, chain_checksum = ?, message = ?, downgrade_checksum = ?, downgrade_steps = "
                + RECORD_STEPS + " WHERE id = ?")) {
            statement.setString(1, migration.checksum());
            statement.setString(2, migration.chainChecksum());
            statement.setString(3, migration.message());
            statement.setString(4, recordedStepsChecksum(downgrade.steps()));
            setSteps(connection, statement, 5, downgrade);
            statement.setString(12, migration.id());
            statement.executeUpdate();
        }
    }

    static void delete(Connection connection, String id) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement("DELETE FROM " + NAME + " WHERE id = ?")) {
            statement.setString(1, id);
            statement.executeUpdate();
        }
    }

    private static void setInteger(PreparedStatement statement, int index, Integer value) throws SQLException {
        if (value == null) {
            statement.setNull(index, java.sql.Types.INTEGER);
        } else {
            statement.setInt(index, value);
        }
    }

    /** One row of a query that selected {@link #COLUMNS_WITH_PROGRESS}. */
    private static AppliedRevision read(ResultSet rows) throws SQLException {
        Timestamp appliedAt = rows.getTimestamp("applied_at");
        int pendingStep = rows.getInt("pending_step");
        boolean clean = rows.wasNull();
        int next = rows.getInt("next_step");
        Integer nextStep = rows.wasNull() ? null : next;
        boolean started = rows.getBoolean("next_step_started");
        boolean notStarted = !rows.wasNull() && !started;
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
                rows.getString("pending_direction"),
                clean ? null : nextStep,
                !clean && nextStep != null && notStarted);
    }
}
