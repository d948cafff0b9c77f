package dev.migrata.sample;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.TestDatabase;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The committed {@code .sql} files are the reviewable truth: applied in chain order with psql they
 * build the schema the runtime builds, and their downgrades applied in reverse leave nothing behind.
 */
class RevisionFilesWithPsqlTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void upgradesAppliedWithPsqlBuildTheRuntimesSchemaAndDowngradesRemoveIt() throws Exception {
        List<String> ids = RevisionFiles.idsInChainOrder();
        assertEquals(6, ids.size(), "the sample declares six revisions");
        for (String id : ids) {
            db.psql(RevisionFiles.upgradeSection(id)).orFail();
        }
        String byPsql = db.schemaDump();
        assertTrue(byPsql.contains("USING hnsw (embedding public.vector_cosine_ops)"), byPsql);
        assertTrue(byPsql.contains("full_name text"), "004 renamed users.name");

        List<String> reversed = new ArrayList<>(ids);
        java.util.Collections.reverse(reversed);
        for (String id : reversed) {
            db.psql(RevisionFiles.downgradeSection(id)).orFail();
        }
        assertEquals("0", db.queryForString("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
        assertEquals(
                "0",
                db.queryForString("SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                        + " WHERE n.nspname = 'public' AND c.relkind IN ('r', 'i', 'S', 'v')"));

        // The same files through the runtime give the same catalog, plus only the history table.
        Migrator.builder()
                .dataSource(db.dataSource())
                .chain(SampleSchemaMigrations.chain())
                .build()
                .upgrade("head");
        db.execute("DROP TABLE migrata_revisions");
        assertEquals(byPsql, db.schemaDump());
    }
}
