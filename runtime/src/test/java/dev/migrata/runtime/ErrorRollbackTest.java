package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * An {@link Error}, not only an exception, thrown inside a transaction the migrator opened rolls that
 * transaction back: the driver commits an open transaction when autocommit is switched back on, so
 * restoring autocommit without a rollback would commit half a group.
 */
class ErrorRollbackTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** A data migration that gives up with an error after its group's first step ran. */
    static final class GivesUp implements DataMigration {
        @Override
        public void upgrade(Connection connection) {
            throw new AssertionError("the data migration gave up");
        }

        @Override
        public void downgrade(Connection connection) {}
    }

    @Test
    void anErrorFromADataMigrationLeavesNothingOfItsGroup() throws Exception {
        TestChain chain = TestChain.named("giving-up")
                .revision(
                        "001_base",
                        "base",
                        List.of(transactional("CREATE TABLE base (id int)")),
                        List.of(transactional("DROP TABLE base")))
                .revision(
                        "002_audit",
                        "audit with a backfill",
                        List.of(
                                transactional("CREATE TABLE audit (what text)"),
                                MigrationStep.java(1, GivesUp.class.getName())),
                        List.of(MigrationStep.java(1, GivesUp.class.getName()), transactional("DROP TABLE audit")),
                        new GivesUp())
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            migrator.upgrade("001_base");
            String before = db.state();

            AssertionError thrown = assertThrows(AssertionError.class, () -> migrator.upgrade("head"));

            assertEquals("the data migration gave up", thrown.getMessage());
            assertEquals("t", db.query("SELECT to_regclass('audit') IS NULL"), "no audit table");
            assertEquals(List.of("001_base"), db.appliedIds());
            assertEquals(before, db.state());
        }
    }

    @Test
    void anErrorInsideAHistoryTableWriteCommitsNothing() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                Connection connection = db.connect()) {
            db.execute("CREATE TABLE written (id int)");
            AssertionError thrown = assertThrows(
                    AssertionError.class,
                    () -> RevisionTable.boundedUpdate(connection, Duration.ofSeconds(5), "test", () -> {
                        try (Statement statement = connection.createStatement()) {
                            statement.execute("INSERT INTO written VALUES (1)");
                        }
                        throw new AssertionError("the write gave up");
                    }));

            assertEquals("the write gave up", thrown.getMessage());
            assertTrue(connection.getAutoCommit(), "autocommit is restored");
            assertEquals("0", db.query("SELECT count(*) FROM written"));
        }
    }
}
