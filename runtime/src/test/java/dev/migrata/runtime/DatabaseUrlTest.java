package dev.migrata.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Properties;
import org.junit.jupiter.api.Test;

class DatabaseUrlTest {

    @Test
    void jdbcUrlKeepsItsOptionsAndMovesCredentialsOut() {
        DatabaseUrl url =
                DatabaseUrl.parse("jdbc:postgresql://db:5432/app?user=app&password=pw&sslmode=require", null, null);
        assertEquals("jdbc:postgresql://db:5432/app?sslmode=require", url.jdbcUrl());
        assertEquals("app", url.credentials().getProperty("user"));
        assertEquals("pw", url.credentials().getProperty("password"));
        assertEquals("jdbc:postgresql://db:5432/app?sslmode=require (user app)", url.masked());
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
                "jdbc:postgresql://localhost",
                DatabaseUrl.parse("postgres://localhost", null, null).jdbcUrl());
        assertEquals(
                "jdbc:postgresql://h1:5432,h2:5432/app?targetServerType=primary",
                DatabaseUrl.parse("postgresql://h1:5432,h2:5432/app?targetServerType=primary", null, null)
                        .jdbcUrl());
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

    @Test
    void masksPasswordsInAnyText() {
        assertEquals(
                "postgresql://u:***@h/db and jdbc:postgresql://h/db?user=u&password=***&x=1",
                DatabaseUrl.mask("postgresql://u:hunter2@h/db and jdbc:postgresql://h/db?user=u&password=hunter2&x=1"));
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> DatabaseUrl.parse("mysql://u:hunter2@h/db", null, null));
        assertFalse(refused.getMessage().contains("hunter2"), refused.getMessage());
    }
}
