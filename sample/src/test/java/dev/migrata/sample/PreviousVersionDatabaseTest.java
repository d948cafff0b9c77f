package dev.migrata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.HistoryEntry;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The upgrade from the version that generated a Java class per revision: its chains no longer load
 * on this runtime, and recompiling is the whole upgrade. A database that version's sample migrated,
 * restored from its {@code pg_dump} ({@code src/test/resources/previous-version}), is up to date for
 * the sample chain this build compiled from the same frozen files: the checksums it recorded are the
 * compiled ones, nothing is applied, nothing is rewritten, and a database it left behind the head is
 * upgraded from where it stands.
 */
class PreviousVersionDatabaseTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final MigrationChain CHAIN = SampleSchemaMigrations.chain();

    @Test
    void aDatabaseThePreviousVersionMigratedToTheHeadIsUpToDate() throws Exception {
        String database = restore("at-head.sql");
        List<List<String>> recorded = history(database);
        assertEquals(CHAIN.migrations().size(), recorded.size(), "the previous version applied the whole chain");

        // The runtime's own verdicts first: a chain checksum that differs refuses the upgrade, a
        // revision checksum that differs is MODIFIED in the history.
        Migrator migrator = migrator(database);
        assertEquals(Optional.of(SampleSchemaMigrations.HEAD.id()), migrator.current());
        assertEquals(List.of(), migrator.upgrade("head"), "up to date: nothing to apply");
        DriftReport report = migrator.check();
        assertTrue(report.isClean(), report.toString());
        assertTrue(
                migrator.history().stream().allMatch(entry -> entry.state() == HistoryEntry.State.APPLIED),
                migrator.history().toString());
        assertRecordedAsCompiled(recorded);

        assertEquals(recorded, history(database), "the history rows the previous version wrote are kept as they are");
        assertEquals("Ada Lovelace", fullName(database, "ada.lovelace@example.org"));
        db.dropDatabase(database);
    }

    @Test
    void aDatabaseThePreviousVersionLeftBehindTheHeadIsUpgradedFromThere() throws Exception {
        String database = restore("at-003_simulations.sql");
        List<List<String>> recorded = history(database);
        assertEquals(3, recorded.size(), "the previous version applied 001 to 003");
        assertRecordedAsCompiled(recorded);

        Migrator migrator = migrator(database);
        assertEquals(
                List.of("004_full_names", "005_workflows", "006_embedding_index"),
                migrator.upgrade("head"),
                "the pending revisions, the Java backfill among them, are applied by this build");
        List<List<String>> upgraded = history(database);
        assertEquals(recorded, upgraded.subList(0, recorded.size()), "the previous version's rows are kept");
        assertRecordedAsCompiled(upgraded);
        assertEquals("Ada Lovelace", fullName(database, "ada.lovelace@example.org"), "backfilled in Java");
        assertEquals("Grace Hopper", fullName(database, "grace@example.org"), "a given name is kept");
        DriftReport report = migrator.check();
        assertTrue(report.isClean(), report.toString());

        // The same schema as the previous version's own upgrade to the head wrote.
        String previousHead = restore("at-head.sql");
        assertEquals(db.schemaDump(previousHead), db.schemaDump(database));
        db.dropDatabase(previousHead);
        db.dropDatabase(database);
    }

    /**
     * Each recorded row names the compiled revision at its position, with its checksum and chain
     * checksum: the frozen files, read by this build, give the checksums the previous one recorded.
     */
    private static void assertRecordedAsCompiled(List<List<String>> rows) {
        for (List<String> row : rows) {
            Migration compiled = CHAIN.migrations().get(Integer.parseInt(row.get(0)) - 1);
            assertEquals(
                    List.of(compiled.id(), compiled.checksum(), compiled.chainChecksum()),
                    row.subList(1, 4),
                    "recorded vs. compiled revision at position " + row.get(0));
        }
    }

    /** A new database holding the dump of {@code previous-version/<file>}. */
    private static String restore(String file) throws IOException {
        String database = db.createDatabase();
        String path = "/previous-version/" + file;
        try (InputStream dump = PreviousVersionDatabaseTest.class.getResourceAsStream(path)) {
            if (dump == null) {
                throw new AssertionError("No test resource " + path);
            }
            db.psql(database, new String(dump.readAllBytes(), StandardCharsets.UTF_8))
                    .orFail();
        }
        return database;
    }

    private static Migrator migrator(String database) {
        return Migrator.builder().url(db.jdbcUrl(database)).chain(CHAIN).build();
    }

    /** Every column of every history row, as text: position, id, checksum, chain_checksum, then the rest. */
    private static List<List<String>> history(String database) throws SQLException {
        List<List<String>> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(database));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SELECT position, id, checksum, chain_checksum, *"
                        + " FROM migrata_revisions ORDER BY position")) {
            int columns = result.getMetaData().getColumnCount();
            while (result.next()) {
                List<String> row = new ArrayList<>();
                for (int column = 1; column <= columns; column++) {
                    row.add(result.getString(column));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String fullName(String database, String email) throws SQLException {
        try (Connection connection = DriverManager.getConnection(db.jdbcUrl(database));
                Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT full_name FROM users WHERE email = '" + email.replace("'", "''") + "'")) {
            return result.next() ? result.getString(1) : null;
        }
    }
}
