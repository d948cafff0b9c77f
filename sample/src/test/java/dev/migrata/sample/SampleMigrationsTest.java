package dev.migrata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationException;
import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated sample chain through the runtime: the rename with its Java backfill, drift, round trips. */
class SampleMigrationsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    /** Every test starts from an empty schema; they share the class's database. */
    @BeforeEach
    void startAtBase() {
        Migrator migrator = migrator();
        if (migrator.current().isPresent()) {
            migrator.downgrade("base");
        }
    }

    private Migrator migrator() {
        return Migrator.builder()
                .dataSource(db.dataSource())
                .chain(SampleSchemaMigrations.chain())
                .build();
    }

    @Test
    void renameKeepsDataAndTheJavaBackfillRunsInTheSameRevision() throws Exception {
        Migrator migrator = migrator();
        migrator.upgrade(SampleSchemaMigrations.REVISIONS_ADD_SIMULATIONS);
        db.execute("INSERT INTO users (id, email, name) VALUES"
                + " ('00000000-0000-0000-0000-000000000001', 'ada.lovelace@example.org', NULL),"
                + " ('00000000-0000-0000-0000-000000000002', 'grace@example.org', 'Grace Hopper')");

        assertEquals(
                List.of("004_full_names", "005_workflows", "006_embedding_index"),
                migrator.upgrade("head"),
                "upgrade returns what it applied, in order");
        assertEquals(List.of(), migrator.upgrade("head"), "nothing is applied twice");

        assertEquals(Optional.of("006_embedding_index"), migrator.current());
        assertEquals(
                "Ada Lovelace",
                db.queryForString("SELECT full_name FROM users WHERE email = 'ada.lovelace@example.org'"));
        assertEquals(
                "Grace Hopper", db.queryForString("SELECT full_name FROM users WHERE email = 'grace@example.org'"));
        DriftReport drift = migrator.check();
        assertTrue(drift.isClean(), drift.toString());

        String atHead = db.schemaDump();
        assertEquals(
                List.of(
                        "006_embedding_index",
                        "005_workflows",
                        "004_full_names",
                        "003_simulations",
                        "002_structures",
                        "001_initial_schema"),
                migrator.downgrade("base"),
                "downgrade returns what it reverted, newest first");
        assertEquals(
                "1",
                db.queryForString("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                "only migrata_revisions is left at base");
        migrator.upgrade("head");
        assertEquals(atHead, db.schemaDump());
        assertTrue(migrator.check().isClean());
    }

    @Test
    void stepByStepUpAndDownMatchesTheCatalogAtEveryRevision() throws Exception {
        Migrator migrator = migrator();
        List<String> dumps = new ArrayList<>();
        dumps.add(db.schemaDump());
        for (int level = 1; level <= 6; level++) {
            migrator.upgrade("+1");
            dumps.add(db.schemaDump());
        }
        assertEquals(Optional.of("006_embedding_index"), migrator.current());
        for (int level = 5; level >= 0; level--) {
            assertEquals(1, migrator.downgrade("-1").size(), "one revision reverted per step");
            assertEquals(dumps.get(level), db.schemaDump(), "catalog after stepping down to level " + level);
        }
        assertEquals(Optional.empty(), migrator.current());
    }

    @Test
    void offlineScriptAppliedWithPsqlGivesTheSameCatalogAsUpgrade() throws Exception {
        Migrator migrator = migrator();
        migrator.upgrade("head");
        String upgraded = db.schemaDump();
        migrator.downgrade("base");
        db.execute("DROP TABLE migrata_revisions");

        // 004 backfills names in Java, which a SQL script cannot carry: refused unless allowed.
        MigrationException refused = assertThrows(MigrationException.class, () -> migrator.sql("base", "head"));
        assertTrue(refused.getMessage().contains("004_full_names"), refused.getMessage());
        String script = Migrator.builder()
                .dataSource(db.dataSource())
                .chain(SampleSchemaMigrations.chain())
                .allowDataMigrationsInSql(true)
                .build()
                .sql("base", "head");
        db.psql(script).orFail();

        assertEquals(upgraded, db.schemaDump());
        assertEquals(Optional.of("006_embedding_index"), migrator.current());
        assertTrue(migrator.check().isClean());
    }

    @Test
    void planListsThePendingStepsWithTheirFactsAndAppliesNothing() throws Exception {
        Migrator migrator = migrator();
        migrator.upgrade(SampleSchemaMigrations.REVISIONS_ADD_SIMULATIONS);
        String before = db.schemaDump();

        String plan = migrator.plan("head").toString();

        // The sample's files were written before format 1: their steps state no locks, and the
        // generator's own index builds are known to be re-runnable and which index they build.
        assertEquals(
                String.join(
                                "\n",
                                "Upgrade 003_simulations -> 004_full_names, rename users.name to full_name and backfill it",
                                "  step 1 (transaction 1) locks: not stated",
                                "    ALTER TABLE users RENAME COLUMN name TO full_name",
                                "  step 2 (java) dev.migrata.sample.schema.Revisions.RenameUserName#upgrade",
                                "Upgrade 004_full_names -> 005_workflows, workflow templates and cancellable jobs",
                                "  step 1 (transaction 1) locks: not stated",
                                "    ALTER TABLE simulation_jobs DROP CONSTRAINT ck_simulation_jobs_status",
                                "  step 2 (transaction 1) locks: not stated",
                                "    CREATE TABLE workflow_templates ( id bigint NOT NULL GENERATED BY DEFAULT AS IDENTITY, name varchar(120) NOT NULL, defi…",
                                "  step 3 (transaction 1) locks: not stated",
                                "    ALTER TABLE simulation_jobs ADD COLUMN workflow_template_id bigint",
                                "  step 4 (transaction 1) locks: not stated",
                                "    ALTER TABLE simulation_jobs ADD CONSTRAINT ck_simulation_jobs_status CHECK (status IN ('QUEUED', 'RUNNING', 'SUCCEEDED'…",
                                "  step 5 (transaction 1) locks: not stated",
                                "    ALTER TABLE simulation_jobs ADD CONSTRAINT fk_simulation_jobs_workflow_template_id_workflow_templates FOREIGN KEY (work…",
                                "  step 6 (transaction 1) locks: not stated",
                                "    ALTER TABLE simulation_jobs VALIDATE CONSTRAINT fk_simulation_jobs_workflow_template_id_workflow_templates",
                                "Upgrade 005_workflows -> 006_embedding_index, HNSW index on structure embeddings",
                                "  step 1 (non-transactional, re-runnable, index ix_simulation_jobs_active) locks: not stated",
                                "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_simulation_jobs_active ON simulation_jobs (status) WHERE status IN ('QUEUED'…",
                                "  step 2 (non-transactional, re-runnable, index ix_structures_embedding) locks: not stated",
                                "    CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_structures_embedding ON structures USING hnsw (embedding vector_cosine_ops) …")
                        + "\n",
                plan);
        assertEquals(before, db.schemaDump(), "plan changes nothing");
        assertEquals(Optional.of("003_simulations"), migrator.current());
    }
}
