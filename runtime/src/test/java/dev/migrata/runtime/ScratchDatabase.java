package dev.migrata.runtime;

import dev.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** One fresh database (with pgvector) on the test server, for a single test. */
final class ScratchDatabase implements AutoCloseable {

    private static final Pattern VOLATILE_DUMP_LINE =
            Pattern.compile("--.*|SET .*|SELECT pg_catalog\\.set_config\\('search_path'.*|\\\\(un)?restrict .*");

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

    /** The same database as a libpq URL for psql and pg_dump. */
    String libpqUrl() {
        return url().substring("jdbc:".length());
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

    String schemaDump() {
        Result result =
                run(List.of("pg_dump", "--schema-only", "--no-owner", "--no-privileges", "-d", libpqUrl()), null);
        if (result.exitCode != 0) {
            throw new AssertionError("pg_dump failed: " + result.stderr);
        }
        StringBuilder kept = new StringBuilder();
        for (String line : result.stdout.split("\\R")) {
            if (!line.isBlank() && !VOLATILE_DUMP_LINE.matcher(line.strip()).matches()) {
                kept.append(line.stripTrailing()).append('\n');
            }
        }
        return kept.toString();
    }

    /** Applies a script with psql, as a DBA would; fails the test when psql fails. */
    String psql(String script) {
        Result result = run(List.of("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-d", libpqUrl(), "-f", "-"), script);
        if (result.exitCode != 0) {
            throw new AssertionError("psql failed (" + result.exitCode + "): " + result.stderr);
        }
        return result.stdout;
    }

    @Override
    public void close() {
        server.dropDatabase(name);
    }

    private record Result(int exitCode, String stdout, String stderr) {}

    private static Result run(List<String> command, String stdin) {
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            builder.environment().keySet().removeIf(variable -> variable.startsWith("PG"));
            Process process = builder.start();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            try (OutputStream in = process.getOutputStream()) {
                if (stdin != null) {
                    in.write(stdin.getBytes(StandardCharsets.UTF_8));
                }
            }
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new AssertionError(command.get(0) + " timed out");
            }
            return new Result(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " could not run", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "";
            }
        });
    }
}
