package dev.migrata.runtime;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** One fresh database (with pgvector) on the test server, for a single test. */
final class ScratchDatabase implements AutoCloseable {

    private final TestDatabase server;
    private final String name;

    private ScratchDatabase(TestDatabase server, String name) {
        this.server = server;
        this.name = name;
    }

    static ScratchDatabase create(TestDatabase server) {
        return new ScratchDatabase(server, server.createDatabase());
    }

    String name() {
        return name;
    }

    String url() {
        return server.jdbcUrl(name);
    }

    /** The database as the migrator's messages name it, e.g. {@code jdbc:postgresql://h:5432/db (user u)}. */
    String label() {
        return DatabaseUrl.parse(url()).masked();
    }

    MigratorBuilder migrator(MigrationChain chain) {
        return Migrator.builder().url(url()).chain(chain).lockTimeout(Duration.ofSeconds(30));
    }

    Migrator migrator() {
        return migrator(SampleChain.standard()).build();
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url());
    }

    void execute(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Rows joined by newlines, columns by {@code |}. */
    String query(String sql) throws SQLException {
        try (Connection connection = connect();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(sql)) {
            List<String> lines = new ArrayList<>();
            int columns = rows.getMetaData().getColumnCount();
            while (rows.next()) {
                StringBuilder line = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    line.append(i > 1 ? "|" : "").append(rows.getString(i));
                }
                lines.add(line.toString());
            }
            return String.join("\n", lines);
        }
    }

    /** The history table without timestamps, or {@code <none>} when it does not exist. */
    String history() throws SQLException {
        if (query("SELECT to_regclass('migrata_revisions') IS NULL").equals("t")) {
            return "<none>";
        }
        return query(
                "SELECT position, id, parent, checksum, chain_checksum, pending_step, pending_direction FROM migrata_revisions ORDER BY position");
    }

    /** The applied revision ids, oldest first. */
    List<String> appliedIds() throws SQLException {
        if (query("SELECT to_regclass('migrata_revisions') IS NULL").equals("t")) {
            return List.of();
        }
        String ids = query("SELECT id FROM migrata_revisions ORDER BY position");
        return ids.isEmpty() ? List.of() : List.of(ids.split("\n"));
    }

    /** Schema dump plus history: equal strings mean nothing the migrator owns changed. */
    String state() throws SQLException {
        return schemaDump() + "\n--history--\n" + history();
    }

    /** The schema as {@link TestDatabase#schemaDump(String)} writes it: equal schemas give equal strings. */
    String schemaDump() {
        return server.schemaDump(name);
    }

    /** Applies a script with psql, as a DBA would; fails the test when psql fails. */
    String psql(String script) {
        return server.psql(name, script).orFail().stdout();
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }
}
