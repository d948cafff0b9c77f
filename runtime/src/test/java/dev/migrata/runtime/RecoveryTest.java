package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/**
 * The ways out of a history that does not agree with the code, on a developer's database: {@code
 * repair} for regenerated revisions, {@code downgrade} of another branch's revisions with the steps
 * they recorded, and {@code stamp --purge} for anything else.
 */
class RecoveryTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /** Branch A's 003: a table and a Java step, both undone by its recorded downgrade steps. */
    static final class Notes implements DataMigration {
        @Override
        public void upgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO notes VALUES ('from branch a')");
            }
        }

        @Override
        public void downgrade(Connection connection) throws SQLException {
            try (Statement statement = connection.createStatement()) {
                statement.execute("INSERT INTO audit VALUES ('notes reverted')");
            }
        }
    }

    /** The revisions both branches have; {@code usersId} is the type of users.id, which a regeneration changes. */
    private static TestChain.Builder shared(String usersId) {
        return TestChain.named("branches")
                .revision(
                        "001_audit",
                        "audit",
                        List.of(transactional("CREATE TABLE audit (what text)")),
                        List.of(transactional("DROP TABLE audit")))
                .revision(
                        "002_users",
                        "users",
                        List.of(transactional("CREATE TABLE users (id " + usersId + ")")),
                        List.of(transactional("DROP TABLE users")));
    }

    private static final TestChain BRANCH_A = shared("int")
            .revision(
                    "003_notes",
                    "notes",
                    List.of(
                            transactional("CREATE TABLE notes (body text)"),
                            MigrationStep.java(1, Notes.class.getName())),
                    List.of(MigrationStep.java(1, Notes.class.getName()), transactional("DROP TABLE notes")),
                    new Notes())
            .revision(
                    "004_tags",
                    "tags",
                    List.of(transactional("CREATE TABLE tags (name text)")),
                    List.of(transactional("DROP TABLE tags")))
            .build();

    private static final TestChain BRANCH_B = branchB("int");

    /** Branch B: the shared revisions, then its own 003. */
    private static TestChain branchB(String usersId) {
        return shared(usersId)
                .revision(
                        "003_orders",
                        "orders",
                        List.of(transactional("CREATE TABLE orders (id int)")),
                        List.of(transactional("DROP TABLE orders")))
                .build();
    }

    @Test
    void downgradeRunsTheRecordedStepsOfAnotherBranchsRevisionsAndSaysSo() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            db.migrator(BRANCH_A).build().upgrade("head");
            Migrator onB = db.migrator(BRANCH_B).build();

            MigrationException refused = refuse(MigrationException.Reason.UNKNOWN_REVISION, () -> onB.upgrade("head"));
            assertTrue(
                    refused.getMessage()
                            .contains("is at revision 003_notes (position 3), which this code's chain (head 003_orders)"
                                    + " does not contain"),
                    refused.getMessage());
            assertTrue(
                    refused.getMessage()
                            .contains("downgrade to 002_users (it runs the downgrade steps recorded when 003_notes was"
                                    + " applied), or, once the schema is right by hand, rewrite the history with stamp"
                                    + " --purge"),
                    refused.getMessage());

            assertEquals(List.of("004_tags", "003_notes"), onB.downgrade("002_users"));
            assertEquals("null|null", db.query("SELECT to_regclass('notes'), to_regclass('tags')"));
            assertEquals("notes reverted", db.query("SELECT what FROM audit"));
            assertEquals(List.of("001_audit", "002_users"), db.appliedIds());
            assertTrue(
                    log.lines().stream()
                            .anyMatch(
                                    line -> line.matches(
                                            "Running downgrade 003_notes -> 002_users, notes \\(\\d+ ms\\)"
                                                    + " with the downgrade steps recorded when it was applied: this code does not know it")),
                    log.lines().toString());

            assertEquals(List.of("003_orders"), onB.upgrade("head"));
        }
    }

    @Test
    void aRevisionOfAnotherBranchWithoutRecordedStepsOrWithAJavaClassNotHereIsRefused() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(BRANCH_A).build().upgrade("003_notes");
            Migrator onB = db.migrator(BRANCH_B).build();

            // Changed as the code that applied it would have recorded it, checksum included.
            String checksum = RevisionTable.recordedStepsChecksum(
                    List.of(MigrationStep.java(1, "com.example.Gone"), transactional("DROP TABLE notes")));
            db.execute("UPDATE migrata_revisions SET downgrade_steps = jsonb_set(downgrade_steps, '{0,data_migration}',"
                    + " '\"com.example.Gone\"'), downgrade_checksum = '" + checksum + "' WHERE id = '003_notes'");
            String before = db.state();
            MigrationException gone = refuse(MigrationException.Reason.UNKNOWN_REVISION, () -> onB.downgrade("-1"));
            assertTrue(
                    gone.getMessage().contains("Revision 003_notes in jdbc:postgresql://")
                            && gone.getMessage()
                                    .contains(", which this code does not know, recorded a Java downgrade step,"
                                            + " com.example.Gone, that cannot be run here (java.lang.ClassNotFoundException:"
                                            + " com.example.Gone). Downgrade it with the code that applied it, or revert"
                                            + " it by hand and rewrite the history with stamp --purge"),
                    gone.getMessage());
            assertEquals(before, db.state());

            db.execute("UPDATE migrata_revisions SET downgrade_steps = NULL WHERE id = '003_notes'");
            before = db.state();
            MigrationException unrecorded =
                    refuse(MigrationException.Reason.UNKNOWN_REVISION, () -> onB.downgrade("002_users"));
            assertTrue(
                    unrecorded
                            .getMessage()
                            .contains("is at revision 003_notes (position 3), which this code's chain (head 003_orders)"
                                    + " does not contain, and its history row holds no downgrade steps to revert it"
                                    + " with: it was applied by an earlier version of Migrata or written by hand."
                                    + " Downgrade it with the code that applied it, or revert its schema changes by hand"
                                    + " and rewrite the history with stamp --purge 002_users (Migrator.stampPurge)."),
                    unrecorded.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void recordedStepsChangedAfterTheyWereRecordedAreNotRun() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(BRANCH_A).build().upgrade("head");
            Migrator onB = db.migrator(BRANCH_B).build();
            // Code planted in the row: the downgrade would run it.
            db.execute("UPDATE migrata_revisions SET downgrade_steps = jsonb_set(downgrade_steps, '{0,sql}',"
                    + " '\"DROP TABLE audit\"') WHERE id = '004_tags'");
            String before = db.state();

            MigrationException planted =
                    refuse(MigrationException.Reason.INVALID_HISTORY, () -> onB.downgrade("002_users"));
            assertTrue(
                    planted.getMessage().startsWith("Revision 004_tags in jdbc:postgresql://"), planted.getMessage());
            assertTrue(
                    planted.getMessage()
                            .contains(", which this code does not know, recorded downgrade steps that do not match the"
                                    + " checksum recorded with them (recorded "
                                    + RevisionTable.recordedStepsChecksum(List.of(transactional("DROP TABLE tags")))
                                    + ", computed sha256:"),
                    planted.getMessage());
            assertTrue(
                    planted.getMessage()
                            .endsWith("they were changed after the revision was applied, and are not run. Downgrade"
                                    + " it with the code that applied it, or revert its schema changes by hand and"
                                    + " rewrite the history with stamp --purge (Migrator.stampPurge)."),
                    planted.getMessage());
            assertEquals(before, db.state());

            // A checksum removed with the change is no way around it.
            db.execute("UPDATE migrata_revisions SET downgrade_checksum = NULL WHERE id = '004_tags'");
            MigrationException unchecked =
                    refuse(MigrationException.Reason.INVALID_HISTORY, () -> onB.downgrade("002_users"));
            assertTrue(unchecked.getMessage().contains("(recorded none, computed sha256:"), unchecked.getMessage());
            assertEquals("audit", db.query("SELECT to_regclass('audit')::text"));
        }
    }

    @Test
    void stampPurgeRewritesAHistoryOfUnknownRevisionsAndChangedChecksums() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(BRANCH_A).build().upgrade("head");
            db.execute("UPDATE migrata_revisions SET checksum = 'sha256:edited' WHERE id = '002_users'");
            Migrator onB = db.migrator(BRANCH_B).build();
            MigrationException stamp = refuse(MigrationException.Reason.CHECKSUM_MISMATCH, () -> onB.stamp("head"));
            assertTrue(
                    stamp.getMessage().contains("repair (Migrator.repair(), migrata repair --yes)"),
                    stamp.getMessage());
            refuse(MigrationException.Reason.INVALID_TARGET, () -> onB.stampPurge("-1"));
            String appliedAt = db.query("SELECT applied_at FROM migrata_revisions WHERE id = '001_audit'");

            onB.stampPurge("head");
            assertEquals(List.of("001_audit", "002_users", "003_orders"), db.appliedIds());
            assertEquals(
                    BRANCH_B.revision("002_users").checksum() + "|"
                            + BRANCH_B.revision("003_orders").chainChecksum(),
                    db.query("SELECT (SELECT checksum FROM migrata_revisions WHERE id = '002_users'),"
                            + " (SELECT chain_checksum FROM migrata_revisions WHERE id = '003_orders')"));
            assertEquals(appliedAt, db.query("SELECT applied_at FROM migrata_revisions WHERE id = '001_audit'"));
            assertEquals("notes", db.query("SELECT to_regclass('notes')::text"), "no SQL ran");
            assertEquals(List.of(), onB.upgrade("head"));

            onB.stampPurge("base");
            assertEquals(List.of(), db.appliedIds());
        }
    }

    @Test
    void repairRecordsTheChecksumsOfRegeneratedRevisionsAfterListingThem() throws Exception {
        TestChain original = branchB("bigint");
        TestChain regenerated = BRANCH_B;
        try (ScratchDatabase db = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            db.migrator(original).build().upgrade("head");
            Migrator migrator = db.migrator(regenerated).build();
            MigrationException refused =
                    refuse(MigrationException.Reason.CHECKSUM_MISMATCH, () -> migrator.downgrade("base"));
            assertTrue(
                    refused.getMessage()
                            .contains("If that was intended (a revision regenerated after it was applied to a"
                                    + " development database), record the compiled checksums with repair"),
                    refused.getMessage());

            String before = db.state();
            List<ChecksumChange> changes = migrator.checksumChanges();
            assertEquals(before, db.state());
            assertEquals(
                    List.of(
                            "002_users: checksum "
                                    + original.revision("002_users").checksum() + " (recorded) -> "
                                    + regenerated.revision("002_users").checksum() + " (compiled)",
                            "003_orders: chain checksum only, "
                                    + original.revision("003_orders").chainChecksum()
                                    + " (recorded) -> "
                                    + regenerated.revision("003_orders").chainChecksum()
                                    + " (compiled)"),
                    changes.stream().map(ChecksumChange::toString).toList());

            assertEquals(changes, migrator.repair());
            assertEquals(List.of(), migrator.checksumChanges());
            assertEquals(List.of(), migrator.repair());
            assertTrue(
                    log.lines().contains("Repaired " + changes.get(0)),
                    log.lines().toString());
            assertEquals(List.of(), migrator.upgrade("head"));
            assertEquals(List.of("003_orders", "002_users", "001_audit"), migrator.downgrade("base"));
        }
    }

    @Test
    void repairRefusesRevisionsThisCodeDoesNotKnow() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(BRANCH_A).build().upgrade("head");
            String before = db.state();
            MigrationException refused = refuse(
                    MigrationException.Reason.UNKNOWN_REVISION,
                    () -> db.migrator(BRANCH_B).build().repair());
            assertTrue(refused.getMessage().contains("stamp --purge"), refused.getMessage());
            refuse(
                    MigrationException.Reason.UNKNOWN_REVISION,
                    () -> db.migrator(BRANCH_B).build().checksumChanges());
            assertEquals(before, db.state());
        }
    }

    private static MigrationException refuse(MigrationException.Reason reason, Executable call) {
        MigrationException refused = assertThrows(MigrationException.class, call);
        assertEquals(reason, refused.reason(), refused.getMessage());
        return refused;
    }
}
