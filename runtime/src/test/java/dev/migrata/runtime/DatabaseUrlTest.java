package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    /** The characters generated passwords hold that mean something in a URL. */
    static final List<String> SPECIAL = List.of("/", "?", "&", "@", ":", "%", "#", "+", " ");

    @Test
    void aUserParameterWinsOverTheUserInformationWhereverTheUrlIsShown() {
        String url = "postgresql://alice:s3cret-Pa55@db:5432/app?user=bob";
        assertEquals("bob", DatabaseUrl.parse(url).credentials().getProperty("user"));
        assertEquals(
                "jdbc:postgresql://db:5432/app (user bob)",
                DatabaseUrl.parse(url).masked());
        assertEquals("postgresql://db:5432/app (user bob)", DatabaseUrl.mask(url));
    }

    @Test
    void jdbcUrlKeepsItsOptionsAndMovesCredentialsOut() {
        DatabaseUrl url =
                DatabaseUrl.parse("jdbc:postgresql://db:5432/app?user=app&password=pw&sslmode=require", null, null);
        assertEquals("jdbc:postgresql://db:5432/app?sslmode=require", url.jdbcUrl());
        assertEquals("app", url.credentials().getProperty("user"));
        assertEquals("pw", url.credentials().getProperty("password"));
        assertEquals("jdbc:postgresql://db:5432/app?sslmode=require (user app)", url.masked());
        assertEquals("app", url.database());
        assertEquals("db:5432", url.hosts());
    }

    @Test
    void libpqStyleUrlsAsFoundInDatabaseUrl() {
        for (String scheme : new String[] {"postgresql", "postgres", "postgresql+asyncpg"}) {
            DatabaseUrl url = DatabaseUrl.parse(scheme + "://app:p%40ss%3Aword@db.example:6432/app_db", null, null);
            assertEquals("jdbc:postgresql://db.example:6432/app_db", url.jdbcUrl());
            assertEquals("app", url.credentials().getProperty("user"));
            assertEquals("p@ss:word", url.credentials().getProperty("password"));
            assertFalse(url.masked().contains("ss:word"));
        }
        assertEquals(
                "jdbc:postgresql://db/app?sslmode=require",
                DatabaseUrl.parse("postgresql+asyncpg://db/app?ssl=require", null, null)
                        .jdbcUrl());
        assertEquals(
                "jdbc:postgresql://h1:5432,h2:5432/app?targetServerType=primary",
                DatabaseUrl.parse("postgresql://h1:5432,h2:5432/app?targetServerType=primary", null, null)
                        .jdbcUrl());
        assertEquals(
                "jdbc:postgresql://[::1]:5432/app (user me@example.org)",
                DatabaseUrl.parse("postgresql://me@example.org:pw@[::1]:5432/app")
                        .masked());
    }

    @Test
    void separateUserAndPasswordWinOverTheUrl() {
        Properties credentials =
                DatabaseUrl.parse("postgres://a:b@db/app", "admin", "secret").credentials();
        assertEquals("admin", credentials.getProperty("user"));
        assertEquals("secret", credentials.getProperty("password"));
        assertNull(
                DatabaseUrl.parse("postgres://db/app", null, null).credentials().getProperty("user"));
    }

    /** Each special character, raw and percent-encoded, in the user-information and query forms. */
    @Test
    void everySpecialCharacterOfAPasswordInEveryForm() {
        for (String special : SPECIAL) {
            String password = "Ab" + special + "cd" + special + "Ef9";
            for (boolean encoded : new boolean[] {false, true}) {
                // A plus sign is always a plus sign in a URL's credentials, so a space is %20.
                String written = encoded
                        ? URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20")
                        : password;
                for (String url : List.of(
                        "jdbc:postgresql://migrator:" + written + "@db.example:5432/lab?sslmode=disable",
                        "postgresql://migrator:" + written + "@db.example:5432/lab",
                        "postgres://migrator:" + written + "@db.example:5432/lab",
                        "postgresql+asyncpg://migrator:" + written + "@db.example:5432/lab",
                        "jdbc:postgresql://db.example:5432/lab?user=migrator&password=" + written,
                        "jdbc:postgresql://db.example:5432/lab?password=" + written + "&user=migrator")) {
                    DatabaseUrl parsed = DatabaseUrl.parse(url);
                    assertEquals(password, parsed.credentials().getProperty("password"), url);
                    assertEquals("migrator", parsed.credentials().getProperty("user"), url);
                    assertEquals("lab", parsed.database(), url);
                    assertEquals("db.example:5432", parsed.hosts(), url);
                    assertTrue(parsed.masked().startsWith("jdbc:postgresql://db.example:5432/lab"), url);
                    assertTrue(parsed.masked().endsWith(" (user migrator)"), url);
                    assertFalse(parsed.jdbcUrl().contains("cd"), url);
                    assertFalse(parsed.masked().contains("cd"), url);
                    assertFalse(DatabaseUrl.mask(url).contains("cd"), url);
                }
            }
        }
    }

    @Test
    void aPasswordThatIsNotValidlyPercentEncodedIsTakenLiterally() {
        for (String password : List.of("50%zzoff", "tail%", "%e9t%e9", "a%2")) {
            DatabaseUrl parsed = DatabaseUrl.parse("postgresql://u:" + password + "@db/app");
            assertEquals(password, parsed.credentials().getProperty("password"));
            assertEquals("jdbc:postgresql://db/app (user u)", parsed.masked());
        }
        assertEquals(
                "été",
                DatabaseUrl.parse("postgresql://u:%C3%A9t%C3%A9@db/app")
                        .credentials()
                        .getProperty("password"));
    }

    @Test
    void anAtSignInAQueryValueOtherThanCredentialsEndsTheUserInformation() {
        DatabaseUrl parsed = DatabaseUrl.parse("postgresql://u:p@ss@db:5432/app?user=me@corp");
        assertEquals("me@corp", parsed.credentials().getProperty("user"));
        assertEquals("p@ss", parsed.credentials().getProperty("password"));
        assertEquals("jdbc:postgresql://db:5432/app (user me@corp)", parsed.masked());
    }

    @Test
    void aUrlWithoutADatabaseIsRefused() {
        for (String url : List.of(
                "postgresql://app:s3cret/pw@127.0.0.1:5432", "postgresql://app:s3cret/pw@127.0.0.1:5432/",
                "jdbc:postgresql://127.0.0.1:5432/?password=s3cret/pw&user=app",
                        "jdbc:postgresql://127.0.0.1:5432?user=app&password=s3cret/pw")) {
            IllegalArgumentException refused =
                    assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse(url));
            assertTrue(
                    refused.getMessage()
                            .endsWith(" names no database: add /<database>, e.g. "
                                    + url.substring(0, url.indexOf("://") + 3) + "127.0.0.1:5432/app"),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("127.0.0.1:5432"), refused.getMessage());
            assertTrue(refused.getMessage().contains("(user app)"), refused.getMessage());
            assertFalse(refused.getMessage().contains("s3cret"), refused.getMessage());
        }
    }

    @Test
    void otherRefusalsShowTheUrlMaskedByTheSameRule() {
        IllegalArgumentException notPostgres =
                assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://u:hun/ter2@h/db"));
        assertEquals(
                "Not a PostgreSQL URL: mysql://h/db (user u) (expected jdbc:postgresql://, postgresql://, postgres://"
                        + " or postgresql+asyncpg://)",
                notPostgres.getMessage());
        IllegalArgumentException noHost =
                assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://u:hun/ter2@/db"));
        assertFalse(noHost.getMessage().contains("ter2"), noHost.getMessage());
        assertTrue(noHost.getMessage().contains(" names no host"), noHost.getMessage());
        IllegalArgumentException badPort =
                assertThrows(IllegalArgumentException.class, () -> DatabaseUrl.parse("postgresql://h:99999/db"));
        assertEquals("The URL postgresql://h:99999/db names port 99999: a port is 1 to 65535", badPort.getMessage());
        assertEquals("(not a URL)", DatabaseUrl.mask("u:hun/ter2@h/db"));
    }

    @Test
    void scrubRemovesThePasswordInEveryFormFromOtherText() {
        DatabaseUrl parsed = DatabaseUrl.parse("postgresql://u:a%2Fb%20c%26d@h/db");
        assertEquals("a/b c&d", parsed.credentials().getProperty("password"));
        assertEquals(
                "raw *** encoded *** form *** end",
                parsed.scrub("raw a/b c&d encoded a%2Fb%20c%26d form a%2Fb+c%26d end"));
        assertEquals(
                "password *** from properties",
                DatabaseUrl.parse("postgresql://h/db", "u", "from-file").scrub("password from-file from properties"));
    }
}
