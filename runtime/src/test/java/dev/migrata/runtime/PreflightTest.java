package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The extension preflight reads statements, not the text inside their literals and comments. */
class PreflightTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    @Test
    void literalsAndCommentsAreBlankedOutQuotedIdentifiersKept() {
        assertBlanked("SELECT 'CREATE EXTENSION vector', x", "SELECT , x");
        assertBlanked("SELECT $$CREATE EXTENSION vector$$", "SELECT ");
        assertBlanked("SELECT $f$ it's $$ CREATE EXTENSION x $f$;", "SELECT ;");
        assertBlanked("SELECT 1 -- CREATE EXTENSION vector\nSELECT 2", "SELECT 1 \nSELECT 2");
        assertBlanked("SELECT /* a /* nested */ CREATE */ 2", "SELECT 2");
        assertBlanked("SELECT E'it\\'s '' a', 'b''c' || x", "SELECT E , || x");
        assertBlanked("CREATE EXTENSION \"it's\"", "CREATE EXTENSION \"it's\"");
        assertBlanked("SELECT $1, a$b, 'x'", "SELECT $1, a$b, ");
    }

    /** Blanking keeps every offset; {@code expected} is the result with runs of spaces collapsed. */
    private static void assertBlanked(String sql, String expected) {
        String code = Preflight.codeOnly(sql);
        assertEquals(sql.length(), code.length(), code);
        assertEquals(expected, code.replaceAll(" +", " "));
    }

    @Test
    void createExtensionInsideALiteralOrACommentNeedsNoSuperuser() throws Exception {
        String role = "migrata_pf_" + UUID.randomUUID().toString().substring(0, 8);
        server.execute("CREATE ROLE " + role + " LOGIN");
        try (ScratchDatabase db = ScratchDatabase.create(server)) {
            db.execute("DROP EXTENSION vector; GRANT CREATE ON SCHEMA public TO " + role);
            TestChain harmless = TestChain.named("harmless")
                    .revision(
                            "001_notes",
                            "notes",
                            List.of(
                                    transactional("CREATE TABLE notes (body text)"),
                                    transactional("INSERT INTO notes VALUES ('CREATE EXTENSION vector')"),
                                    transactional("SELECT $$CREATE EXTENSION IF NOT EXISTS vector$$"),
                                    transactional(
                                            "-- CREATE EXTENSION vector\nSELECT 1 /* CREATE EXTENSION vector */")),
                            List.of(transactional("DROP TABLE notes")))
                    .build();
            Migrator migrator = db.migrator(harmless).user(role).build();
            assertEquals(List.of("001_notes"), migrator.upgrade("head"));
            assertEquals("CREATE EXTENSION vector", db.query("SELECT body FROM notes"));

            // The same role is still refused a real CREATE EXTENSION before anything runs.
            TestChain real = RefusalTest.withExtraRevision(
                    harmless, "002_vector", transactional("CREATE EXTENSION IF NOT EXISTS vector"));
            String before = db.state();
            MigrationException refused = assertThrows(
                    MigrationException.class,
                    () -> db.migrator(real).user(role).build().upgrade("head"));
            assertEquals(MigrationException.Reason.INSUFFICIENT_PRIVILEGE, refused.reason(), refused.getMessage());
            assertTrue(
                    refused.getMessage().startsWith("The migration runs CREATE EXTENSION vector, which role " + role),
                    refused.getMessage());
            assertEquals(before, db.state());
        } finally {
            server.execute("DROP ROLE " + role);
        }
    }
}
