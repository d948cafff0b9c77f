package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * A history table edited by hand is refused, with a message naming what is wrong, by every call
 * that walks it: upgrade with work pending, downgrade, stamp and history. Nothing changes.
 */
class HistoryTamperingTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** The standard chain plus one revision, so an upgrade of a database at 004 has work to do. */
    private static final TestChain LONGER = RefusalTest.withExtraRevision(
            SampleChain.standard(), "005_more", transactional("CREATE TABLE more (id int)"));

    @Test
    void editedChecksumOfAMiddleRow() throws Exception {
        String found = "sha256:" + "0".repeat(64);
        try (ScratchDatabase db =
                tampered("UPDATE migrata_revisions SET checksum = '" + found + "' WHERE id = '002_rename_name'")) {
            String before = db.state();
            refusedOnEveryWritingPath(
                    db,
                    MigrationException.Reason.CHECKSUM_MISMATCH,
                    "Checksum mismatch for applied revision 002_rename_name in ");
            // The listing reports an edited revision instead of refusing.
            assertEquals(
                    HistoryEntry.State.MODIFIED, db.migrator().history().get(1).state());
            assertEquals(before, db.state());
        }
    }

    @Test
    void editedChainChecksumOfAMiddleRow() throws Exception {
        try (ScratchDatabase db =
                tampered("UPDATE migrata_revisions SET chain_checksum = 'sha256:x' WHERE id = '002_rename_name'")) {
            String before = db.state();
            MigrationException refused = refusedEverywhere(
                    db,
                    MigrationException.Reason.INVALID_HISTORY,
                    "Chain checksum mismatch for applied revision 002_rename_name in ");
            assertTrue(
                    refused.getMessage()
                            .contains("expected "
                                    + SampleChain.standard()
                                            .revision("002_rename_name")
                                            .chainChecksum()
                                    + " (compiled) but found sha256:x"),
                    refused.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void editedChainChecksumOfTheNewestRowFailsTheUpToDateCheck() throws Exception {
        try (ScratchDatabase db =
                tampered("UPDATE migrata_revisions SET chain_checksum = 'sha256:x' WHERE id = '004_embedding_index'")) {
            String before = db.state();
            refuse(
                    MigrationException.Reason.INVALID_HISTORY,
                    "Chain checksum mismatch for applied revision 004_embedding_index",
                    () -> db.migrator().upgrade("head"));
            assertEquals(before, db.state());
        }
    }

    @Test
    void deletedMiddleRow() throws Exception {
        try (ScratchDatabase db = tampered("DELETE FROM migrata_revisions WHERE id = '002_rename_name'")) {
            String before = db.state();
            MigrationException refused = refusedEverywhere(
                    db,
                    MigrationException.Reason.INVALID_HISTORY,
                    "does not number its revisions 1, 2, 3, … without gaps: row 2 (revision 003_backfill) has"
                            + " position 3. Position 2 (revision 002_rename_name) has no row: was it deleted?");
            assertTrue(
                    refused.getMessage()
                            .endsWith("DROP TABLE migrata_revisions, then stamp the revision the schema is at."),
                    refused.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void swappedIds() throws Exception {
        try (ScratchDatabase db = tampered("UPDATE migrata_revisions SET id = 'swap' WHERE id = '002_rename_name';"
                + " UPDATE migrata_revisions SET id = '002_rename_name' WHERE id = '003_backfill';"
                + " UPDATE migrata_revisions SET id = '003_backfill' WHERE id = 'swap'")) {
            String before = db.state();
            refusedEverywhere(
                    db,
                    MigrationException.Reason.INVALID_HISTORY,
                    "records revision 003_backfill at position 2, but it is revision 3 of this code's chain, which"
                            + " has 002_rename_name at position 2.");
            assertEquals(before, db.state());
        }
    }

    @Test
    void dirtyFlagOnAMiddleRow() throws Exception {
        try (ScratchDatabase db = tampered("UPDATE migrata_revisions SET pending_step = 0, pending_direction = 'up'"
                + " WHERE id = '003_backfill'")) {
            String before = db.state();
            MigrationException refused =
                    refusedEverywhere(db, MigrationException.Reason.INVALID_HISTORY, "Revision 003_backfill in ");
            assertTrue(
                    refused.getMessage()
                            .contains("is marked dirty (pending_step 0) but is not the newest applied revision,"
                                    + " 004_embedding_index;"),
                    refused.getMessage());
            assertTrue(
                    refused.getMessage()
                            .endsWith("UPDATE migrata_revisions SET pending_step = NULL, pending_direction = NULL"
                                    + " WHERE id = '003_backfill';"),
                    refused.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void unknownRowAfterTheHead() throws Exception {
        try (ScratchDatabase db = tampered("INSERT INTO migrata_revisions (position, id, checksum, chain_checksum,"
                + " message, execution_ms) VALUES (5, '005_stranger', 'sha256:s', 'sha256:s', 'stranger', 0)")) {
            String before = db.state();
            refusedOnEveryWritingPath(
                    db,
                    MigrationException.Reason.UNKNOWN_REVISION,
                    "is at revision 005_stranger (position 5), which this code's chain");
            // What a rolling deployment opts into: the listing shows it, an upgrade leaves it alone.
            assertEquals(
                    HistoryEntry.State.UNKNOWN, db.migrator().history().get(4).state());
            assertEquals(
                    List.of(),
                    db.migrator(SampleChain.standard())
                            .allowUnknownRevisions(true)
                            .build()
                            .upgrade("head"));
            assertEquals(before, db.state());
        }
    }

    @Test
    void extraRowsAtAGapOrADuplicatedPosition() throws Exception {
        String insert = "INSERT INTO migrata_revisions (position, id, checksum, chain_checksum, message, execution_ms)"
                + " VALUES (%d, '%s', 'sha256:s', 'sha256:s', 'stranger', 0)";
        try (ScratchDatabase db = tampered(String.format(insert, 9, "009_stranger"))) {
            String before = db.state();
            refusedEverywhere(
                    db,
                    MigrationException.Reason.INVALID_HISTORY,
                    "row 5 (revision 009_stranger) has position 9. Position 5");
            assertEquals(before, db.state());
        }
        try (ScratchDatabase db = tampered("ALTER TABLE migrata_revisions DROP CONSTRAINT migrata_revisions_pkey; "
                + String.format(insert, 2, "002_twin"))) {
            String before = db.state();
            refusedEverywhere(db, MigrationException.Reason.INVALID_HISTORY, "has position 2.");
            assertEquals(before, db.state());
        }
    }

    @Test
    void positionsMultipliedByTen() throws Exception {
        try (ScratchDatabase db = tampered("UPDATE migrata_revisions SET position = position * 10")) {
            String before = db.state();
            refusedEverywhere(
                    db,
                    MigrationException.Reason.INVALID_HISTORY,
                    "row 1 (revision 001_initial_schema) has position 10.");
            // The newest row's position is not its place in the chain, so the up-to-date check walks too.
            refuse(
                    MigrationException.Reason.INVALID_HISTORY,
                    "has position 10.",
                    () -> db.migrator().upgrade("head"));
            assertEquals(before, db.state());
        }
    }

    @Test
    void pendingStepsOutOfRange() throws Exception {
        for (String pending : List.of("-1", "1", "2147483647")) {
            try (ScratchDatabase db = tampered("UPDATE migrata_revisions SET pending_step = " + pending
                    + ", pending_direction = 'up' WHERE id = '004_embedding_index'")) {
                String before = db.state();
                MigrationException refused = refusedEverywhere(
                        db,
                        MigrationException.Reason.INVALID_HISTORY,
                        " is marked dirty at pending_step " + pending
                                + " (upgrade), but it has 1 non-transactional upgrade step, numbered 0 to 0.");
                assertTrue(
                        refused.getMessage().startsWith("Revision 004_embedding_index in jdbc:postgresql://"),
                        refused.getMessage());
                refuse(
                        MigrationException.Reason.INVALID_HISTORY,
                        "pending_step " + pending,
                        () -> db.migrator().upgrade("head"));
                assertEquals(before, db.state());
            }
        }
        try (ScratchDatabase db = tampered("UPDATE migrata_revisions SET pending_step = 0, pending_direction ="
                + " 'sideways' WHERE id = '004_embedding_index'")) {
            String before = db.state();
            refusedEverywhere(
                    db,
                    MigrationException.Reason.INVALID_HISTORY,
                    "is marked dirty with pending_direction 'sideways', which is neither 'up' nor 'down'.");
            refuse(
                    MigrationException.Reason.INVALID_HISTORY,
                    "'sideways'",
                    () -> db.migrator().upgrade("head"));
            assertEquals(before, db.state());
        }
    }

    @Test
    void droppedHistoryTableWhileTheChainsTablesExist() throws Exception {
        try (ScratchDatabase db = tampered("DROP TABLE migrata_revisions")) {
            String before = db.state();
            String message = "/" + db.name()
                    + " (user postgres), but tables of chain app exist there (public.documents, public.users): its revisions were"
                    + " applied and the history table was dropped.";
            for (Executable call : List.<Executable>of(
                    () -> db.migrator().upgrade("head"),
                    () -> db.migrator().upgrade("+1"),
                    () -> db.migrator().downgrade("base"),
                    () -> db.migrator().history())) {
                MigrationException refused = refuse(MigrationException.Reason.INVALID_HISTORY, message, call);
                assertTrue(
                        refused.getMessage().startsWith("The history table migrata_revisions is missing from jdbc:"),
                        refused.getMessage());
                assertTrue(refused.getMessage().contains("with stamp(\"<revision id>\")"), refused.getMessage());
            }
            assertEquals(before, db.state());

            // The remedy the message names.
            db.migrator().stamp("head");
            assertEquals(List.of(), db.migrator().upgrade("head"));
            assertEquals(
                    List.of("001_initial_schema", "002_rename_name", "003_backfill", "004_embedding_index"),
                    db.appliedIds());
        }
    }

    /** A database at the standard chain's head whose history table {@code sql} then edits. */
    private static ScratchDatabase tampered(String sql) throws Exception {
        ScratchDatabase db = ScratchDatabase.create(server);
        db.migrator().upgrade("head");
        db.execute(sql);
        return db;
    }

    /** Refused the same way by upgrade with work pending, downgrade, stamp and history. */
    private static MigrationException refusedEverywhere(
            ScratchDatabase db, MigrationException.Reason reason, String fragment) {
        MigrationException refused = refusedOnEveryWritingPath(db, reason, fragment);
        refuse(reason, fragment, () -> db.migrator().history());
        return refused;
    }

    private static MigrationException refusedOnEveryWritingPath(
            ScratchDatabase db, MigrationException.Reason reason, String fragment) {
        MigrationException refused =
                refuse(reason, fragment, () -> db.migrator(LONGER).build().upgrade("head"));
        refuse(reason, fragment, () -> db.migrator(LONGER).build().upgrade("+1"));
        refuse(reason, fragment, () -> db.migrator().downgrade("-1"));
        refuse(reason, fragment, () -> db.migrator().stamp("head"));
        refuse(reason, fragment, () -> db.migrator().stamp("base"));
        return refused;
    }

    private static MigrationException refuse(MigrationException.Reason reason, String fragment, Executable call) {
        MigrationException refused = assertThrows(MigrationException.class, call);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertTrue(refused.getMessage().contains(fragment), refused.getMessage());
        return refused;
    }
}
