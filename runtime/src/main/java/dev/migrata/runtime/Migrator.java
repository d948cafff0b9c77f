package dev.migrata.runtime;

import dev.migrata.runtime.internal.RevisionList;
import dev.migrata.runtime.internal.RevisionResourceException;
import dev.migrata.runtime.internal.SchemaDefinition;
import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Applies a {@link MigrationChain} to a PostgreSQL database: Alembic's verbs (upgrade, downgrade,
 * current, history, stamp, offline SQL, check) for a chain compiled into the application.
 *
 * <pre>{@code
 * Migrator migrator = Migrator.builder().url(System.getenv("DATABASE_URL")).chain(AppSchemaMigrations.chain()).build();
 * migrator.upgrade("head");
 * }</pre>
 *
 * <p>At startup the common case — nothing to do — costs one indexed read of the newest history row,
 * compared by chain checksum. Otherwise the migrator takes a session advisory lock, reads and
 * validates the applied revisions under it, refuses anything unsafe before changing the database,
 * runs each revision's steps in order — each transaction group in a transaction with the history
 * row's progress, each step outside a transaction alone, every lock wait bounded by the DDL lock
 * timeout and retried — and releases the lock. Migrators are immutable and thread-safe; each call
 * opens and closes its own connection (and, while a statement waits for a lock, a second one that
 * names who holds it).
 */
public final class Migrator {

    /** The history table the migrator keeps in the database's default schema. */
    public static final String HISTORY_TABLE = RevisionTable.NAME;

    /**
     * The longest lock timeout: PostgreSQL's {@code lock_timeout}, which bounds the waits for locks
     * on the history table, takes at most {@code 2147483647} milliseconds (about 24.8 days).
     */
    public static final Duration MAX_LOCK_TIMEOUT = Duration.ofMillis(Integer.MAX_VALUE);

    private static final System.Logger LOG = System.getLogger(Migrator.class.getName());

    private final ConnectionSource connections;
    private final MigrationChain chain;
    private final List<Migration> revisions;
    private final Duration lockTimeout;
    private final DdlLockPolicy ddlLocks;
    private final boolean allowUnknownRevisions;
    private final boolean allowDataMigrationsInSql;
    private final List<String> checkExclude;
    private final TargetResolver targets;
    // Whether the chain's order has been checked: once, before the first call that walks it.
    private volatile boolean chainValidated;

