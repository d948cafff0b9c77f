package dev.migrata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** A compiled chain of {@code app.AppSchema} applied to a database of its own, and plain SQL against it. */
final class ChainDatabases {

    private ChainDatabases() {}

    /** What a test does with the database and a migrator of the compiled chain. */
    interface DatabaseWork {
        void run(String url, Migrator migrator) throws Exception;
    }

    /** Runs the work on a new database with the compiled chain, then drops the database. */
    static void inDatabase(TestDatabase server, Compilation compilation, DatabaseWork work) throws Exception {
        MigrationChain chain = (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            work.run(url, Migrator.builder().url(url).chain(chain).build());
        } finally {
            server.dropDatabase(database);
        }
    }

    static void assertClean(DriftReport report) {
        assertTrue(report.isClean(), report.toString());
    }

    static void execute(String url, String sql) throws SQLException {
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The first column of every row. */
    static List<String> query(String url, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql)) {
            while (result.next()) {
                rows.add(result.getString(1));
            }
        }
        return rows;
    }
}
