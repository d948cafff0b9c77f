package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The Testcontainers path, for real: runs when {@code -Dmigrata.containers=true} asks for it (as
 * {@code scripts/test-containers} does, with {@value PostgresServer#URL_VARIABLE} unset), and then
 * fails, never skips, when no container starts: the extension's setup throws first.
 */
@EnabledIfSystemProperty(named = "migrata.containers", matches = "true")
class ContainerPathTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void theDatabaseComesFromTheConfiguredContainer() {
        assertNull(
                System.getenv(PostgresServer.URL_VARIABLE),
                PostgresServer.URL_VARIABLE + " must be unset for the container path");
        PostgresServer server = PostgresServer.locate(System.getenv());
        ContainerServer container = assertInstanceOf(ContainerServer.class, server);
        assertEquals(ContainerServer.image(System.getenv()), container.imageName());
        assertEquals("the " + container.imageName() + " container", container.origin());
        assertTrue(db.jdbcUrl().startsWith("jdbc:postgresql://"), db.jdbcUrl());
    }

    @Test
    void pgvectorAnswersAnIndexedNearestNeighbourQuery() throws SQLException {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, embedding vector(3));"
                + " INSERT INTO items VALUES (1, '[1,0,0]'), (2, '[0,1,0]'), (3, '[0.9,0.1,0]');"
                + " CREATE INDEX ix_items_embedding ON items USING hnsw (embedding vector_cosine_ops)");
        assertEquals("1", db.queryForString("SELECT id FROM items ORDER BY embedding <=> '[1,0,0]' LIMIT 1"));
        assertEquals(
                "hnsw",
                db.queryForString("SELECT amname FROM pg_class JOIN pg_am ON pg_am.oid = relam"
                        + " WHERE relname = 'ix_items_embedding'"));
    }

    @Test
    void pgDumpRunsInsideTheContainer() throws SQLException {
        db.execute("CREATE TABLE dumped (id int)");
        CommandResult dump = PostgresServer.locate(System.getenv())
                .pgDump(db.databaseName(), List.of("--schema-only", "--table=dumped"));
        assertEquals(0, dump.exitCode(), dump.stderr());
        assertTrue(dump.stdout().contains("CREATE TABLE public.dumped"), dump.stdout());
    }
}
