package dev.migrata.processor.e2e;

import static dev.migrata.processor.e2e.ChainDatabases.assertClean;
import static dev.migrata.processor.e2e.ChainDatabases.execute;
import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.schema.model.Names;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Expression, operator-class, ordered and covering indexes, a partial HNSW index, a 3,000-dimension
 * vector indexed through a halfvec cast, and a stored generated {@code tsvector} column, end to end:
 * on a new table, added to a table with rows (the acceptance {@link RoundTrip}), and changed. The
 * revision files are compared with the goldens; each chain is applied to a real database, {@code
 * check()} finds it clean, and a downgrade restores the parent's indexes.
 */
class IndexScenariosTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String DOCUMENT = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Distance;
            import dev.migrata.annotations.Index;
            import dev.migrata.annotations.Table;
            import dev.migrata.annotations.Vector;
            import dev.migrata.annotations.VectorIndex;
            import java.time.Instant;

            @Table(name = "documents")
            %s
            record Document(
                    @Column(primaryKey = true) long id,
                    @Column(nullable = false) String title,
                    @Column(nullable = false) String body,
                    @Column(type = "jsonb") String meta,
                    @Column(nullable = false) Instant createdAt,
                    boolean archived,
                    %s
                    @Vector(dimensions = 3) %s float[] embedding,
                    @Vector(dimensions = 3000) %s float[] large) {}
            """;

    /** The table without any of the new kinds of index or the generated column. */
    private static final String PLAIN = DOCUMENT.formatted("", "", "", "");

    private static final String INDEXES = """
            @Index(expression = "lower(title)")
            @Index(expression = "meta jsonb_path_ops", using = "gin", name = "ix_documents_meta")
            @Index(expression = "created_at DESC", include = {"title", "archived"}, name = "ix_documents_recent")
            @Index(columns = "search", using = "gin")""";

    private static final String SEARCH =
            "@Column(type = \"tsvector\", generated = \"to_tsvector('english', body)\") String search,";

    private static final String PARTIAL_HNSW = "@VectorIndex(distance = Distance.COSINE, where = \"NOT archived\")";

    private static final String HALFVEC = "@VectorIndex(distance = Distance.COSINE, castToHalfvec = true)";

    private static final String INDEXED = DOCUMENT.formatted(INDEXES, SEARCH, PARTIAL_HNSW, HALFVEC);

    private static final String INDEXES_OF_DOCUMENTS =
            "SELECT indexdef FROM pg_indexes WHERE tablename = 'documents' ORDER BY indexname";

    /** A row with a 3,000-dimension vector; {@code search} is computed by the server. */
    private static final String INSERT_ROW = "INSERT INTO documents (id, title, body, meta, created_at, archived,"
            + " embedding, large) VALUES (%d, 'Cats', 'cats and dogs', '{\"lang\": \"en\"}', now(), false,"
            + " '[1,0,0]', array_fill(0.5::real, ARRAY[3000])::vector)";

    @TempDir
    Path dir;

    @Test
    void indexesAndGeneratedColumnOfANewTable(TestInfo test) throws Exception {
        MigrataProject project = project(INDEXED);
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");
        String sql = project.read("001_initial_schema.sql");
        assertTrue(sql.contains("CREATE INDEX " + lowerTitleIndex() + " ON documents (lower(title));"), sql);
        assertTrue(sql.contains("CREATE INDEX ix_documents_meta ON documents USING gin (meta jsonb_path_ops);"), sql);
        assertTrue(
                sql.contains(
                        "CREATE INDEX ix_documents_recent ON documents (created_at DESC) INCLUDE (title, archived);"),
                sql);
        assertTrue(
                sql.contains("CREATE INDEX ix_documents_embedding ON documents USING hnsw (embedding vector_cosine_ops)"
                        + " WITH (ef_construction = 64, m = 16) WHERE NOT archived;"),
                sql);
        assertTrue(
                sql.contains("CREATE INDEX ix_documents_large ON documents USING hnsw ((large::halfvec(3000))"
                        + " halfvec_cosine_ops) WITH (ef_construction = 64, m = 16);"),
                sql);
        assertTrue(sql.contains("search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED"), sql);

        ChainDatabases.inDatabase(server, compilation, (url, migrator) -> {
            migrator.upgrade("head");
            assertClean(migrator.check());
            execute(url, INSERT_ROW.formatted(1));
            assertEquals(List.of("t"), query(url, "SELECT search @@ to_tsquery('english', 'dog') FROM documents"));
            List<String> indexes = query(url, INDEXES_OF_DOCUMENTS);
            assertTrue(
                    indexes.contains("CREATE INDEX ix_documents_large ON public.documents USING hnsw"
                            + " (((large)::halfvec(3000)) halfvec_cosine_ops) WITH (ef_construction='64', m='16')"),
                    indexes.toString());
            // By hand: the ordering of a key and a generation expression differ from the declared ones.
            execute(
                    url,
                    "DROP INDEX ix_documents_recent; CREATE INDEX ix_documents_recent ON documents (created_at)"
                            + " INCLUDE (title, archived); ALTER TABLE documents DROP COLUMN search, ADD COLUMN search"
                            + " tsvector GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;"
                            + " CREATE INDEX ix_documents_search ON documents USING gin (search)");
            assertEquals(
                    List.of(
                            "GENERATED documents.search: expected GENERATED ALWAYS AS"
                                    + " (to_tsvector('english'::regconfig, body)) STORED, found GENERATED ALWAYS AS"
                                    + " (to_tsvector('simple'::regconfig, body)) STORED",
                            "INDEX_DEFINITION documents index ix_documents_recent: expected btree (created_at DESC)"
                                    + " INCLUDE (title, archived), found btree (created_at) INCLUDE (title, archived)"),
                    migrator.check().drifts().stream().map(Object::toString).toList());
            migrator.downgrade("base");
            assertEquals(List.of(), query(url, "SELECT tablename FROM pg_tables WHERE tablename = 'documents'"));
        });
    }

    @Test
    void addedToAnExistingTableWithRows(TestInfo test) throws Exception {
        MigrataProject project = project(PLAIN);
        project.compileSuccessfully();
        Compilation compilation = secondRevision(project, INDEXED);
        project.assertRevisionFilesMatchGoldens(test, "002_indexes");
        String sql = project.read("002_indexes.sql");
        String upgrade = sql.substring(0, sql.indexOf("-- migrata:downgrade"));
        assertTrue(upgrade.contains("[MIG327]"), upgrade);
        assertTrue(
                upgrade.contains(
                        "ADD COLUMN search tsvector GENERATED ALWAYS AS (to_tsvector('english', body)) STORED;"),
                upgrade);
        assertTrue(
                upgrade.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_recent ON documents"
                        + " (created_at DESC) INCLUDE (title, archived);"),
                upgrade);

        RoundTrip.of(server, compilation, "001_initial_schema")
                .atParent((url, migrator) -> {
                    for (int id = 1; id <= 3; id++) {
                        execute(url, INSERT_ROW.formatted(id));
                    }
                })
                .atHead((url, migrator) -> {
                    assertEquals(List.of("3"), query(url, "SELECT count(*) FROM documents WHERE search @@ 'cat'"));
                    assertEquals(7, query(url, INDEXES_OF_DOCUMENTS).size());
                })
                .afterDowngrade(
                        (url, migrator) -> assertEquals(List.of("3"), query(url, "SELECT count(*) FROM documents")))
                .run();
    }

    @Test
    void changedRebuildsAndRenamedOnlyRenames(TestInfo test) throws Exception {
        MigrataProject project = project(INDEXED);
        project.compileSuccessfully();
        String changed = DOCUMENT.formatted(
                INDEXES.replace("lower(title)", "lower(title), id").replace("\"ix_documents_meta\"", "\"ix_meta\""),
                SEARCH.replace("'english'", "'simple'"),
                PARTIAL_HNSW.replace("NOT archived", "archived IS FALSE"),
                HALFVEC);
        Compilation compilation = secondRevision(project, changed);
        project.assertRevisionFilesMatchGoldens(test, "002_indexes");
        String sql = project.read("002_indexes.sql");
        String upgrade = sql.substring(0, sql.indexOf("-- migrata:downgrade"));
        assertTrue(upgrade.contains("[MIG326]"), upgrade);
        assertFalse(upgrade.contains("[MIG327]"), upgrade);
        assertTrue(upgrade.contains("ALTER INDEX ix_documents_meta RENAME TO ix_meta;"), upgrade);
        assertTrue(upgrade.contains("DROP COLUMN search;"), upgrade);
        assertTrue(upgrade.contains("GENERATED ALWAYS AS (to_tsvector('simple', body)) STORED;"), upgrade);
        // The GIN index on the recreated column goes with it and is built again.
        assertTrue(upgrade.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_search"), upgrade);
        assertTrue(upgrade.contains("DROP INDEX CONCURRENTLY IF EXISTS " + lowerTitleIndex() + ";"), upgrade);
        assertTrue(upgrade.contains("WHERE archived IS FALSE;"), upgrade);
        assertFalse(upgrade.contains("ix_documents_large"), upgrade);

        ChainDatabases.inDatabase(server, compilation, (url, migrator) -> {
            migrator.upgrade("001_initial_schema");
            execute(url, INSERT_ROW.formatted(1));
            List<String> parent = query(url, INDEXES_OF_DOCUMENTS);
            migrator.upgrade("head");
            assertClean(migrator.check());
            // 'simple' does not stem: the plural matches, the stem does not.
            assertEquals(List.of("t"), query(url, "SELECT search @@ to_tsquery('simple', 'cats') FROM documents"));
            assertEquals(List.of("f"), query(url, "SELECT search @@ to_tsquery('simple', 'cat') FROM documents"));
            migrator.downgrade("001_initial_schema");
            assertEquals(parent, query(url, INDEXES_OF_DOCUMENTS));
            assertEquals(List.of("t"), query(url, "SELECT search @@ to_tsquery('english', 'dog') FROM documents"));
        });
    }

    /** {@code ix_documents_} and 8 hex characters of the SHA-256 of the expression. */
    private static String lowerTitleIndex() {
        return "ix_documents_" + Names.sha256Hex("lower(title)").substring(0, 8);
    }

    private MigrataProject project(String document) {
        return new MigrataProject(dir)
                .source("app.Document", document)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "Document");
    }

    private static Compilation secondRevision(MigrataProject project, String document) {
        return project.source("app.Document", document)
                .source(
                        "app.Indexes",
                        "package app;\n\nimport dev.migrata.annotations.Revision;\n\n"
                                + "@Revision(id = \"002_indexes\", parent = InitialSchema.class)\n"
                                + "final class Indexes {}\n")
                .schema("Indexes", "Document")
                .compileSuccessfully();
    }
}
