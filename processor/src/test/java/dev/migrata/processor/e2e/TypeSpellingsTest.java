package dev.migrata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.processor.write.PostgresTypeNames;
import dev.migrata.schema.model.SqlTypes;
import dev.migrata.testing.TestDatabase;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * What the diff relies on, checked on the server: spellings {@link SqlTypes#normalize} makes one are
 * one type for PostgreSQL, and a vector cannot be cast to other dimensions while {@code USING NULL}
 * (the paste MIG515 offers) converts a table with rows.
 */
class TypeSpellingsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final List<String> SPELLINGS = List.of(
            "int",
            "int4",
            "INTEGER",
            "int2",
            "int8",
            "VARCHAR(50)",
            "character varying(50)",
            "timestamp with time zone",
            "timestamp(3) with time zone",
            "timestamp without time zone",
            "time with time zone",
            "double precision",
            "float8",
            "float",
            "float(24)",
            "float4",
            "bool",
            "decimal(10,2)",
            "numeric(10, 2)",
            "char",
            "character(3)",
            "bit varying(5)",
            "int[]",
            "character varying(10)[3]",
            "JSONB");

    @Test
    void spellingsNormalizedToOneAreOneTypeForPostgresql() throws SQLException {
        StringBuilder columns = new StringBuilder();
        for (int i = 0; i < SPELLINGS.size(); i++) {
            String written = SPELLINGS.get(i);
            columns.append(i == 0 ? "" : ", ")
                    .append("w")
                    .append(i)
                    .append(' ')
                    .append(written)
                    .append(", n")
                    .append(i)
                    .append(' ')
                    .append(SqlTypes.normalize(written));
        }
        db.execute("CREATE TABLE spellings (" + columns + ")");
        for (int i = 0; i < SPELLINGS.size(); i++) {
            String written = SPELLINGS.get(i);
            String asWritten = formatType("w" + i);
            assertEquals(asWritten, formatType("n" + i), written + " and " + SqlTypes.normalize(written));
            assertEquals(asWritten, PostgresTypeNames.formatType(written), "format_type of " + written);
        }
    }

    @Test
    void aVectorHasNoCastToOtherDimensionsButUsingNullConvertsRows() throws SQLException {
        db.execute("CREATE EXTENSION IF NOT EXISTS vector");
        db.execute("CREATE TABLE documents (id int PRIMARY KEY, embedding vector(3))");
        db.execute("INSERT INTO documents VALUES (1, '[1,2,3]'), (2, NULL)");
        SQLException cast = assertThrows(
                SQLException.class,
                () -> db.execute(
                        "ALTER TABLE documents ALTER COLUMN embedding TYPE vector(4) USING embedding::vector(4)"));
        assertTrue(cast.getMessage().contains("expected 4 dimensions, not 3"), cast.getMessage());
        db.execute("ALTER TABLE documents ALTER COLUMN embedding TYPE vector(4) USING NULL");
        assertEquals("vector(4)", formatType("embedding", "documents"));
        assertEquals("0", db.queryForString("SELECT count(embedding) FROM documents"));
    }

    private static String formatType(String column) throws SQLException {
        return formatType(column, "spellings");
    }

    private static String formatType(String column, String table) throws SQLException {
        List<Map<String, Object>> rows =
                db.queryForList("SELECT format_type(atttypid, atttypmod) AS type FROM pg_attribute "
                        + "WHERE attrelid = '" + table + "'::regclass AND attname = '" + column + "'");
        return (String) rows.get(0).get("type");
    }
}
