package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.sql.Connection;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.postgresql.ds.PGSimpleDataSource;

/** The behaviour every migration run must have, against a real PostgreSQL with pgvector. */
class ConformanceTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final TestChain CHAIN = SampleChain.standard();
    private static final List<String> ALL_IDS =
            List.of("001_initial_schema", "002_rename_name", "003_backfill", "004_embedding_index");

    @Test
    void emptyDatabaseReachesHeadAndRerunIsANoOp() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server);
                LogCapture log = new LogCapture()) {
            Migrator migrator = db.migrator();
            migrator.upgrade("head");
            assertEquals(ALL_IDS, db.appliedIds());
            assertEquals("1", db.query("SELECT count(*) FROM documents"), "the data migration ran once");
            assertEquals(
                    "t",
                    db.query("SELECT indisvalid FROM pg_index WHERE indexrelid = 'ix_documents_embedding'::regclass"));
            List<String> running = log.lines().stream()
                    .filter(line -> line.startsWith("Running upgrade"))
                    .collect(Collectors.toList());
            assertEquals(4, running.size(), running.toString());
            assertTrue(
                    running.get(1)
                            .matches(
                                    "Running upgrade 001_initial_schema -> 002_rename_name, rename users\\.name \\(\\d+ ms\\)"),
                    running.get(1));

            String before =
                    db.state() + db.query("SELECT applied_at, execution_ms FROM migrata_revisions ORDER BY position");
            migrator.upgrade("head");
            db.migrator().upgrade("head");
            assertEquals(
                    before,
                    db.state() + db.query("SELECT applied_at, execution_ms FROM migrata_revisions ORDER BY position"));
            assertEquals(
                    4,
                    log.lines().stream()
                            .filter(line -> line.startsWith("Running upgrade"))
                            .count());
            assertTrue(migrator.check().isClean(), () -> migrator.check().toString());
        }
    }

    @Test
    void headToBaseToHeadLeavesTheSameCatalogAsADirectUpgrade() throws Exception {
        try (ScratchDatabase direct = ScratchDatabase.create(server);
                ScratchDatabase roundTrip = ScratchDatabase.create(server)) {
            direct.migrator().upgrade("head");
            Migrator migrator = roundTrip.migrator();
            migrator.upgrade("head");
            migrator.downgrade("base");
            assertEquals(List.of(), roundTrip.appliedIds());
            assertEquals(
                    "",
                    roundTrip.query(
                            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'migrata_revisions'"));
            assertEquals(Optional.empty(), migrator.current());
            migrator.upgrade("head");
            assertEquals(direct.schemaDump(), roundTrip.schemaDump());
            assertEquals(direct.history(), roundTrip.history());
        }
    }

    @Test
    void stepByStepUpThroughEveryRevisionAndBackDown() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            List<String> dumps = new ArrayList<>();
            dumps.add(db.schemaDump());
            for (int level = 1; level <= ALL_IDS.size(); level++) {
                migrator.upgrade("+1");
                assertEquals(Optional.of(ALL_IDS.get(level - 1)), migrator.current());
                assertEquals(ALL_IDS.subList(0, level), db.appliedIds());
                dumps.add(db.schemaDump());
            }
            MigrationException pastHead = assertThrows(MigrationException.class, () -> migrator.upgrade("+1"));
            assertEquals(MigrationException.Reason.INVALID_TARGET, pastHead.reason());
            for (int level = ALL_IDS.size() - 1; level >= 0; level--) {
                migrator.downgrade("-1");
                assertEquals(level == 0 ? Optional.empty() : Optional.of(ALL_IDS.get(level - 1)), migrator.current());
                if (level > 0) {
                    assertEquals(dumps.get(level), db.schemaDump(), "catalog after downgrading to level " + level);
                }
            }
        }
    }

    @Test
    void targetsByIdPrefixTypedConstantAndRelativeSteps() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            migrator.upgrade("002");
            assertEquals(Optional.of("002_rename_name"), migrator.current());
            migrator.upgrade(CHAIN.revision("004_embedding_index"));
            assertEquals(Optional.of("004_embedding_index"), migrator.current());
            migrator.downgrade("001_initial_schema");
            assertEquals(Optional.of("001_initial_schema"), migrator.current());
            migrator.upgrade("+2");
            assertEquals(Optional.of("003_backfill"), migrator.current());
            migrator.downgrade("-2");
            assertEquals(Optional.of("001_initial_schema"), migrator.current());
            migrator.upgrade("001_initial_schema");
            migrator.downgrade("base");
            assertEquals(Optional.empty(), migrator.current());
        }
    }

    @Test
    void historyMarksAppliedPendingCurrentAndHead() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            assertTrue(migrator.history().stream().allMatch(entry -> entry.state() == HistoryEntry.State.PENDING));
            migrator.upgrade("002_rename_name");
            List<HistoryEntry> history = migrator.history();
            assertEquals(ALL_IDS, history.stream().map(HistoryEntry::id).collect(Collectors.toList()));
            assertEquals(
                    List.of(
                            HistoryEntry.State.APPLIED,
                            HistoryEntry.State.APPLIED,
                            HistoryEntry.State.PENDING,
                            HistoryEntry.State.PENDING),
                    history.stream().map(HistoryEntry::state).collect(Collectors.toList()));
            assertTrue(history.get(1).current());
            assertFalse(history.get(3).current());
            assertTrue(history.get(3).head());
            assertTrue(history.get(0).appliedAt() != null
                    && history.get(0).appliedBy().equals("postgres"));
            assertEquals(
                    "001_initial_schema -> 002_rename_name (current), rename users.name [APPLIED]",
                    history.get(1).toString());
        }
    }

    @Test
    void stampRecordsAHandMadeSchemaThenUpgradeContinues() throws Exception {
        try (ScratchDatabase byHand = ScratchDatabase.create(server);
                ScratchDatabase direct = ScratchDatabase.create(server)) {
            try (Connection connection = byHand.connect();
                    Statement statement = connection.createStatement()) {
                for (String id : List.of("001_initial_schema", "002_rename_name")) {
                    for (MigrationStep step : CHAIN.revision(id).upgradeSteps()) {
                        statement.execute(step.sql());
                    }
                }
            }
            Migrator migrator = byHand.migrator();
            migrator.stamp("002_rename_name");
            assertEquals(List.of("001_initial_schema", "002_rename_name"), byHand.appliedIds());
            migrator.upgrade("head");
            direct.migrator().upgrade("head");
            assertEquals(direct.schemaDump(), byHand.schemaDump());
            assertEquals(direct.history(), byHand.history());
            migrator.stamp("base");
            assertEquals(List.of(), byHand.appliedIds());
            assertEquals(direct.schemaDump(), byHand.schemaDump(), "stamp runs no statement");
        }
    }

    @Test
    void offlineScriptAppliedWithPsqlGivesTheSameCatalogAsUpgrade() throws Exception {
        try (ScratchDatabase offline = ScratchDatabase.create(server);
                ScratchDatabase online = ScratchDatabase.create(server)) {
            Migrator migrator =
                    offline.migrator(CHAIN).allowDataMigrationsInSql(true).build();
            String script = migrator.sql("base", "head");
            assertTrue(
                    script.contains(
                            "-- Java data migration dev.migrata.runtime.SampleChain$SeedDocuments.upgrade(Connection) of 003_backfill"),
                    script);
            int commit = script.lastIndexOf("COMMIT;");
            int concurrently = script.indexOf("CREATE INDEX CONCURRENTLY");
            assertTrue(concurrently > commit, "the concurrent build comes after the last transaction block");
            offline.psql(script);
            online.migrator().upgrade("head");
            assertEquals(online.schemaDump(), offline.schemaDump());
            assertEquals(online.history(), offline.history());
            assertTrue(migrator.check().isClean());
            String before = offline.state();
            migrator.upgrade("head");
            assertEquals(before, offline.state(), "the migrator accepts what the script recorded");

            offline.psql(migrator.sql("head", "002_rename_name"));
            online.migrator().downgrade("002_rename_name");
            assertEquals(online.schemaDump(), offline.schemaDump());
            assertEquals(online.history(), offline.history());
        }
    }

    @Test
    void offlineScriptRefusesJavaDataMigrationsUnlessAllowed() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            MigrationException refused = assertThrows(MigrationException.class, () -> migrator.sql("base", "head"));
            assertEquals(MigrationException.Reason.DATA_MIGRATION_IN_SCRIPT, refused.reason());
            assertTrue(
                    refused.getMessage()
                            .contains(
                                    "Revision 003_backfill runs Java code (dev.migrata.runtime.SampleChain$SeedDocuments.upgrade)"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("allowDataMigrationsInSql(true)"));
            String script = migrator.sql("003_backfill", "head");
            assertTrue(script.contains("Running upgrade 003_backfill -> 004_embedding_index"));
        }
    }

    @Test
    void checkComparesOperatorClassesStorageParametersPartialIndexesAndForeignKeyActions() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            Migrator migrator = db.migrator();
            migrator.upgrade("head");
            assertTrue(migrator.check().isClean(), () -> migrator.check().toString());
            // Same names, columns and methods: only what each index and key is built with changes.
            db.execute("DROP INDEX ix_documents_embedding;"
                    + " CREATE INDEX ix_documents_embedding ON documents USING hnsw (embedding vector_l2_ops) WITH (m = 8);"
                    + " DROP INDEX ix_documents_owner_id_created_at;"
                    + " CREATE INDEX ix_documents_owner_id_created_at ON documents (owner_id, created_at) WHERE title <> 'draft';"
                    + " ALTER TABLE documents DROP CONSTRAINT fk_documents_owner_id_users, ADD CONSTRAINT"
                    + " fk_documents_owner_id_users FOREIGN KEY (owner_id) REFERENCES users (id) ON DELETE CASCADE");
            assertEquals(
                    List.of(
                            "INDEX_DEFINITION documents index ix_documents_embedding: expected hnsw (embedding vector_cosine_ops),"
                                    + " found hnsw (embedding vector_l2_ops) WITH (m = 8)",
                            "INDEX_DEFINITION documents index ix_documents_owner_id_created_at: expected btree (owner_id, created_at),"
                                    + " found btree (owner_id, created_at) WHERE title <> 'draft'::text",
                            "CONSTRAINT_DEFINITION documents constraint fk_documents_owner_id_users: expected FOREIGN KEY (owner_id)"
                                    + " REFERENCES users (id) ON DELETE NO ACTION ON UPDATE NO ACTION, found FOREIGN KEY (owner_id)"
                                    + " REFERENCES users (id) ON DELETE CASCADE ON UPDATE NO ACTION"),
                    migrator.check().drifts().stream()
                            .map(DriftReport.Drift::toString)
                            .toList());
        }
    }

    @Test
    void checkIsCleanAfterUpgradeAndReportsEveryKindOfDrift() throws Exception {
        try (ScratchDatabase columns = ScratchDatabase.create(server);
                ScratchDatabase tables = ScratchDatabase.create(server)) {
            Migrator onColumns = columns.migrator();
            onColumns.upgrade("head");
            assertTrue(onColumns.check().isClean(), () -> onColumns.check().toString());
            columns.execute("ALTER TABLE users ADD COLUMN nickname text;"
                    + " ALTER TABLE users ALTER COLUMN email TYPE text;"
                    + " ALTER TABLE users ALTER COLUMN created_at DROP DEFAULT;"
                    + " ALTER TABLE documents ALTER COLUMN title DROP NOT NULL;"
                    + " DROP INDEX ix_documents_embedding; DELETE FROM documents;"
                    + " ALTER TABLE documents ALTER COLUMN embedding TYPE vector(4);"
                    + " CREATE INDEX ix_documents_embedding ON documents USING ivfflat (embedding vector_l2_ops);"
                    + " ALTER TABLE documents DROP COLUMN created_at");
            DriftReport report = onColumns.check();
            assertEquals(
                    Set.of(
                            "EXTRA_COLUMN users.nickname: expected none, found text",
                            "COLUMN_TYPE users.email: expected character varying(255), found text",
                            "DEFAULT users.created_at: expected now(), found none",
                            "NULLABILITY documents.title: expected NOT NULL, found NULL",
                            "VECTOR_DIMENSIONS documents.embedding: expected vector(3), found vector(4)",
                            "INDEX_DEFINITION documents index ix_documents_embedding: expected hnsw (embedding vector_cosine_ops), found ivfflat (embedding vector_l2_ops)",
                            "MISSING_COLUMN documents.created_at: expected timestamp with time zone, found none",
                            "MISSING_INDEX documents index ix_documents_owner_id_created_at: expected btree (owner_id, created_at), found none"),
                    report.drifts().stream().map(DriftReport.Drift::toString).collect(Collectors.toSet()));

            Migrator onTables = tables.migrator();
            onTables.upgrade("head");
            tables.execute(
                    "ALTER TABLE documents DROP CONSTRAINT fk_documents_owner_id_users; DROP TABLE users;"
                            + " CREATE TABLE stray (id int);"
                            + " ALTER TABLE documents ADD CONSTRAINT ck_extra CHECK (id > 0);"
                            + " ALTER TABLE documents ALTER COLUMN id DROP IDENTITY;"
                            + " ALTER TABLE documents DROP CONSTRAINT pk_documents, ADD CONSTRAINT pk_documents PRIMARY KEY (id, owner_id);"
                            + " CREATE INDEX ix_stray ON documents (title);"
                            + " ALTER TABLE documents DROP CONSTRAINT ck_documents_title, ADD CONSTRAINT ck_documents_title UNIQUE (title)");
            Set<DriftReport.Kind> kinds = onTables.check().drifts().stream()
                    .map(DriftReport.Drift::kind)
                    .collect(Collectors.toSet());
            assertEquals(
                    EnumSet.of(
                            DriftReport.Kind.MISSING_TABLE,
                            DriftReport.Kind.EXTRA_TABLE,
                            DriftReport.Kind.MISSING_CONSTRAINT,
                            DriftReport.Kind.EXTRA_CONSTRAINT,
                            DriftReport.Kind.IDENTITY,
                            DriftReport.Kind.PRIMARY_KEY,
                            DriftReport.Kind.EXTRA_INDEX,
                            DriftReport.Kind.CONSTRAINT_KIND),
                    kinds,
                    onTables.check().toString());
        }
    }

    @Test
    void acceptsEveryUrlSpellingAndADataSource() throws Exception {
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            String hostAndName =
                    db.url().replaceFirst("^jdbc:postgresql://", "").replaceFirst("\\?.*$", "");
            for (String url : List.of(
                    "postgresql://postgres:not-the-password@" + hostAndName,
                    "postgres://postgres@" + hostAndName,
                    "postgresql+asyncpg://postgres@" + hostAndName + "?ssl=disable",
                    "jdbc:postgresql://" + hostAndName)) {
                Migrator migrator = Migrator.builder()
                        .url(url)
                        .user(url.startsWith("jdbc") ? "postgres" : null)
                        .chain(CHAIN)
                        .build();
                assertEquals(Optional.empty(), migrator.current(), url);
            }
            PGSimpleDataSource dataSource = new PGSimpleDataSource();
            dataSource.setUrl(db.url());
            Migrator migrator =
                    Migrator.builder().dataSource(dataSource).chain(CHAIN).build();
            migrator.upgrade("head");
            assertEquals(ALL_IDS, db.appliedIds());
        }
    }

    @Test
    void findsTheChainThroughServiceLoader() {
        Migrator migrator =
                Migrator.builder().url("postgresql://localhost/none").build();
        assertEquals("service_loaded", migrator.chain().name());
    }
}
