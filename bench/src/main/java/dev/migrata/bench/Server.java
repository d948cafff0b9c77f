package dev.migrata.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL server every scenario runs on. Each measured database is created here as
 * {@code migrata_bench_<label>_<n>} and dropped again, so the bench can share a server with others.
 *
 * @param host host name
 * @param port port
 * @param user role; must be allowed to create databases
 * @param password password, or {@code null}
 */
record Server(String host, int port, String user, String password) {

    private static final AtomicInteger COUNTER = new AtomicInteger();

    /** From {@code MIGRATA_BENCH_PG} ({@code host:port:user[:password]}), default the local server. */
    static Server fromEnvironment() {
        String spec = System.getenv().getOrDefault("MIGRATA_BENCH_PG", "127.0.0.1:5432:postgres");
        String[] parts = spec.split(":", 4);
        return new Server(parts[0], Integer.parseInt(parts[1]), parts[2], parts.length > 3 ? parts[3] : null);
    }

    String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    PGSimpleDataSource dataSource(String database) {
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setServerNames(new String[] {host});
        dataSource.setPortNumbers(new int[] {port});
        dataSource.setDatabaseName(database);
        dataSource.setUser(user);
        if (password != null) {
            dataSource.setPassword(password);
        }
        return dataSource;
    }

    String createDatabase(String label) throws SQLException {
        String name = "migrata_bench_" + label + "_" + ProcessHandle.current().pid() + "_" + COUNTER.incrementAndGet();
        execute("CREATE DATABASE " + name);
        return name;
    }

    void dropDatabase(String name) throws SQLException {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) throws SQLException {
        try (Connection connection = dataSource("postgres").getConnection();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
