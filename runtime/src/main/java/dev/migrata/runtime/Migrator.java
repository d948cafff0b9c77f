package dev.migrata.runtime;

import java.lang.System.Logger.Level;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import javax.sql.DataSource;

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

    private Migrator(Builder builder) {
        this.connections = builder.connectionSource();
        this.chain = builder.resolveChain();
        this.revisions = List.copyOf(chain.migrations());
        this.checkExclude = List.copyOf(builder.checkExclude);
        if (revisions.isEmpty()) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_CHAIN, "Chain " + chain.name() + " has no revisions");
        }
        this.lockTimeout = builder.lockTimeout;
        this.ddlLocks = new DdlLockPolicy(builder.ddlLockTimeout, builder.ddlLockRetries);
        this.allowUnknownRevisions = builder.allowUnknownRevisions;
        this.allowDataMigrationsInSql = builder.allowDataMigrationsInSql;
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
    public static Builder builder() {
        return new Builder();
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
        return withConnection(connection -> newestRow(connection).map(AppliedRevision::id));
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
     * Builder#checkExclude} are left out unless the head schema declares them. A database that is
     * not at the head gets a note first: behind it, the differences are what the pending revisions
     * will change.
     */
    public DriftReport check() {
        // Generated chains parse the definition from its text form on every call.
        SchemaDefinition expected = chain.headSchema();
        return withConnection(connection -> {
            String found = CatalogReader.currentSchema(connection);
            String defaultSchema = found == null ? "public" : found;
            Set<String> schemas = new TreeSet<>();
            Set<String> declared = new HashSet<>();
            schemas.add(defaultSchema);
            expected.tables().forEach(table -> {
                String schema = table.schema().isEmpty() ? defaultSchema : table.schema();
                schemas.add(schema);
                declared.add(schema + "." + table.name());
            });
            CheckExclusions exclusions = CheckExclusions.of(checkExclude, declared);
            CatalogReader.Catalog live = CatalogReader.read(connection, schemas, exclusions::excludes);
            List<String> notes = new ArrayList<>();
            HeadDistance.note(chain.name(), readRows(connection, false), revisions)
                    .ifPresent(notes::add);
            CheckExpressions.Normalized checks =
                    CheckExpressions.normalize(connection, pairs(expected, live, defaultSchema));
            Map<String, SchemaDefinition.Table> liveTables = new HashMap<>();
            live.definition().tables().forEach(table -> liveTables.put(table.schema() + "." + table.name(), table));
            DeclaredObjectTexts.Printed objects =
                    DeclaredObjectTexts.print(connection, expected, liveTables, defaultSchema);
            return SchemaComparator.compare(expected, live, defaultSchema, checks, objects, notes);
        });
    }

    /** Each declared table with the live table of the same name, where there is one. */
    private static List<CheckExpressions.TablePair> pairs(
            SchemaDefinition expected, CatalogReader.Catalog live, String defaultSchema) {
        Map<String, SchemaDefinition.Table> byName = new HashMap<>();
        live.definition().tables().forEach(table -> byName.put(table.schema() + "." + table.name(), table));
        List<CheckExpressions.TablePair> pairs = new ArrayList<>();
        for (SchemaDefinition.Table table : expected.tables()) {
            SchemaDefinition.Table have =
                    byName.get((table.schema().isEmpty() ? defaultSchema : table.schema()) + "." + table.name());
            if (have != null) {
                pairs.add(new CheckExpressions.TablePair(table, have));
            }
        }
        return pairs;
    }

    private List<String> upgradeTo(Integer absoluteLevel, String target) {
        return withConnection(connection -> {
            if (absoluteLevel != null && isAt(connection, absoluteLevel)) {
                LOG.log(Level.DEBUG, "{0} is up to date at {1}", connections.label(), targets.describe(absoluteLevel));
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
        Optional<AppliedRevision> newest = newestRow(connection);
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

    private Optional<AppliedRevision> newestRow(Connection connection) throws SQLException {
        return RevisionTable.newestWithin(connection, lockTimeout, connections.label());
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
            List<String> tables = RevisionTable.existingTables(connection, chain.headSchema());
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
            validateChain(chain.name(), chain.head(), revisions);
            chainValidated = true;
        }
    }

    private static void validateChain(String name, Migration head, List<Migration> revisions) {
        if (!head.id().equals(revisions.get(revisions.size() - 1).id())) {
            throw new MigrationException(
                    MigrationException.Reason.INVALID_CHAIN,
                    "Chain " + name + " names " + head.id() + " as its head, but its last revision is "
                            + revisions.get(revisions.size() - 1).id());
        }
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < revisions.size(); i++) {
            Migration revision = revisions.get(i);
            if (!ids.add(revision.id())) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_CHAIN,
                        "Chain " + name + " lists revision " + revision.id() + " twice");
            }
            Optional<String> expectedParent =
                    i == 0 ? Optional.empty() : Optional.of(revisions.get(i - 1).id());
            if (!expectedParent.equals(revision.parentId())) {
                throw new MigrationException(
                        MigrationException.Reason.INVALID_CHAIN,
                        "Chain " + name + " is out of order: revision " + revision.id() + " names parent "
                                + revision.parentId().orElse("none") + " but follows "
                                + expectedParent.orElse("nothing"));
            }
        }
    }

    /** A piece of database work that may throw {@link SQLException}. */
    @FunctionalInterface
    private interface SqlWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Configures a {@link Migrator}. Either {@link #dataSource} or {@link #url} is required; the
     * chain is found through {@link ServiceLoader} when not given.
     */
    public static final class Builder {

        private DataSource dataSource;
        private String url;
        private String user;
        private String password;
        private MigrationChain chain;
        private String chainName;
        private Duration lockTimeout = Duration.ofMinutes(10);
        private Duration ddlLockTimeout = DdlLockPolicy.DEFAULT_TIMEOUT;
        private int ddlLockRetries = DdlLockPolicy.DEFAULT_RETRIES;
        private boolean allowUnknownRevisions;
        private boolean allowDataMigrationsInSql;
        private final List<String> checkExclude = new ArrayList<>();

        private Builder() {}

        /** Connect through the application's {@code DataSource} (a pool is fine: one connection per call). */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /**
         * No database: a migrator that only writes offline scripts with {@link Migrator#sql}, which
         * needs the chain alone. Any call that reads the database fails with a message saying so.
         */
        public Builder offline() {
            this.dataSource = new NoDatabase();
            return this;
        }

        /**
         * Connect with a URL: {@code jdbc:postgresql://…}, or {@code postgresql://}, {@code postgres://}
         * or {@code postgresql+asyncpg://} as in {@code DATABASE_URL}, with or without
         * {@code user:password@}. The JDBC driver must be on the class path.
         */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The role to connect as with {@link #url}; wins over a user in the URL. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** The password for {@link #url}; wins over one in the URL. Never logged. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** The chain to apply; when not set, the single chain registered through {@link ServiceLoader}. */
        public Builder chain(MigrationChain chain) {
            this.chain = Objects.requireNonNull(chain, "chain");
            return this;
        }

        /** Picks the registered chain of this name when several are on the class path. */
        public Builder chainName(String chainName) {
            this.chainName = Objects.requireNonNull(chainName, "chainName");
            return this;
        }

        /**
         * How long to wait for another migrator's lock, and for any lock another session holds on the
         * history table, before failing (default 10 minutes; at most {@link #MAX_LOCK_TIMEOUT}).
         *
         * @throws IllegalArgumentException when negative or longer than {@link #MAX_LOCK_TIMEOUT}
         */
        public Builder lockTimeout(Duration lockTimeout) {
            Objects.requireNonNull(lockTimeout, "lockTimeout");
            if (lockTimeout.isNegative()) {
                throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
            }
            if (lockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
                throw new IllegalArgumentException("lockTimeout must be at most " + MAX_LOCK_TIMEOUT.toMillis()
                        + " ms (about 24 days, PostgreSQL's largest lock_timeout): " + lockTimeout);
            }
            this.lockTimeout = lockTimeout;
            return this;
        }

        /**
         * How long each of a revision's statements waits for a lock before its transaction group is
         * rolled back and tried again (default 5 seconds; PostgreSQL's {@code lock_timeout}, {@code
         * SET LOCAL} in each group, the session's setting around a step outside any transaction). An
         * {@code ALTER TABLE} queued behind a long reader makes every later query on that table queue
         * behind it; this bounds that queue. A concurrent index build or drop (a step that states its
         * index) keeps the session's own setting instead: its lock makes no read or write wait, and its
         * last phase waits for every transaction holding an older snapshot, which this would fail.
         *
         * @throws IllegalArgumentException when not positive or longer than {@link #MAX_LOCK_TIMEOUT}
         */
        public Builder ddlLockTimeout(Duration ddlLockTimeout) {
            Objects.requireNonNull(ddlLockTimeout, "ddlLockTimeout");
            if (ddlLockTimeout.isNegative() || ddlLockTimeout.isZero()) {
                throw new IllegalArgumentException("ddlLockTimeout must be positive: " + ddlLockTimeout);
            }
            if (ddlLockTimeout.compareTo(MAX_LOCK_TIMEOUT) > 0) {
                throw new IllegalArgumentException("ddlLockTimeout must be at most " + MAX_LOCK_TIMEOUT.toMillis()
                        + " ms (about 24 days, PostgreSQL's largest lock_timeout): " + ddlLockTimeout);
            }
            this.ddlLockTimeout = ddlLockTimeout;
            return this;
        }

        /**
         * How many times a transaction group (or a step outside any transaction that is re-runnable
         * or provably did nothing before its wait) whose lock wait ran out is tried again, after
         * pauses of 1 s, 2 s, 4 s … (at most a minute each); default 5. With the defaults a group
         * gives up after at most 6 × 5 s of waiting plus 31 s of pauses, and fails with {@link
         * MigrationException.Reason#LOCK_NOT_AVAILABLE}.
         *
         * @throws IllegalArgumentException when negative
         */
        public Builder ddlLockRetries(int ddlLockRetries) {
            if (ddlLockRetries < 0) {
                throw new IllegalArgumentException("ddlLockRetries must not be negative: " + ddlLockRetries);
            }
            this.ddlLockRetries = ddlLockRetries;
            return this;
        }

        /**
         * When true, a database that newer code has migrated past this chain's head is accepted
         * (upgrade logs a warning and does nothing) instead of refused: for rolling deployments,
         * where old and new code run side by side. Default false.
         */
        public Builder allowUnknownRevisions(boolean allow) {
            this.allowUnknownRevisions = allow;
            return this;
        }

        /**
         * When true, {@link Migrator#sql} writes a comment where a revision's Java data migration
         * would run instead of refusing. Default false.
         */
        public Builder allowDataMigrationsInSql(boolean allow) {
            this.allowDataMigrationsInSql = allow;
            return this;
        }

        /**
         * Tables {@link Migrator#check()} leaves out unless the head schema declares them, added to
         * the history tables of Alembic, Flyway and Liquibase, which it always leaves out: a table
         * name, or {@code schema.table} when the pattern has a dot, where {@code *} matches any run of
         * characters ({@code tmp_*}, {@code audit.*}). Calls add up.
         *
         * @throws IllegalArgumentException for an empty pattern
         */
        public Builder checkExclude(String... patterns) {
            for (String pattern : patterns) {
                checkExclude.add(CheckExclusions.requireValid(pattern));
            }
            return this;
        }

        /** Builds the migrator; does not connect. */
        public Migrator build() {
            if ((dataSource == null) == (url == null)) {
                throw new IllegalStateException("Set exactly one of dataSource(...) and url(...)");
            }
            return new Migrator(this);
        }

        private ConnectionSource connectionSource() {
            return dataSource != null
                    ? ConnectionSource.of(dataSource)
                    : ConnectionSource.of(DatabaseUrl.parse(url, user, password));
        }

        private MigrationChain resolveChain() {
            if (chain != null) {
                return chain;
            }
            List<MigrationChain> found = new ArrayList<>();
            for (MigrationChain candidate : ServiceLoader.load(MigrationChain.class)) {
                if (chainName == null || chainName.equals(candidate.name())) {
                    found.add(candidate);
                }
            }
            if (found.size() == 1) {
                return found.get(0);
            }
            String names = found.stream().map(MigrationChain::name).collect(Collectors.joining(", "));
            throw new IllegalStateException(
                    found.isEmpty()
                            ? "No MigrationChain" + (chainName == null ? "" : " named " + chainName)
                                    + " is registered in META-INF/services/dev.migrata.runtime.MigrationChain; pass chain(...)"
                            : "Several MigrationChains are registered (" + names + "); choose one with chainName(...)");
        }
    }
}
