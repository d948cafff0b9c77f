package dev.migrata.testing;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** Where the server comes from, URL forms, and the messages when that goes wrong. */
class ServerLocationTest {

    @Test
    void badUrlInTheEnvironmentSaysWhichVariableAndWhatForm() {
        IllegalStateException error = assertThrows(
                IllegalStateException.class,
                () -> PostgresServer.locate(Map.of("MIGRATA_TEST_DATABASE_URL", "mysql://root:hunter2@db/x")));
        String message = error.getMessage();
        assertAll(
                () -> assertTrue(message.startsWith("MIGRATA_TEST_DATABASE_URL is not a PostgreSQL URL"), message),
                () -> assertTrue(message.contains("jdbc:postgresql://host:port/database"), message),
                () -> assertFalse(message.contains("hunter2"), "password leaked: " + message));
    }

    @Test
    void unreachableServerSaysWhereAndWhatToDo() {
        PostgresServer nowhere = PostgresServer.locate(Map.of(
                "MIGRATA_TEST_DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&password=hunter2"));
        TestDatabase db = new TestDatabase(() -> nowhere);
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> db.open(getClass()));
        String message = error.getMessage();
        assertAll(
                () -> assertTrue(
                        message.startsWith("Cannot connect to PostgreSQL at postgres@127.0.0.1:1/postgres"
                                + " (from MIGRATA_TEST_DATABASE_URL)"),
                        message),
                () -> assertTrue(message.contains("scripts/setup-postgres.sh"), message),
                () -> assertFalse(message.contains("hunter2"), "password leaked: " + message));
        assertThrows(IllegalStateException.class, db::jdbcUrl);
    }

    @Test
    void usingTheExtensionOutsideItsLifecycleExplainsHowToRegisterIt() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> new TestDatabase().jdbcUrl());
        assertTrue(error.getMessage().contains("@RegisterExtension static final TestDatabase"), error.getMessage());
    }

    @Test
    void twoExtensionInstancesCreateTwoDatabases() {
        TestDatabase first = new TestDatabase();
        TestDatabase second = new TestDatabase();
        first.open(getClass());
        try {
            second.open(getClass());
            try {
                assertNotEquals(first.databaseName(), second.databaseName());
                assertTrue(first.databaseName().startsWith("migrata_t_serverlocationtest_"));
            } finally {
                second.close();
            }
        } finally {
            first.close();
        }
    }

    @Test
    void jdbcUrlIsParsed() {
        ServerAddress address =
                ServerAddress.parse("jdbc:postgresql://db.example:6543/admin?user=me&password=p%26w&sslmode=require");
        assertEquals(
                new ServerAddress("db.example", 6543, "admin", "me", "p&w", Map.of("sslmode", "require")), address);
        assertEquals(
                "jdbc:postgresql://db.example:6543/x?user=me&password=p%26w&sslmode=require", address.jdbcUrl("x"));
        assertEquals("postgresql://me:p%26w@db.example:6543/x?sslmode=require", address.libpqUrl("x"));
        assertEquals("me@db.example:6543/admin", address.toString());
    }

    @Test
    void libpqUrlIsConvertedAndDefaultsApply() {
        ServerAddress address = ServerAddress.parse("postgres://app:s3cret@10.0.0.5/main?ApplicationName=x");
        assertEquals(
                "jdbc:postgresql://10.0.0.5:5432/t?user=app&password=s3cret&ApplicationName=x", address.jdbcUrl("t"));
        // psql rejects parameters it does not know, so JDBC-only ones are left out.
        assertEquals("postgresql://app:s3cret@10.0.0.5:5432/t", address.libpqUrl("t"));

        ServerAddress minimal = ServerAddress.parse("postgresql://localhost");
        assertEquals("postgres", minimal.user());
        assertEquals("postgres", minimal.database());
        assertEquals(5432, minimal.port());
        assertNull(minimal.password());
        assertEquals("jdbc:postgresql://localhost:5432/postgres?user=postgres", minimal.jdbcUrl("postgres"));
    }

    @Test
    void redactionHidesPasswordsInBothForms() {
        String hidden = "<user, password and parameters hidden>";
        assertEquals("postgresql://" + hidden, ServerAddress.redact("postgresql://u:pw@h/db"));
        assertEquals("postgresql://" + hidden, ServerAddress.redact("postgresql://u:p/w?@x@h/db"));
        assertEquals(
                "jdbc:postgresql://" + hidden,
                ServerAddress.redact("jdbc:postgresql://h/db?user=u&password=p&w@d&x=1"));
        assertEquals("postgresql://h:5432/db", ServerAddress.redact("postgresql://h:5432/db"));
    }

    @Test
    void databaseNamesFitPostgresLimit() {
        assertEquals("my_test", TestDatabase.sanitize("My$Test"));
        String longName = TestDatabase.sanitize("A".repeat(100));
        assertTrue(("migrata_t_" + longName + "_12345678").length() <= TestDatabase.MAX_NAME_BYTES);
        assertEquals("anonymous", TestDatabase.sanitize(""));
    }
}
