package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.nonTransactional;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A step outside a transaction runs with the DDL lock timeout as its session's {@code lock_timeout},
 * and the session gets its own setting back afterwards, whether the step succeeded or failed; when
 * restoring it fails too, the step's own failure is the one reported.
 */
class SessionLockTimeoutTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final TestChain CHAIN = TestChain.named("outside")
            .revision(
                    "001_first",
                    "first",
                    List.of(nonTransactional("CREATE TABLE first (id int)")),
                    List.of(transactional("DROP TABLE first")))
            .revision("002_again", "again", List.of(nonTransactional("CREATE TABLE first (id int)")), List.of())
            .build();

    @Test
    void theSessionKeepsItsLockTimeoutAfterAStepOutsideATransactionSucceedsOrFails() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute("ALTER DATABASE " + db.name() + " SET lock_timeout = '7s'");
            try (TrackedDataSource source = new TrackedDataSource(db.url())) {
                assertEquals(List.of("001_first"), migrator(source).upgrade("001_first"));
                assertEquals("7s", lockTimeout(source.handedOut().get(0)));
            }
            try (TrackedDataSource source = new TrackedDataSource(db.url())) {
                MigrationException failed = assertThrows(
                        MigrationException.class, () -> migrator(source).upgrade("head"));
                assertEquals(MigrationException.Reason.STATEMENT_FAILED, failed.reason(), failed.getMessage());
                assertEquals("7s", lockTimeout(source.handedOut().get(0)));
            }
        }
    }

    @Test
    void aStepThatEndsItsConnectionIsReportedWithItsOwnErrorNotTheFailedRestore() throws Exception {
        TestChain chain = TestChain.named("ended")
                .revision(
                        "001_end",
                        "ends its own session",
                        List.of(nonTransactional("SELECT pg_terminate_backend(pg_backend_pid())")),
                        List.of())
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            MigrationException failed = assertThrows(
                    MigrationException.class, () -> db.migrator(chain).build().upgrade("head"));

            assertEquals(MigrationException.Reason.STATEMENT_FAILED, failed.reason(), failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .startsWith("Revision 001_end failed at upgrade statement 1 of 1 (SQLSTATE 57P01)"),
                    failed.getMessage());
            assertEquals(1, failed.getCause().getSuppressed().length, "the failed restore is attached");
            assertTrue(failed.getCause().getSuppressed()[0] instanceof SQLException);
        }
    }

    private static Migrator migrator(TrackedDataSource source) {
        return Migrator.builder()
                .dataSource(source.dataSource())
                .chain(CHAIN)
                .ddlLockTimeout(Duration.ofSeconds(2))
                .build();
    }

    private static String lockTimeout(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SHOW lock_timeout")) {
            rows.next();
            return rows.getString(1);
        }
    }
}