    /** Called by {@link MigratorBuilder#build()}, which has checked every setting. */
    Migrator(
            ConnectionSource connections,
            MigrationChain chain,
            List<String> checkExclude,
            Duration lockTimeout,
            DdlLockPolicy ddlLocks,
            boolean allowUnknownRevisions,
            boolean allowDataMigrationsInSql) {
        this.connections = connections;
        this.chain = chain;
        List<Migration> listed = chain.migrations();
        // A generated chain's list is unmodifiable and creates its revisions only when asked for one:
        // copying it would create them all at every start. Any other list is copied, so that a chain
        // built by hand cannot change under the migrator.
        this.revisions = listed instanceof RevisionList ? listed : List.copyOf(listed);
        this.checkExclude = List.copyOf(checkExclude);
        if (revisions.isEmpty()) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_CHAIN, "Chain " + chain.name() + " has no revisions");
        }
        this.lockTimeout = lockTimeout;
        this.ddlLocks = ddlLocks;
        this.allowUnknownRevisions = allowUnknownRevisions;
        this.allowDataMigrationsInSql = allowDataMigrationsInSql;
        this.targets = new TargetResolver(chain.name(), revisions);
    }

    /**
     * The revision of {@code chain} that {@code name} names: {@code head}, an id or a unique prefix
     * of one, resolved exactly as upgrade and downgrade resolve targets. Needs no database.
     *
     * @throws MigrationException {@code UNKNOWN_TARGET} or {@code AMBIGUOUS_TARGET}
     */
    public static Migration revision(MigrationChain chain, String name) {
        Objects.requireNonNull(name, "name");
        return new TargetResolver(chain.name(), chain.migrations()).revision(name);
    }

    /** Starts configuring a migrator; a connection ({@code dataSource} or {@code url}) is required. */
    public static MigratorBuilder builder() {
        return new MigratorBuilder();
    }

    /** The chain this migrator applies. */
    public MigrationChain chain() {
        return chain;
    }

    /**
     * Upgrades to {@code target}: {@code head}, {@code +N}, a revision id or a unique prefix of one.
     * A database already at the target is left alone after one indexed read, without the lock.
     *
     * @return the ids of the revisions this call applied (or finished, when one was left dirty), in
     *     order; empty when the database was already at the target
     *
     * @throws MigrationException on any refusal or failure; see {@link MigrationException.Reason}
     */
    public List<String> upgrade(String target) {
        Objects.requireNonNull(target, "target");
        Integer level = TargetResolver.isRelative(target) ? null : targets.absoluteLevel(target);
        return upgradeTo(level, target);
    }

    /**
     * Upgrades to a typed revision constant of the generated chain class.
     *
     * @return the ids of the revisions this call applied, as {@link #upgrade(String)}
     */
    public List<String> upgrade(Migration target) {
        Objects.requireNonNull(target, "target");
        return upgradeTo(targets.level(target), target.id());
    }

    /**
     * What {@link #upgrade(String)} to {@code target} would run: the pending revisions with their
     * steps, transaction groups and lock lines, including the rest of an interrupted revision. It
     * reads the history and refuses what upgrade would refuse; it applies and writes nothing, not
     * even the history table.
     */
    public MigrationPlan plan(String target) {
        Objects.requireNonNull(target, "target");
        return planTo(TargetResolver.isRelative(target) ? null : targets.absoluteLevel(target), target);
    }

    /** What {@link #upgrade(Migration)} to a typed revision constant would run, as {@link #plan(String)}. */
    public MigrationPlan plan(Migration target) {
        Objects.requireNonNull(target, "target");
        return planTo(targets.level(target), target.id());
    }

    /**
     * Downgrades to {@code target}: {@code base}, {@code -N}, a revision id or a unique prefix of
     * one; the target revision stays applied. Revisions the database holds after the last one this
     * code knows (a developer switched to a branch without them) are reverted with the downgrade
     * steps recorded when they were applied, and the log says so. A revision whose downgrade was
     * interrupted is finished first.
     *
     * @return the ids of the revisions this call reverted, newest first; empty when the database was
     *     already at the target
     */
    public List<String> downgrade(String target) {
        Objects.requireNonNull(target, "target");
        requireValidChain();
        if (!TargetResolver.isRelative(target)) {
            targets.absoluteLevel(target);
        }
        return withLock(connection -> {
            AppliedState state = readState(connection, true, AppliedStateValidator.Mode.DOWNGRADE);
            return new Downgrader(session(connection), applier(connection)).run(state, target);
        });
    }

    /**
     * The newest revision recorded in the database, or empty at base. One indexed read, no migration
     * lock; it waits for a lock on the history table no longer than the lock timeout.
     */
    public Optional<String> current() {
        return withConnection(connection -> newestRow(connection).map(RevisionTable.Newest::id));
    }

    /**
     * The newest applied revision as the command-line tools print it: {@code 006_embedding_index
     * (head)}, {@code 004_full_names}, or {@code <base> (nothing applied)}. One indexed read, as
     * {@link #current()}.
     */
    public String describeCurrent() {
        Optional<String> current = current();
        if (current.isEmpty()) {
            return "<base> (nothing applied)";
        }
        return current.get() + (current.get().equals(chain.head().id()) ? " (head)" : "");
    }

    /**
     * Every revision of the chain, root first, with its state in the database, followed by any
     * revisions the database holds that this chain does not know. Read-only; takes no migration lock.
     *
     * @throws MigrationException {@link MigrationException.Reason#INVALID_HISTORY} when the history
     *     table does not add up (a revision whose checksum changed is listed as {@code MODIFIED})
     */
    public List<HistoryEntry> history() {
        requireValidChain();
        return withConnection(connection -> {
            List<AppliedRevision> rows = readRows(connection, true);
            AppliedStateValidator.validateForListing(rows, revisions, connections.label());
            return HistoryListing.of(rows, revisions, chain.head().id());
        });
    }

    /**
     * Records {@code target} as the database's revision without running any statement: for a
     * database whose schema was created by hand or by another tool, or to clear a dirty revision
     * after finishing its interrupted step by hand. A history that does not agree with this code
     * (unknown revisions, changed checksums) is refused; {@link #stampPurge(String)} rewrites it.
     */
    public void stamp(String target) {
        Objects.requireNonNull(target, "target");
        requireValidChain();
        if (!TargetResolver.isRelative(target)) {
            targets.absoluteLevel(target);
        }
        withLock(connection -> {
            // A missing history table is what stamp repairs, so it does not refuse one.
            AppliedState state = readState(connection, false, AppliedStateValidator.Mode.WRITE);
            historyRepair(connection).stamp(state, target);
            return null;
        });
    }

    /**
     * Rewrites the history table to exactly the chain's revisions up to {@code target} ({@code head},
     * {@code base}, an id or a unique prefix), running no other SQL: rows of revisions this code does
     * not know, with other checksums, out of place or dirty are deleted, the missing ones recorded.
     * It refuses nothing the history holds, which is its purpose: a development database that holds
     * another branch's revisions, or revisions regenerated since. Bring the schema to the target's by
     * hand (or with {@link #check()}) before or after; use {@link #downgrade(String)} or {@link
     * #repair()} where they apply, as they keep the history true without that.
     */
    public void stampPurge(String target) {
        Objects.requireNonNull(target, "target");
        requireValidChain();
        if (TargetResolver.isRelative(target)) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_TARGET,
                    "stamp --purge takes a revision, head or base, not the relative target " + target.trim()
                            + ": the history it rewrites may not count revisions this code knows");
        }
        int level = targets.absoluteLevel(target);
        withLock(connection -> {
            List<AppliedRevision> rows = RevisionTable.bounded(
                    connection, lockTimeout, connections.label(), () -> RevisionTable.all(connection));
            historyRepair(connection).purge(rows, level);
            return null;
        });
    }

    /**
     * The applied revisions whose compiled checksum (or chain checksum) differs from the recorded
     * one, oldest first: what {@link #repair()} would record. Read-only; takes no migration lock.
     *
     * @throws MigrationException {@code UNKNOWN_REVISION} when the history holds revisions this code
     *     does not know, {@code INVALID_HISTORY} when it does not add up otherwise
     */
    public List<ChecksumChange> checksumChanges() {
        requireValidChain();
        return withConnection(connection ->
                HistoryRepair.changes(readState(connection, true, AppliedStateValidator.Mode.REPAIR), revisions));
    }

    /**
     * Records the compiled checksums (with the chain checksums, and the downgrade steps) of every
     * applied revision whose checksum changed since it was applied, as {@link #checksumChanges()}
     * lists them, and logs each change. For a revision regenerated after it was applied to a
     * development database; a revision changed by mistake belongs restored instead.
     *
     * @return the changes recorded; empty when nothing differed
     */
    public List<ChecksumChange> repair() {
        requireValidChain();
        return withLock(connection ->
                historyRepair(connection).repair(readState(connection, true, AppliedStateValidator.Mode.REPAIR)));
    }

    /**
     * The SQL that would move a database from {@code from} to {@code to} (either direction), with
     * the history-table statements, without connecting. Targets are {@code base}, {@code head}, ids
     * or unique prefixes.
     *
     * @throws MigrationException {@link MigrationException.Reason#DATA_MIGRATION_IN_SCRIPT} when a
     *     revision in range runs Java code, unless the builder allowed it
     */
    public String sql(String from, String to) {
        requireValidChain();
        int fromLevel = targets.absoluteLevel(from);
        int toLevel = targets.absoluteLevel(to);
        return new OfflineScript(chain.name(), revisions, allowDataMigrationsInSql)
                .write(fromLevel, toLevel, targets.describe(fromLevel), targets.describe(toLevel));
    }

    /**
     * Compares the live catalog with {@link MigrationChain#headSchema()} and reports every
     * difference: missing or extra tables and columns, types, vector dimensions, nullability,
     * defaults, identity, primary keys, indexes (including invalid ones) and constraints, a UNIQUE
     * constraint where a unique index is declared and the reverse, declared native enum types and
     * their labels, and the expressions the server respells — CHECK bodies, generation expressions,
     * the key lists and predicates of expression, covering and partial indexes — after the server
     * has normalized the declared ones (in a transaction that is rolled back; a role that may not
     * create temporary tables gets them compared by name or not at all, and a note saying so); views,
     * functions and triggers: missing, extra (functions installed by an extension excepted) and
     * their definitions, the declared ones printed by the server the same way.
     *
     * <p>The history tables of other tools ({@code alembic_version}, {@code flyway_schema_history},
     * {@code databasechangelog}, {@code databasechangeloglock}) and tables matching {@link
     * MigratorBuilder#checkExclude} are left out unless the head schema declares them. A database that is
     * not at the head gets a note first: behind it, the differences are what the pending revisions
     * will change.
     */
    public DriftReport check() {
        // Generated chains parse the definition from its text form on every call: once, before connecting.
        SchemaDefinition expected = headSchema();
        return withConnection(connection -> DriftCheck.compare(
                connection, chain.name(), expected, checkExclude, readRows(connection, false), revisions));
    }

    /**
     * The chain's head schema; a generated chain reads it from a verified resource, and one that is
     * missing or not the compiled file is refused as a {@code CHECKSUM_MISMATCH}.
     */
    private SchemaDefinition headSchema() {
        try {
            return chain.headSchema();
        } catch (RevisionResourceException e) {
            throw new MigrationException(MigrationException.Reason.CHECKSUM_MISMATCH, e.getMessage(), e);
        }
    }

    private List<String> upgradeTo(Integer absoluteLevel, String target) {
        return withConnection(connection -> {
            if (absoluteLevel != null && isAt(connection, absoluteLevel)) {
                // A supplier, so that the label is made only when the line is logged.
                LOG.log(
                        Level.DEBUG,
                        () -> connections.label() + " is up to date at " + targets.describe(absoluteLevel));
                return List.of();
            }
            requireValidChain();
            return lockAndRun(connection, locked -> {
                // Applied state is read only now that the lock is held: what was read before may be stale.
                AppliedState state = readState(locked, true, AppliedStateValidator.Mode.WRITE);
                return upgrader(locked).run(state, absoluteLevel, target, () -> applier(locked));
            });
        });
    }

    /**
     * The O(1) startup check: the newest row's chain checksum proves the whole applied prefix. It
     * reads only the target revision of the chain, so the chain itself is not validated for it: a
     * database that is at the target has nothing to fear from a chain that is out of order. What one
     * row can prove it must: the target's id, position and chain checksum, and not dirty. Rows
     * edited below it are found by every call that walks the history.
     */
    private boolean isAt(Connection connection, int level) throws SQLException {
        Optional<RevisionTable.Newest> newest = newestRow(connection);
        if (level == 0) {
            return newest.isEmpty();
        }
        Migration target = revisions.get(level - 1);
        return newest.isPresent()
                && !newest.get().dirty()
                && newest.get().position() == level
                && newest.get().id().equals(target.id())
                && newest.get().chainChecksum().equals(target.chainChecksum());
    }

    private Optional<RevisionTable.Newest> newestRow(Connection connection) throws SQLException {
        return RevisionTable.newestWithin(connection, lockTimeout, connections::label);
    }

    private MigrationPlan planTo(Integer absoluteLevel, String target) {
        requireValidChain();
        return withConnection(connection -> upgrader(connection)
                .plan(readState(connection, true, AppliedStateValidator.Mode.WRITE), absoluteLevel, target));
    }

    private Upgrader upgrader(Connection connection) {
        return new Upgrader(session(connection));
    }

    /** A revision applier on {@code connection}, whose lock waits are watched from a second connection. */
    private RevisionApplier applier(Connection connection) throws SQLException {
        BlockingSessions blocking =
                new BlockingSessions(connections::open, BlockingSessions.backendPid(connection), ddlLocks.timeout());
        StepRunner runner = new StepRunner(connection, connections.label(), ddlLocks, blocking);
        return new RevisionApplier(connection, connections.label(), lockTimeout, runner);
    }

    private HistoryRepair historyRepair(Connection connection) {
        return new HistoryRepair(session(connection));
    }

    private ChainSession session(Connection connection) {
        return new ChainSession(connection, connections.label(), lockTimeout, revisions, targets);
    }

    /**
     * Reads and validates every row.
     *
     * @param historyRequired whether to refuse a missing history table while the chain's tables
     *     exist, rather than take the database for empty
     */
    private AppliedState readState(Connection connection, boolean historyRequired, AppliedStateValidator.Mode mode)
            throws SQLException {
        return AppliedStateValidator.validate(
                readRows(connection, historyRequired), revisions, allowUnknownRevisions, connections.label(), mode);
    }

    private List<AppliedRevision> readRows(Connection connection, boolean historyRequired) throws SQLException {
        List<AppliedRevision> rows = RevisionTable.bounded(
                connection, lockTimeout, connections.label(), () -> RevisionTable.all(connection));
        if (historyRequired && rows.isEmpty() && !RevisionTable.exists(connection)) {
            List<String> tables = RevisionTable.existingTables(connection, headSchema());
            if (!tables.isEmpty()) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_HISTORY,
                        "The history table " + RevisionTable.NAME + " is missing from " + connections.label()
                                + ", but tables of chain " + chain.name() + " exist there (" + String.join(", ", tables)
                                + "): its revisions were applied and the history table was dropped. Applying the chain"
                                + " from its first revision would fail half-way, so nothing was run. Record the revision"
                                + " the schema is at with stamp(\"<revision id>\") (it recreates the history table),"
                                + " then upgrade.");
            }
        }
        return rows;
    }

    private <T> T withLock(SqlWork<T> work) {
        return withConnection(connection -> lockAndRun(connection, work));
    }

    /**
     * Lock, work, unlock. The unlock runs in {@code finally}; if it fails after the work failed, its
     * error is attached to the work's error rather than replacing it.
     */
    private <T> T lockAndRun(Connection connection, SqlWork<T> work) throws SQLException {
        // Let the server notice a vanished client during long statements (PostgreSQL 14+), so a killed
        // migrator's transaction and lock are released promptly instead of after the statement ends.
        setConnectionCheckInterval(connection, "'1000'");
        AdvisoryLock lock = AdvisoryLock.acquire(connection, RevisionTable.NAME, lockTimeout, connections.label());
        Throwable failure = null;
        try {
            return work.run(connection);
        } catch (SQLException | RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            try {
                lock.release();
                setConnectionCheckInterval(
                        connection,
                        "(SELECT reset_val FROM pg_settings WHERE name = 'client_connection_check_interval')");
            } catch (SQLException | RuntimeException unlockFailure) {
                if (failure != null) {
                    failure.addSuppressed(unlockFailure);
                } else {
                    // Closing the connection releases a session lock anyway.
                    LOG.log(
                            Level.WARNING,
                            "Could not release the migration lock explicitly: {0}",
                            connections.scrub(unlockFailure.getMessage()));
                }
            }
        }
    }

    /** Sets (or, given its reset value, restores) the setting on servers that have it. */
    private static void setConnectionCheckInterval(Connection connection, String valueExpression) throws SQLException {
        try (PreparedStatement statement =
                connection.prepareStatement("SELECT set_config('client_connection_check_interval', " + valueExpression
                        + ", false)" + " WHERE current_setting('server_version_num')::int >= 140000")) {
            statement.executeQuery().close();
        }
    }

    private <T> T withConnection(SqlWork<T> work) {
        try (Connection connection = connections.open()) {
            connection.setAutoCommit(true);
            return work.run(connection);
        } catch (SQLException e) {
            throw connections.scrubbed(new MigrationException(
                    MigrationException.Reason.DATABASE_ERROR,
                    "Database error on " + connections.label() + " (SQLSTATE " + e.getSQLState() + "): "
                            + e.getMessage(),
                    e));
        } catch (MigrationException e) {
            throw connections.scrubbed(e);
        }
    }

    /**
     * Refuses a chain whose revisions are not one line from the root, before anything walks it or
     * writes. Generated chains always are; the check is for chains built by hand. It runs once per
     * migrator and never on the up-to-date path, which would otherwise pay O(N) at every start.
     */
    private void requireValidChain() {
        if (!chainValidated) {
            ChainOrder.requireOneLine(chain.name(), chain.head(), revisions);
            chainValidated = true;
        }
    }

    /** A piece of database work that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }
}
