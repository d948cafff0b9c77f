package dev.migrata.url;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the parser gives its two readers beyond the JDBC URL: the parameters, user and password.
 * The reading rules themselves are tested through the runtime's {@code DatabaseUrl} (its
 * {@code DatabaseUrlTest} and {@code SecretsTest}).
 */
class PostgresUrlTest {

    @Test
    void parametersOtherThanCredentialsAreKeptDecodedInTheOrderWritten() {
        PostgresUrl url = PostgresUrl.parse(
                "postgresql://db/app?user=me&options=-c%20search_path%3Dx&password=a&b&sslpassword=k&ssl=require");
        assertEquals(List.of("options", "sslmode"), List.copyOf(url.parameters().keySet()));
        assertEquals(Map.of("options", "-c search_path=x", "sslmode", "require"), url.parameters());
        assertEquals("jdbc:postgresql://db/app?options=-c%20search_path%3Dx&sslmode=require", url.jdbcUrl());
        assertEquals("me", url.user());
        assertEquals("a&b", url.password());
        assertEquals("k", url.credentials().getProperty("sslpassword"));
    }

    @Test
    void userAndPasswordGivenApartWinAndMayBeAbsent() {
        PostgresUrl given = PostgresUrl.parse("postgres://u:p@db:5433/app", "other", "secret!");
        assertEquals("other", given.user());
        assertEquals("secret!", given.password());
        assertEquals("db:5433", given.hosts());
        assertEquals("app", given.database());

        PostgresUrl bare = PostgresUrl.parse("jdbc:postgresql://db/app");
        assertNull(bare.user());
        assertNull(bare.password());
        assertEquals(Map.of(), bare.parameters());
    }

    @Test
    void theParserDependsOnTheJdkOnly() throws IOException {
        List<String> offenders;
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            offenders = files.filter(file -> file.toString().endsWith(".java"))
                    .filter(file -> {
                        try {
                            return Files.readString(file).matches("(?sm).*^import (?!java\\.).*");
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    })
                    .map(Path::toString)
                    .toList();
        }
        assertEquals(List.of(), offenders);
    }

    @Test
    void aRefusedUrlIsShownWithoutItsPassword() {
        IllegalArgumentException refused =
                assertThrows(IllegalArgumentException.class, () -> PostgresUrl.parse("mysql://root:hunter2@db/x"));
        assertEquals(
                "Not a PostgreSQL URL: mysql://db/x (user root) (expected jdbc:postgresql://, postgresql://,"
                        + " postgres:// or postgresql+asyncpg://)",
                refused.getMessage());
    }
}
