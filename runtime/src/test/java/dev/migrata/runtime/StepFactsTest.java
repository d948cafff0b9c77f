package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.rerunnable;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The extension preflight and the cleanup of invalid indexes act on what a step states, never on
 * its SQL text: a step that states no extension or index (compiled before steps carried these facts)
 * simply skips those checks.
 */
class StepFactsTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final TestChain NOTES = TestChain.named("notes")
            .revision(
                    "001_notes",
                    "notes",
                    List.of(
                            transactional("CREATE TABLE notes (body text)"),
                            transactional("INSERT INTO notes VALUES ('CREATE EXTENSION vector')")),
                    List.of(transactional("DROP TABLE notes")))
            .build();

    @Test
    void onlyAStepThatStatesItsExtensionIsCheckedBeforeAnythingRuns() throws Exception {
        String role = "migrata_pf_" + UUID.randomUUID().toString().substring(0, 8);
        server.execute("CREATE ROLE " + role + " LOGIN");
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute("DROP EXTENSION vector; GRANT CREATE ON SCHEMA public TO " + role);
            assertEquals(
                    List.of("001_notes"), db.migrator(NOTES).user(role).build().upgrade("head"));

            TestChain stated = RefusalTest.withExtraRevision(
                    NOTES,
                    "002_vector",
                    transactional("CREATE TABLE later (id int)"),
                    transactional("CREATE EXTENSION IF NOT EXISTS vector").createsExtension("vector"));
            String before = db.state();
            MigrationException refused = assertThrows(
                    MigrationException.class,
                    () -> db.migrator(stated).user(role).build().upgrade("head"));
            assertEquals(MigrationException.Reason.INSUFFICIENT_PRIVILEGE, refused.reason(), refused.getMessage());
            assertTrue(
                    refused.getMessage().startsWith("The migration runs CREATE EXTENSION vector, which role " + role),
                    refused.getMessage());
            assertEquals(before, db.state());

            // The same statement without the fact is not looked at: it runs, and the server refuses it.
            TestChain unstated = RefusalTest.withExtraRevision(
                    NOTES,
                    "002_vector",
                    transactional("CREATE TABLE later (id int)"),
                    transactional("CREATE EXTENSION IF NOT EXISTS vector"));
            MigrationException failed = assertThrows(
                    MigrationException.class,
                    () -> db.migrator(unstated).user(role).build().upgrade("head"));
            assertEquals(MigrationException.Reason.INSUFFICIENT_PRIVILEGE, failed.reason(), failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .startsWith("Revision 002_vector failed at upgrade statement 2 of 2 (SQLSTATE 42501)"),
                    failed.getMessage());
            assertEquals(before, db.state());
        } finally {
            server.execute("DROP ROLE " + role);
        }
    }

    @Test
    void anInvalidIndexIsDroppedBeforeTheStepThatStatesItRunsAgain() throws Exception {
        try (LogCapture log = new LogCapture()) {
            assertEquals("t", validityAfterResuming(true));
            assertTrue(
                    log.lines().contains("Dropped invalid index ix_t_id left by an interrupted build; rebuilding it"),
                    log.lines().toString());
        }
    }

    @Test
    void anInvalidIndexOfAStepThatStatesNoIndexIsLeftAlone() throws Exception {
        // IF NOT EXISTS skips the invalid leftover, which nothing told the runtime to look for.
        assertEquals("f", validityAfterResuming(false));
    }

    /**
     * Leaves what a build killed half-way leaves (the index marked invalid, the revision dirty at
     * that step), resumes it, and returns the index's {@code indisvalid}.
     */
    private static String validityAfterResuming(boolean statesIndex) throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(indexed(statesIndex)).build();
            migrator.upgrade("head");
            db.execute("UPDATE pg_index SET indisvalid = false WHERE indexrelid = 'ix_t_id'::regclass;"
                    + " UPDATE migrata_revisions SET pending_step = 0, pending_direction = 'up', next_step = 0"
                    + " WHERE id = '002_index'");
            assertEquals(List.of("002_index"), migrator.upgrade("head"));
            return db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_t_id'::regclass");
        }
    }

    private static TestChain indexed(boolean statesIndex) {
        MigrationStep build = rerunnable("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_t_id ON t (id)");
        return TestChain.named("indexed")
                .revision(
                        "001_t",
                        "t",
                        List.of(transactional("CREATE TABLE t (id int)")),
                        List.of(transactional("DROP TABLE t")))
                .revision("002_index", "index", List.of(statesIndex ? build.buildsIndex("ix_t_id") : build), List.of())
                .build();
    }
}
