package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Revisions without SQL — only a Java data migration, or nothing at all — are applied and recorded like any other. */
class DataOnlyRevisionTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** 001 creates a table; 002 and 004 only run Java; 003 is empty. */
    private static final TestChain CHAIN = TestChain.named("data_only")
            .revision(
                    "001_events",
                    "events table",
                    List.of(transactional("CREATE TABLE events (id integer PRIMARY KEY, note text)")),
                    List.of(transactional("DROP TABLE events")))
            .revision("002_seed", "seed one event in Java", List.of(), List.of(), new SeedEvent())
            .revision("003_empty", "nothing to do", List.of(), List.of())
            .revision("004_annotate", "annotate it in Java", List.of(), List.of(), new AnnotateEvent())
            .build();

    @Test
    void eachTargetFormAppliesAndRecordsThemOnce() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(CHAIN).build();
            assertEquals(List.of("001_events"), migrator.upgrade("+1"));
            assertEquals(List.of("002_seed"), migrator.upgrade("+1"));
            assertEquals("1|seeded", db.query("SELECT id, note FROM events"));
            assertEquals(List.of("003_empty"), migrator.upgrade("003_empty"));
            assertEquals(List.of("004_annotate"), migrator.upgrade("head"));
            assertEquals("1|seeded, annotated", db.query("SELECT id, note FROM events"));
            assertEquals(List.of("001_events", "002_seed", "003_empty", "004_annotate"), db.appliedIds());
            assertEquals(Optional.of("004_annotate"), migrator.current());
            assertEquals(
                    List.of(HistoryEntry.State.APPLIED),
                    migrator.history().stream()
                            .map(HistoryEntry::state)
                            .distinct()
                            .toList());

            assertEquals(List.of(), migrator.upgrade("head"));
            assertEquals(List.of(), migrator.upgrade(CHAIN.revision("004_annotate")));
            assertEquals("1|seeded, annotated", db.query("SELECT id, note FROM events"), "nothing ran twice");
        }
    }

    @Test
    void aTypedConstantAndDowngradesRevertThem() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(CHAIN).build();
            assertEquals(List.of("001_events", "002_seed"), migrator.upgrade(CHAIN.revision("002_seed")));
            assertEquals(List.of("003_empty", "004_annotate"), migrator.upgrade("head"));

            assertEquals(List.of("004_annotate"), migrator.downgrade("-1"));
            assertEquals("1|seeded", db.query("SELECT id, note FROM events"));
            assertEquals(List.of("003_empty", "002_seed"), migrator.downgrade("001_events"));
            assertEquals("", db.query("SELECT id, note FROM events"));
            assertEquals(List.of("001_events"), db.appliedIds());

            assertEquals(List.of("002_seed", "003_empty", "004_annotate"), migrator.upgrade("head"));
            assertEquals("1|seeded, annotated", db.query("SELECT id, note FROM events"));
            assertEquals(List.of("001_events", "002_seed", "003_empty", "004_annotate"), db.appliedIds());
        }
    }

    @Test
    void onceAppliedAStartNoLongerTakesTheLock() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(CHAIN).build().upgrade("head");
            try (Connection other = db.connect();
                    PreparedStatement lock = other.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, AdvisoryLock.keyFor(db.name(), "public", RevisionTable.NAME));
                lock.executeQuery().close();
                Migrator migrator =
                        db.migrator(CHAIN).lockTimeout(Duration.ofMillis(200)).build();
                assertEquals(List.of(), migrator.upgrade("head"));
            }
        }
    }

    /** Inserts the event; a second run would fail on the primary key. */
    static final class SeedEvent implements DataMigration {
        @Override
        public void upgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO events (id, note) VALUES (1, 'seeded')");
            }
        }

        @Override
        public void downgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("DELETE FROM events WHERE id = 1");
            }
        }
    }

    /** Appends to the note; a second run would append twice. */
    static final class AnnotateEvent implements DataMigration {
        @Override
        public void upgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE events SET note = note || ', annotated'");
            }
        }

        @Override
        public void downgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("UPDATE events SET note = replace(note, ', annotated', '')");
            }
        }
    }
}
