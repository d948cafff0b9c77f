package dev.migrata.runtime;

import dev.migrata.runtime.internal.RegisteredChains;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import javax.sql.DataSource;

/**
 * Configures a {@link Migrator}, from {@link Migrator#builder()}. Either {@link #dataSource} or
 * {@link #url} is required; the chain is found through {@link ServiceLoader} when not given.
 */
public final class MigratorBuilder {

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

    MigratorBuilder() {}

    /** Connect through the application's {@code DataSource} (a pool is fine: one connection per call). */
    public MigratorBuilder dataSource(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        return this;
    }

    /**
     * No database: a migrator that only writes offline scripts with {@link Migrator#sql}, which
     * needs the chain alone. Any call that reads the database fails with a message saying so.
     */
    public MigratorBuilder offline() {
        this.dataSource = new NoDatabase();
        return this;
    }

    /**
     * Connect with a URL: {@code jdbc:postgresql://…}, or {@code postgresql://}, {@code postgres://}
     * or {@code postgresql+asyncpg://} as in {@code DATABASE_URL}, with or without
     * {@code user:password@}. The JDBC driver must be on the class path.
     */
    public MigratorBuilder url(String url) {
        this.url = Objects.requireNonNull(url, "url");
        return this;
    }

    /** The role to connect as with {@link #url}; wins over a user in the URL. */
    public MigratorBuilder user(String user) {
        this.user = user;
        return this;
    }

    /** The password for {@link #url}; wins over one in the URL. Never logged. */
    public MigratorBuilder password(String password) {
        this.password = password;
        return this;
    }

    /** The chain to apply; when not set, the single chain registered through {@link ServiceLoader}. */
    public MigratorBuilder chain(MigrationChain chain) {
        this.chain = Objects.requireNonNull(chain, "chain");
        return this;
    }

    /** Picks the registered chain of this name when several are on the class path. */
    public MigratorBuilder chainName(String chainName) {
        this.chainName = Objects.requireNonNull(chainName, "chainName");
        return this;
    }

    /**
     * How long to wait for another migrator's lock, and for any lock another session holds on the
     * history table, before failing (default 10 minutes; at most {@link Migrator#MAX_LOCK_TIMEOUT}).
     *
     * @throws IllegalArgumentException when negative or longer than {@link Migrator#MAX_LOCK_TIMEOUT}
     */
    public MigratorBuilder lockTimeout(Duration lockTimeout) {
        Objects.requireNonNull(lockTimeout, "lockTimeout");
        if (lockTimeout.isNegative()) {
            throw new IllegalArgumentException("lockTimeout must not be negative: " + lockTimeout);
        }
        if (lockTimeout.compareTo(Migrator.MAX_LOCK_TIMEOUT) > 0) {
            throw new IllegalArgumentException("lockTimeout must be at most " + Migrator.MAX_LOCK_TIMEOUT.toMillis()
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
     * @throws IllegalArgumentException when not positive or longer than {@link Migrator#MAX_LOCK_TIMEOUT}
     */
    public MigratorBuilder ddlLockTimeout(Duration ddlLockTimeout) {
        Objects.requireNonNull(ddlLockTimeout, "ddlLockTimeout");
        if (ddlLockTimeout.isNegative() || ddlLockTimeout.isZero()) {
            throw new IllegalArgumentException("ddlLockTimeout must be positive: " + ddlLockTimeout);
        }
        if (ddlLockTimeout.compareTo(Migrator.MAX_LOCK_TIMEOUT) > 0) {
            throw new IllegalArgumentException("ddlLockTimeout must be at most " + Migrator.MAX_LOCK_TIMEOUT.toMillis()
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
    public MigratorBuilder ddlLockRetries(int ddlLockRetries) {
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
    public MigratorBuilder allowUnknownRevisions(boolean allow) {
        this.allowUnknownRevisions = allow;
        return this;
    }

    /**
     * When true, {@link Migrator#sql} writes a comment where a revision's Java data migration
     * would run instead of refusing. Default false.
     */
    public MigratorBuilder allowDataMigrationsInSql(boolean allow) {
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
    public MigratorBuilder checkExclude(String... patterns) {
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
        return new Migrator(
                connectionSource(),
                resolveChain(),
                checkExclude,
                lockTimeout,
                new DdlLockPolicy(ddlLockTimeout, ddlLockRetries),
                allowUnknownRevisions,
                allowDataMigrationsInSql);
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
        List<MigrationChain> found = RegisteredChains.in(Thread.currentThread().getContextClassLoader(), chainName)
                .named();
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
