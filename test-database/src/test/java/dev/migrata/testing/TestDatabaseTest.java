package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class TestDatabaseTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @Test
    void databaseIsFreshAndNamedAfterTheTestClass() throws SQLException {
        DatabasesSeen.checkAndRecord(TestDatabaseTest.class, db);
        assertTrue(db.databaseName().matches("migrata_t_testdatabasetest_[0-9a-f]{8}"), db.databaseName());
        assertEquals(db.databaseName(), db.queryForString("SELECT current_database()"));
        assertEquals(
                "0",
                db.queryForString(
                        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"));
    }

    @Test
    void vectorExtensionIsInstalledAndWorks() throws SQLException {
        assertEquals("1", db.queryForString("SELECT count(*) FROM pg_extension WHERE extname = 'vector'"));
        assertEquals("5", db.queryForString("SELECT '[3,4]'::vector <-> '[0,0]'::vector"));
    }

    @Test
    void dataSourceAndConnectionReachTheSameDatabase() throws SQLException {
        try (Connection connection = db.dataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet resultSet = statement.executeQuery("SELECT current_database()")) {
            assertTrue(resultSet.next());
            assertEquals(db.databaseName(), resultSet.getString(1));
        }
        try (Connection connection = db.connection()) {
            assertEquals(db.databaseName(), connection.getCatalog());
        }
    }

    @Test
    void executeAndQueryForList() throws SQLException {
        db.execute("CREATE TABLE items (id int PRIMARY KEY, label text);"
                + " INSERT INTO items VALUES (1, 'a'), (2, NULL)");
        List<Map<String, Object>> rows = db.queryForList("SELECT id, label FROM items ORDER BY id");
        assertEquals(2, rows.size());
        assertEquals(List.of("id", "label"), List.copyOf(rows.get(0).keySet()));
        assertEquals(1, rows.get(0).get("id"));
        assertEquals("a", rows.get(0).get("label"));
        assertNull(rows.get(1).get("label"));
        assertNull(db.queryForString("SELECT label FROM items WHERE id = 3"));
        db.execute("DROP TABLE items");
    }

    @Test
    void psqlRunsScriptsWithMetaCommands() {
        CommandResult result = db.psql("CREATE TABLE psql_check (id int);\n"
                        + "\\pset tuples_only on\n"
                        + "SELECT current_database();\n"
                        + "DROP TABLE psql_check;\n")
                .orFail();
        assertEquals(db.databaseName(), result.stdout().strip());
    }

    @Test
    void psqlStopsAtTheFirstError() {
        CommandResult result = db.psql("SELECT 1/0;\nSELECT 'not reached';\n");
        assertAll(
                () -> assertNotEquals(0, result.exitCode()),
                () -> assertTrue(result.stderr().contains("division by zero"), result.stderr()),
                () -> assertFalse(result.stdout().contains("not reached"), result.stdout()));
    }

    @Test
    void schemaDumpIsStableAndShowsTables() throws SQLException {
        db.execute("CREATE TABLE dumped (id bigint PRIMARY KEY, embedding vector(3))");
        try {
            String first = db.schemaDump();
            String second = db.schemaDump();
            assertEquals(first, second);
            assertTrue(first.contains("CREATE TABLE public.dumped ("), first);
            assertTrue(first.contains("embedding public.vector(3)"), first);
            assertFalse(first.contains("--"), "comments are filtered:\n" + first);
            assertFalse(first.contains("SET "), "settings are filtered:\n" + first);
        } finally {
            db.execute("DROP TABLE dumped");
        }
    }

    @Test
    void equalSchemasInTwoDatabasesDumpEqually() throws SQLException {
        String ddl = "CREATE TABLE twin (id uuid PRIMARY KEY, note text NOT NULL DEFAULT '')";
        String other = db.createDatabase();
        try {
            db.execute(ddl);
            try (Connection connection = java.sql.DriverManager.getConnection(db.jdbcUrl(other));
                    Statement statement = connection.createStatement()) {
                statement.execute(ddl);
                assertEquals(other, connection.getCatalog());
            }
            String dumpHere = db.schemaDump();
            assertTrue(dumpHere.contains("CREATE TABLE public.twin"), dumpHere);
            assertEquals(dumpHere, db.schemaDump(other));
            db.execute("DROP TABLE twin");
            assertFalse(db.schemaDump().contains("twin"));
        } finally {
            db.dropDatabase(other);
        }
        assertEquals("0", db.queryForString("SELECT count(*) FROM pg_database WHERE datname = '" + other + "'"));
    }

    @Test
    void urlsNameTheDatabase() {
        assertTrue(db.jdbcUrl().startsWith("jdbc:postgresql://"), db.jdbcUrl());
        assertTrue(db.jdbcUrl().contains("/" + db.databaseName() + "?user="), db.jdbcUrl());
        assertTrue(db.libpqUrl().startsWith("postgresql://"), db.libpqUrl());
        assertTrue(db.libpqUrl().contains("/" + db.databaseName()), db.libpqUrl());
    }

    @Nested
    class NestedClass {
        @Test
        void sharesTheOuterClassDatabase() throws SQLException {
            assertEquals(db.databaseName(), db.queryForString("SELECT current_database()"));
        }
    }
}
