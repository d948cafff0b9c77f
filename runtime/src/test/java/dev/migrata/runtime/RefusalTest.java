package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.nonTransactional;
import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.internal.SchemaDefinition;
import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.function.Executable;

/** Every refusal: provoked, its message checked, and the database shown to be unchanged. */
class RefusalTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String PASSWORD = "s3cret-Pa55";

    @Test
    void checksumMismatchOfAnAppliedRevision() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("head");
            TestChain edited = editedRename();
            String before = db.state();
            MigrationException refused = refuse(
                    MigrationException.Reason.CHECKSUM_MISMATCH,
                    () -> db.migrator(edited).build().upgrade("head"));
            String expected = edited.revision("002_rename_name").checksum();
            String found = SampleChain.standard().revision("002_rename_name").checksum();
            assertTrue(
                    refused.getMessage().startsWith("Checksum mismatch for applied revision 002_rename_name in "),
                    refused.getMessage());
            assertTrue(
                    refused.getMessage().contains("expected " + expected + " (compiled) but found " + found),
                    refused.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void databaseAtARevisionThisCodeDoesNotKnow() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator(withExtraRevision(
                            SampleChain.standard(), "005_newer", transactional("CREATE TABLE newer (id int)")))
                    .build()
                    .upgrade("head");
            String before = db.state();
            MigrationException refused = refuse(
                    MigrationException.Reason.UNKNOWN_REVISION,
                    () -> db.migrator().upgrade("head"));
            assertTrue(
                    refused.getMessage()
                            .contains(
                                    "is at revision 005_newer (position 5), which this code's chain (head 004_embedding_index)"
                                            + " does not contain: newer code, or code of another branch, has migrated"
                                            + " it."),
                    refused.getMessage());
            assertEquals(before, db.state());

            Migrator rolling = db.migrator(SampleChain.standard())
                    .allowUnknownRevisions(true)
                    .build();
            rolling.upgrade("head");
            assertEquals(before, db.state(), "continue-mode leaves a newer database alone");
            assertEquals(HistoryEntry.State.UNKNOWN, rolling.history().get(4).state());
            assertEquals(before, db.state());
            // The way out the refusal names: its row recorded how to revert it.
            assertEquals(List.of("005_newer"), rolling.downgrade("004_embedding_index"));
            assertEquals(List.of(), db.migrator().upgrade("head"));
        }
    }

    @Test
    void dirtyRevisionWhoseInterruptedStepCannotBeRepeated() throws Exception {
        TestChain chain = withExtraRevision(
                SampleChain.standard(),
                "005_mood",
                transactional("CREATE TYPE mood AS ENUM ('happy')"),
                nonTransactional("ALTER TYPE mood ADD VALUE 'sad'"));
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            migrator.upgrade("head");
            db.execute("UPDATE migrata_revisions SET pending_step = 0, pending_direction = 'up' WHERE id = '005_mood'");
            String before = db.state();
            MigrationException refused = refuse(MigrationException.Reason.DIRTY, () -> migrator.upgrade("head"));
            assertTrue(refused.getMessage().contains("Revision 005_mood in "), refused.getMessage());
            assertTrue(
                    refused.getMessage()
                            .contains(
                                    "is dirty: its non-transactional step 2 of 2 was interrupted during upgrade and is not safe to rerun:\n"
                                            + "  ALTER TYPE mood ADD VALUE 'sad'\nComplete or undo it by hand, then record the result with stamp(\"005_mood\")"),
                    refused.getMessage());
            refuse(MigrationException.Reason.DIRTY, () -> migrator.downgrade("-1"));
            assertEquals(before, db.state());
            assertEquals(HistoryEntry.State.DIRTY, migrator.history().get(4).state());

            migrator.stamp("005_mood");
            assertEquals(HistoryEntry.State.APPLIED, migrator.history().get(4).state());
            migrator.upgrade("head");
            migrator.downgrade("004_embedding_index");
        }
    }

    @Test
    void aDirtyRevisionIsRefusedWithTheInterruptedRunItsStepAndTheWayOut() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            migrator.upgrade("head");
            String prefix = "Revision 004_embedding_index in " + db.label() + " is dirty: its ";

            db.execute("UPDATE migrata_revisions SET pending_step = 0, next_step = 0, pending_direction = 'down'"
                    + " WHERE id = '004_embedding_index'");
            String before = db.state();
            assertEquals(
                    prefix + "downgrade was interrupted at step 1. Finish it with downgrade to 003_backfill (or"
                            + " lower), then upgrade.",
                    refuse(MigrationException.Reason.DIRTY, () -> migrator.upgrade("head"))
                            .getMessage());
            assertEquals(
                    prefix + "downgrade was interrupted at step 1. Downgrade to a revision below it to finish that"
                            + " downgrade.",
                    refuse(MigrationException.Reason.DIRTY, () -> migrator.downgrade("004_embedding_index"))
                            .getMessage());

            db.execute("UPDATE migrata_revisions SET pending_direction = 'up' WHERE id = '004_embedding_index'");
            assertEquals(
                    prefix + "upgrade was interrupted at step 1. Run upgrade to finish it before downgrading.",
                    refuse(MigrationException.Reason.DIRTY, () -> migrator.downgrade("-1"))
                            .getMessage());
            assertEquals(before.replace("|0|down", "|0|up"), db.state());
        }
    }

    @Test
    void dirtyRevisionWithARepeatableStepIsResumedByTheNextUpgrade() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                ScratchDatabase clean = ScratchDatabase.create(server)) {
            clean.migrator().upgrade("head");
            Migrator migrator = db.migrator();
            migrator.upgrade("head");
            db.execute(
                    "DROP INDEX ix_documents_embedding;"
                            + " UPDATE migrata_revisions SET pending_step = 0, pending_direction = 'up' WHERE id = '004_embedding_index'");
            assertEquals(HistoryEntry.State.DIRTY, migrator.history().get(3).state());
            assertFalse(migrator.check().isClean());
            migrator.upgrade("head");
            assertEquals(clean.schemaDump(), db.schemaDump());
            assertEquals(clean.history(), db.history());
        }
    }

    @Test
    void lockHeldLongerThanTheTimeout() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                Connection holder = db.connect()) {
            long key = AdvisoryLock.keyFor(db.name(), "public", RevisionTable.NAME);
            try (PreparedStatement lock = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
                lock.setLong(1, key);
                lock.executeQuery().close();
            }
            String before = db.state();
            Migrator migrator = Migrator.builder()
                    .url(db.url() + "&password=" + PASSWORD)
                    .chain(SampleChain.standard())
                    .lockTimeout(Duration.ofMillis(400))
                    .build();
            long started = System.nanoTime();
            MigrationException refused = refuse(MigrationException.Reason.LOCK_TIMEOUT, () -> migrator.upgrade("head"));
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertTrue(waitedMillis >= 400 && waitedMillis < 5_000, "waited " + waitedMillis + " ms");
            assertTrue(
                    refused.getMessage()
                            .startsWith("Timed out after 400 ms waiting for the migration lock on jdbc:postgresql://"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("held by backend pid "), refused.getMessage());
            assertTrue(refused.getMessage().contains("raise lockTimeout(...)"), refused.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void roleWithoutCreateOnTheSchemaOrTheRightToCreateTheExtension() throws Exception {
        String role = "migrata_rt_" + UUID.randomUUID().toString().substring(0, 8);
        server.execute("CREATE ROLE " + role + " LOGIN");
        try {
            try (ScratchDatabase db = ScratchDatabase.create(server)) {
                db.execute("DROP EXTENSION vector");
                Migrator migrator =
                        db.migrator(SampleChain.standard()).user(role).build();
                String before = db.state();
                MigrationException noCreate =
                        refuse(MigrationException.Reason.INSUFFICIENT_PRIVILEGE, () -> migrator.upgrade("head"));
                assertTrue(
                        noCreate.getMessage()
                                .startsWith("Role " + role + " has no CREATE privilege on schema public in "),
                        noCreate.getMessage());
                assertTrue(
                        noCreate.getMessage().endsWith("GRANT CREATE ON SCHEMA public TO " + role + ";"),
                        noCreate.getMessage());
                assertEquals(before, db.state());

                db.execute("GRANT CREATE ON SCHEMA public TO " + role);
                before = db.state();
                MigrationException noExtension =
                        refuse(MigrationException.Reason.INSUFFICIENT_PRIVILEGE, () -> migrator.upgrade("head"));
                assertTrue(
                        noExtension
                                .getMessage()
                                .startsWith("The migration runs CREATE EXTENSION vector, which role " + role
                                        + " may not do in "),
                        noExtension.getMessage());
                assertTrue(
                        noExtension
                                .getMessage()
                                .contains(
                                        "extension vector is not trusted, so it needs a superuser. Fix: have a superuser run"
                                                + " CREATE EXTENSION vector; in database " + db.name()),
                        noExtension.getMessage());
                assertEquals(before, db.state());

                db.execute("CREATE EXTENSION vector");
                migrator.upgrade("head");
                assertEquals(Optional.of("004_embedding_index"), migrator.current());
            }
        } finally {
            server.execute("DROP ROLE " + role);
        }
    }

    @Test
    void extensionNotInstalledOnTheServer() throws Exception {
        TestChain chain = withExtraRevision(
                SampleChain.standard(),
                "005_missing",
                transactional("CREATE EXTENSION IF NOT EXISTS migrata_no_such_extension")
                        .createsExtension("migrata_no_such_extension"));
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("head");
            String before = db.state();
            MigrationException refused = refuse(
                    MigrationException.Reason.EXTENSION_UNAVAILABLE,
                    () -> db.migrator(chain).build().upgrade("head"));
            assertTrue(
                    refused.getMessage()
                            .startsWith("The migration runs CREATE EXTENSION migrata_no_such_extension, but extension"
                                    + " migrata_no_such_extension is not installed on the server of "),
                    refused.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void failingStatementKeepsEarlierRevisionsAndRollsBackItsOwn() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                ScratchDatabase atSecond = ScratchDatabase.create(server);
                ScratchDatabase clean = ScratchDatabase.create(server)) {
            atSecond.migrator().upgrade("002_rename_name");
            clean.migrator().upgrade("head");
            MigrationException failed = refuse(
                    MigrationException.Reason.STATEMENT_FAILED,
                    () -> db.migrator(SampleChain.of(SampleChain.Variant.FAILING_BACKFILL))
                            .build()
                            .upgrade("head"));
            assertTrue(
                    failed.getMessage()
                            .startsWith(
                                    "Revision 003_backfill failed at upgrade statement 2 of 3 (SQLSTATE 42703): ERROR: column"
                                            + " \"nickname\" of relation \"users\" does not exist"),
                    failed.getMessage());
            assertTrue(failed.getMessage().contains("\n  SQL: UPDATE users SET nickname = 'x'\n"), failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .endsWith("Revision 003_backfill was rolled back; the database stays at 002_rename_name."),
                    failed.getMessage());
            assertEquals(List.of("001_initial_schema", "002_rename_name"), db.appliedIds());
            assertEquals(atSecond.schemaDump(), db.schemaDump());
            assertEquals("0", db.query("SELECT count(*) FROM users"));

            db.migrator().upgrade("head");
            assertEquals(clean.schemaDump(), db.schemaDump());
            assertEquals(clean.history(), db.history());
        }
    }

    @Test
    void failedDowngradeSaysTheDatabaseStaysAtTheRevisionItTriedToRevert() throws Exception {
        DataMigration failingDowngrade = new DataMigration() {
            @Override
            public void upgrade(Connection connection) {}

            @Override
            public void downgrade(Connection connection) {
                throw new IllegalStateException("cannot restore the deleted rows");
            }
        };
        TestChain chain = TestChain.named("down")
                .revision(
                        "001_t",
                        "t",
                        List.of(transactional("CREATE TABLE t (id int)")),
                        List.of(transactional("DROP TABLE t")))
                .revision(
                        "002_u",
                        "u",
                        List.of(transactional("CREATE TABLE u (id int)")),
                        List.of(transactional("DROP TABLE u"), transactional("DROP TABLE no_such_table")))
                .revision("003_java", "java", List.of(), List.of(), failingDowngrade)
                .build();
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator(chain).build();
            migrator.upgrade("002_u");
            String before = db.state();
            MigrationException failed =
                    refuse(MigrationException.Reason.STATEMENT_FAILED, () -> migrator.downgrade("-1"));
            assertTrue(
                    failed.getMessage()
                            .startsWith("Revision 002_u failed at downgrade statement 2 of 2 (SQLSTATE 42P01): "),
                    failed.getMessage());
            assertTrue(
                    failed.getMessage()
                            .endsWith("The downgrade of revision 002_u to 001_t was rolled back; the database stays at"
                                    + " 002_u."),
                    failed.getMessage());
            assertEquals(before, db.state());
            assertEquals(Optional.of("002_u"), migrator.current());

            migrator.upgrade("head");
            before = db.state();
            MigrationException java =
                    refuse(MigrationException.Reason.STATEMENT_FAILED, () -> migrator.downgrade("base"));
            assertTrue(
                    java.getMessage()
                            .endsWith(": cannot restore the deleted rows\nThe downgrade of revision 003_java to"
                                    + " 002_u was rolled back; the database stays at 003_java."),
                    java.getMessage());
            assertEquals(before, db.state());
        }
    }

    @Test
    void unknownAmbiguousAndWrongWayTargets() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            migrator.upgrade("003");
            String before = db.state();
            MigrationException unknown =
                    refuse(MigrationException.Reason.UNKNOWN_TARGET, () -> migrator.upgrade("009"));
            assertEquals(
                    "No revision '009' in chain app; its revisions are 001_initial_schema, 002_rename_name, 003_backfill,"
                            + " 004_embedding_index (or use head, base, +N, -N)",
                    unknown.getMessage());
            MigrationException ambiguous =
                    refuse(MigrationException.Reason.AMBIGUOUS_TARGET, () -> migrator.downgrade("00"));
            assertEquals(
                    "Revision prefix '00' is ambiguous in chain app: it matches 001_initial_schema, 002_rename_name, 003_backfill,"
                            + " 004_embedding_index; give more of the id",
                    ambiguous.getMessage());
            MigrationException below = refuse(MigrationException.Reason.INVALID_TARGET, () -> migrator.upgrade("001"));
            assertTrue(
                    below.getMessage()
                            .startsWith(
                                    "Upgrade target 001_initial_schema is below the current revision 003_backfill of "),
                    below.getMessage());
            refuse(MigrationException.Reason.INVALID_TARGET, () -> migrator.downgrade("head"));
            refuse(MigrationException.Reason.INVALID_TARGET, () -> migrator.downgrade("-4"));
            refuse(MigrationException.Reason.INVALID_TARGET, () -> migrator.upgrade("+2"));
            refuse(MigrationException.Reason.UNKNOWN_TARGET, () -> migrator.stamp("nope"));
            assertEquals(before, db.state());
        }
    }

    @Test
    void passwordsNeverAppearInMessagesOrLogs() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            String hostAndName =
                    db.url().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
            Migrator migrator = Migrator.builder()
                    .url("postgresql://postgres:" + PASSWORD + "@" + hostAndName)
                    .chain(SampleChain.of(SampleChain.Variant.FAILING_BACKFILL))
                    .build();
            MigrationException failed = assertThrows(MigrationException.class, () -> migrator.upgrade("head"));
            MigrationException badHost = assertThrows(
                    MigrationException.class,
                    () -> Migrator.builder()
                            .url("postgres://postgres:" + PASSWORD + "@127.0.0.1:1/x")
                            .chain(SampleChain.standard())
                            .build()
                            .current());
            assertEquals(MigrationException.Reason.DATABASE_ERROR, badHost.reason());
            IllegalArgumentException badUrl = assertThrows(
                    IllegalArgumentException.class,
                    () -> Migrator.builder()
                            .url("mysql://root:" + PASSWORD + "@host/db")
                            .build());
            for (String text : List.of(
                    failed.getMessage(), badHost.getMessage(), badUrl.getMessage(), String.join("\n", log.lines()))) {
                assertFalse(text.contains(PASSWORD), text);
            }
            assertTrue(badUrl.getMessage().contains("mysql://host/db (user root)"), badUrl.getMessage());
        }
    }

    @Test
    void aChainOutOfOrderIsRefusedBeforeAnyWrite() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            List<Migration> swapped = new ArrayList<>(SampleChain.standard().migrations());
            Collections.swap(swapped, 1, 2);
            MigrationChain outOfOrder = chainOf(swapped);
            String before = db.state();
            MigrationException refused = refuse(
                    MigrationException.Reason.INVALID_CHAIN,
                    () -> db.migrator(outOfOrder).build().upgrade("head"));
            assertEquals(
                    "Chain app is out of order: revision 003_backfill names parent 002_rename_name but follows"
                            + " 001_initial_schema",
                    refused.getMessage());
            refuse(
                    MigrationException.Reason.INVALID_CHAIN,
                    () -> db.migrator(outOfOrder).build().stamp("head"));
            refuse(
                    MigrationException.Reason.INVALID_CHAIN,
                    () -> db.migrator(outOfOrder).build().sql("base", "head"));
            assertEquals(before, db.state());
        }
    }

    @Test
    void anUpToDateDatabaseNeedsOnlyTheChainsHead() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.migrator().upgrade("head");
            List<Migration> swapped = new ArrayList<>(SampleChain.standard().migrations());
            Collections.swap(swapped, 1, 2);
            Migrator migrator = db.migrator(chainOf(swapped)).build();
            // The newest row's chain checksum proves the applied prefix; the chain is not walked at startup.
            assertEquals(List.of(), migrator.upgrade("head"));
            refuse(MigrationException.Reason.INVALID_CHAIN, migrator::history);
        }
    }

    @Test
    void chainsWithoutRevisionsListingOneTwiceOrNamingAnotherHeadAreRefused() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            refuse(
                    MigrationException.Reason.INVALID_CHAIN,
                    () -> db.migrator(chainOf(List.of())).build());
            Migration root = SampleChain.standard().migrations().get(0);
            MigrationException twice = refuse(
                    MigrationException.Reason.INVALID_CHAIN,
                    () -> db.migrator(chainOf(List.of(root, root))).build().upgrade("head"));
            assertEquals("Chain app lists revision 001_initial_schema twice", twice.getMessage());
            List<Migration> standard = SampleChain.standard().migrations();
            MigrationChain wrongHead = chainOf(standard, standard.get(0));
            MigrationException head = refuse(
                    MigrationException.Reason.INVALID_CHAIN,
                    () -> db.migrator(wrongHead).build().upgrade("+1"));
            assertEquals(
                    "Chain app names 001_initial_schema as its head, but its last revision is "
                            + standard.get(standard.size() - 1).id(),
                    head.getMessage());
            assertFalse(db.schemaDump().contains("migrata_revisions"), "the history table was created");
        }
    }

    /** A chain of these revisions, in this order, as a hand-written chain could list them. */
    private static MigrationChain chainOf(List<Migration> revisions) {
        return chainOf(revisions, null);
    }

    /** The same, naming {@code head} as its head, or its last revision when {@code null}. */
    private static MigrationChain chainOf(List<Migration> revisions, Migration head) {
        return new MigrationChain() {
            @Override
            public String name() {
                return "app";
            }

            @Override
            public List<Migration> migrations() {
                return revisions;
            }

            @Override
            public Migration head() {
                return head != null ? head : MigrationChain.super.head();
            }

            @Override
            public SchemaDefinition headSchema() {
                return new SchemaDefinition(List.of());
            }
        };
    }

    private static MigrationException refuse(MigrationException.Reason reason, Executable call) {
        MigrationException refused = assertThrows(MigrationException.class, call);
        assertEquals(reason, refused.reason(), refused.getMessage());
        assertFalse(refused.getMessage().contains(PASSWORD));
        assertFalse(refused.getMessage().toLowerCase(Locale.ROOT).contains("password="), refused.getMessage());
        return refused;
    }

    /** The standard chain with 002_rename_name changed after it was applied. */
    private static TestChain editedRename() {
        TestChain standard = SampleChain.standard();
        TestChain.Builder builder = TestChain.named("app");
        for (Migration revision : standard.migrations()) {
            List<MigrationStep> up = revision.upgradeSteps();
            if (revision.id().equals("002_rename_name")) {
                up = List.of(transactional("ALTER TABLE users RENAME COLUMN name TO display_name"));
            }
            builder.revision(
                    revision.id(),
                    revision.message(),
                    up,
                    revision.downgradeSteps(),
                    revision.dataMigration().orElse(null));
        }
        return builder.revision("005_more", "more", List.of(transactional("CREATE TABLE more (id int)")), List.of())
                .build();
    }

    static TestChain withExtraRevision(TestChain base, String id, MigrationStep... up) {
        TestChain.Builder builder = TestChain.named(base.name());
        for (Migration revision : base.migrations()) {
            builder.revision(
                    revision.id(),
                    revision.message(),
                    revision.upgradeSteps(),
                    revision.downgradeSteps(),
                    revision.dataMigration().orElse(null));
        }
        return builder.revision(id, "extra " + id, List.of(up), List.of())
                .headSchema(base.headSchema())
                .build();
    }
}
