package dev.migrata.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Gives each test class its own fresh PostgreSQL database with the {@code vector} extension,
 * created before the class's first test and dropped after its last.
 *
 * <pre>{@code
 * class UpgradeTest {
 *     @RegisterExtension
 *     static final TestDatabase db = new TestDatabase();
 *
 *     @Test
 *     void upgrades() throws Exception {
 *         Migrator.builder().dataSource(db.dataSource())...
 *         assertThat(db.schemaDump()).contains("CREATE TABLE public.users");
 *     }
 * }
 * }</pre>
 *
 * <p>The server: the admin URL in {@code MIGRATA_TEST_DATABASE_URL} (JDBC form {@code
 * jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres} or libpq form {@code
 * postgresql://user:password@host:5432/postgres}; the user must be allowed to create databases
 * and the extension); when it is unset and Docker is available, one {@code pgvector/pgvector:pg17}
 * container shared by the whole JVM; otherwise the class fails with a message that says how to
 * provide a server. {@code scripts/setup-postgres.sh} prepares a local one.
 *
 * <p>Register the extension on a {@code static} field: JUnit calls the class-level callbacks only
 * then. {@link #psql} and {@link #schemaDump} need the PostgreSQL client programs on the PATH.
 */
public final class TestDatabase implements BeforeAllCallback, AfterAllCallback {

    /** PostgreSQL truncates longer identifiers; a database name must fit. */
    static final int MAX_NAME_BYTES = 63;

    private static final String NAME_PREFIX = "migrata_t_";
    private static final int RANDOM_SUFFIX_LENGTH = 8;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** The same server for every test class of the JVM (a container starts only once). */
    private static volatile PostgresServer defaultServer;

    private final Supplier<PostgresServer> serverSupplier;
    private final Set<String> scratchDatabases = ConcurrentHashMap.newKeySet();
    private PostgresServer server;
    private String namePrefix;
    private String database;
    /** Nested test classes inherit the extension; they share the outer class's database. */
    private int depth;

    /** A database on the server found from the environment (see the class documentation). */
    public TestDatabase() {
        this(TestDatabase::defaultServer);
    }

    TestDatabase(Supplier<PostgresServer> serverSupplier) {
        this.serverSupplier = serverSupplier;
    }

    private static synchronized PostgresServer defaultServer() {
        if (defaultServer == null) {
            defaultServer = PostgresServer.locate(System.getenv());
        }
        return defaultServer;
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        open(context.getRequiredTestClass());
    }

    @Override
    public void afterAll(ExtensionContext context) {
        close();
    }

    /** Creates the database for {@code testClass}; a no-op for a nested class of it. */
    synchronized void open(Class<?> testClass) {
        if (depth++ > 0) {
            return;
        }
        try {
            server = serverSupplier.get();
            namePrefix = NAME_PREFIX + sanitize(testClass.getSimpleName());
            database = createDatabase();
        } catch (RuntimeException e) {
            depth = 0;
            server = null;
            throw e;
        }
    }

    /** Drops the class's database and any left-over scratch databases. */
    synchronized void close() {
        if (depth == 0 || --depth > 0) {
            return;
        }
        try {
            for (String scratch : List.copyOf(scratchDatabases)) {
                dropDatabase(scratch);
            }
            dropDatabase(database);
        } finally {
            database = null;
        }
    }

    /** The name of this class's database, e.g. {@code migrata_t_upgradetest_1a2b3c4d}. */
    public String databaseName() {
        return requireOpen();
    }

    /** A JDBC URL of the database, with user and password as query parameters. */
    public String jdbcUrl() {
        String name = requireOpen();
        return server.admin().jdbcUrl(name);
    }

    /** A libpq URL of the database ({@code postgresql://user:password@host:port/name}) for psql. */
    public String libpqUrl() {
        String name = requireOpen();
        return server.admin().libpqUrl(name);
    }

    /** A data source for the database; every {@code getConnection()} opens a new connection. */
    public DataSource dataSource() {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setUrl(jdbcUrl());
        return dataSource;
    }

    /** A new connection to the database, in auto-commit mode; the caller closes it. */
    public Connection connection() throws SQLException {
        return DriverManager.getConnection(jdbcUrl());
    }

    /** Runs SQL (several statements separated by {@code ;} are fine) in auto-commit mode. */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Runs a query; each row maps column labels to values, in select-list order. */
    public List<Map<String, Object>> queryForList(String sql) throws SQLException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery(sql)) {
            ResultSetMetaData meta = resultSet.getMetaData();
            List<Map<String, Object>> rows = new ArrayList<>();
            while (resultSet.next()) {
                Map<String, Object> row = new LinkedHashMap<>();
                for (int column = 1; column <= meta.getColumnCount(); column++) {
                    row.put(meta.getColumnLabel(column), resultSet.getObject(column));
                }
                rows.add(row);
            }
            return rows;
        }
    }

    /** The first column of the first row as text, or null when there is no row or it is NULL. */
    public String queryForString(String sql) throws SQLException {
        try (Connection connection = connection();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery(sql)) {
            return resultSet.next() ? resultSet.getString(1) : null;
        }
    }

    /**
     * Runs a script with the {@code psql} program ({@code psql -X -q -v ON_ERROR_STOP=1 -f -}),
     * as a user or DBA would; meta-commands such as {@code \d} work.
     *
     * @return the exit code (non-zero from the first failing statement on) and the output
     */
    public CommandResult psql(String script) {
        return ClientProgram.run(
                List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpqUrl(), "-f", "-"), script);
    }

    /**
     * The schema of the database as {@code pg_dump --schema-only --no-owner --no-privileges}
     * writes it, without comments, session settings and other lines that differ between two
     * dumps of the same schema: equal schemas give equal strings.
     *
     * @throws AssertionError when pg_dump fails
     */
    public String schemaDump() {
        return schemaDump(requireOpen());
    }

    /**
     * The schema of another database on the same server (one from {@link #createDatabase()}), as
     * {@link #schemaDump()} gives it, without the tables named in {@code excludedTables} (patterns
     * as {@code pg_dump --exclude-table} reads them) and their indexes and constraints.
     *
     * @throws AssertionError when pg_dump fails
     */
    public String schemaDump(String databaseName, String... excludedTables) {
        if (server == null) {
            throw notOpen();
        }
        List<String> options = new ArrayList<>(List.of("--schema-only", "--no-owner", "--no-privileges"));
        for (String table : excludedTables) {
            options.add("--exclude-table=" + table);
        }
        CommandResult result = server.pgDump(databaseName, options);
        if (!result.succeeded()) {
            throw new AssertionError("pg_dump of " + databaseName + " failed: " + result.stderr());
        }
        return SchemaDumpFilter.filter(result.stdout());
    }

    /**
     * Creates one more empty database with the {@code vector} extension on the same server, for
     * tests that need two; it is dropped with the class's database unless {@link #dropDatabase}
     * drops it first.
     *
     * @return its name; {@link #jdbcUrl(String)} gives its URL
     */
    public String createDatabase() {
        if (server == null) {
            throw notOpen();
        }
        String name = namePrefix + "_" + randomSuffix();
        runAsAdmin("CREATE DATABASE " + quote(name));
        if (database != null) {
            scratchDatabases.add(name);
        }
        try (Connection connection = DriverManager.getConnection(server.admin().jdbcUrl(name));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE EXTENSION IF NOT EXISTS vector");
        } catch (SQLException e) {
            dropDatabase(name);
            throw new IllegalStateException(
                    "CREATE EXTENSION vector failed in " + name + " on "
                            + server.origin() + ": " + e.getMessage() + ". Is pgvector installed"
                            + " (scripts/setup-postgres.sh) and may "
                            + server.admin().user()
                            + " create extensions (a superuser can)?",
                    e);
        }
        return name;
    }

    /** The JDBC URL of another database on the same server, e.g. one from {@link #createDatabase()}. */
    public String jdbcUrl(String databaseName) {
        if (server == null) {
            throw notOpen();
        }
        return server.admin().jdbcUrl(databaseName);
    }

    /** Drops a database, closing its open connections first; a no-op if it does not exist. */
    public void dropDatabase(String name) {
        if (server == null) {
            throw notOpen();
        }
        runAsAdmin("DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)");
        scratchDatabases.remove(name);
    }

    private void runAsAdmin(String sql) {
        ServerAddress admin = server.admin();
        try (Connection connection = DriverManager.getConnection(admin.jdbcUrl(admin.database()))) {
            try (Statement statement = connection.createStatement()) {
                statement.execute(sql);
            } catch (SQLException e) {
                throw new IllegalStateException(sql + " failed on " + server.origin() + ": " + e.getMessage(), e);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "Cannot connect to PostgreSQL at " + server.origin() + ": "
                            + e.getMessage() + ". Start the local server with scripts/setup-postgres.sh or"
                            + " set " + PostgresServer.URL_VARIABLE + " to a reachable server.",
                    e);
        }
    }

    private String requireOpen() {
        if (database == null) {
            throw notOpen();
        }
        return database;
    }

    private static IllegalStateException notOpen() {
        return new IllegalStateException("No test database: register TestDatabase on a static field"
                + " (@RegisterExtension static final TestDatabase db = new TestDatabase()) and use it"
                + " from tests, not from field initialisers");
    }

    /**
     * Lower-case letters, digits and single underscores, short enough that prefix, name and
     * random suffix stay within {@value #MAX_NAME_BYTES} bytes; the result never needs quoting.
     */
    static String sanitize(String simpleName) {
        String name = simpleName
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9]+", "_")
                .replaceAll("^_|_$", "");
        int room = MAX_NAME_BYTES - NAME_PREFIX.length() - 1 - RANDOM_SUFFIX_LENGTH;
        name = name.substring(0, Math.min(name.length(), room)).replaceAll("_$", "");
        return name.isEmpty() ? "anonymous" : name;
    }

    private static String randomSuffix() {
        StringBuilder suffix = new StringBuilder(RANDOM_SUFFIX_LENGTH);
        for (int i = 0; i < RANDOM_SUFFIX_LENGTH; i++) {
            suffix.append(Character.forDigit(RANDOM.nextInt(16), 16));
        }
        return suffix.toString();
    }

    private static String quote(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }
}
