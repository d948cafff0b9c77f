package dev.migrata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.TestDatabase;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The generated sample chain through the runtime: the rename with its Java backfill, drift, round trips. */
class SampleMigrationsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private Migrator migrator() {
        return Migrator.builder().dataSource(db.dataSource()).chain(SampleSchemaMigrations.chain()).build();
    }

    @Test
    void renameKeepsDataAndTheJavaBackfillRunsInTheSameRevision() throws Exception {
        Migrator migrator = migrator();
        migrator.upgrade(SampleSchemaMigrations.REVISIONS_ADD_SIMULATIONS);
        db.execute("INSERT INTO users (id, email, name) VALUES"
                + " ('00000000-0000-0000-0000-000000000001', 'ada.lovelace@example.org', NULL),"
                + " ('00000000-0000-0000-0000-000000000002', 'grace@example.org', 'Grace Hopper')");

        migrator.upgrade("head");

        assertEquals(Optional.of("006_embedding_index"), migrator.current());
        assertEquals("Ada Lovelace", db.queryForString(
                "SELECT full_name FROM users WHERE email = 'ada.lovelace@example.org'"));
        assertEquals("Grace Hopper", db.queryForString("SELECT full_name FROM users WHERE email = 'grace@example.org'"));
        DriftReport drift = migrator.check();
        assertTrue(drift.isClean(), drift.toString());

        String atHead = db.schemaDump();
        migrator.downgrade("base");
        assertEquals("1", db.queryForString("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"),
                "only migrata_revisions is left at base");
        migrator.upgrade("head");
        assertEquals(atHead, db.schemaDump());
        assertTrue(migrator.check().isClean());
    }
}
