package dev.migrata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.Test;

class ConnectionSettingsTest {

    private static final String CONFIGURED = "jdbc:postgresql://configured:5432/app";
    private static final String PROPERTY = "jdbc:postgresql://property:5432/app";
    private static final String ENVIRONMENT = "postgresql://env-user:env-pw-1234@environment:5432/app";

    private static final ConnectionSettings.Configured NOTHING_CONFIGURED =
            new ConnectionSettings.Configured(null, null, null);

    @Test
    void configurationWinsOverPropertyAndEnvironment() throws MojoFailureException {
        ConnectionSettings settings = ConnectionSettings.resolve(
                new ConnectionSettings.Configured(CONFIGURED, "pom-user", "pom-pw"),
                Map.of("DATABASE_URL", ENVIRONMENT),
                properties("migrata.url", PROPERTY, "migrata.user", "cli-user", "migrata.password", "cli-pw"));

        assertEquals(CONFIGURED, settings.url());
        assertEquals("pom-user", settings.user());
        assertEquals("pom-pw", settings.password());
        assertEquals("<url> in the plugin configuration", settings.origin());
    }

    @Test
    void propertyWinsOverEnvironment() throws MojoFailureException {
        ConnectionSettings settings = ConnectionSettings.resolve(
                NOTHING_CONFIGURED,
                Map.of("DATABASE_URL", ENVIRONMENT),
                properties("migrata.url", PROPERTY, "migrata.user", "cli-user"));

        assertEquals(PROPERTY, settings.url());
        assertEquals("cli-user", settings.user());
        assertNull(settings.password());
        assertEquals("-Dmigrata.url", settings.origin());
    }

    @Test
    void userPropertiesWinOverSystemProperties() throws MojoFailureException {
        ConnectionSettings settings = ConnectionSettings.resolve(
                NOTHING_CONFIGURED,
                Map.of(),
                properties("migrata.url", PROPERTY),
                properties("migrata.url", CONFIGURED, "migrata.user", "system-user"));

        assertEquals(PROPERTY, settings.url());
        assertEquals("system-user", settings.user(), "each setting is resolved on its own");
    }

    @Test
    void environmentWhenNothingElseNamesADatabase() throws MojoFailureException {
        ConnectionSettings settings = ConnectionSettings.resolve(
                NOTHING_CONFIGURED, Map.of("DATABASE_URL", ENVIRONMENT), properties("migrata.url", "  "));

        assertEquals(ENVIRONMENT, settings.url());
        assertEquals("DATABASE_URL", settings.origin());
        assertEquals("env-user", settings.database().credentials().getProperty("user"));
    }

    @Test
    void configuredUserAndPasswordApplyToTheEnvironmentUrl() throws MojoFailureException {
        ConnectionSettings settings = ConnectionSettings.resolve(
                new ConnectionSettings.Configured(null, "pom-user", "pom-pw-5678"),
                Map.of("DATABASE_URL", ENVIRONMENT),
                new Properties());

        assertEquals("pom-user", settings.database().credentials().getProperty("user"));
        assertEquals("pom-pw-5678", settings.database().credentials().getProperty("password"));
    }

    @Test
    void noSourceSaysWhatToSet() {
        MojoFailureException failure = assertThrows(
                MojoFailureException.class,
                () -> ConnectionSettings.resolve(NOTHING_CONFIGURED, Map.of("DATABASE_URL", ""), new Properties()));

        assertEquals(
                "No database URL: set <url> in the migrata-maven-plugin configuration, pass"
                        + " -Dmigrata.url=jdbc:postgresql://host:5432/database, or set DATABASE_URL",
                failure.getMessage());
    }

    @Test
    void aBadUrlIsRefusedWithItsOriginAndWithoutItsPassword() {
        MojoFailureException failure = assertThrows(
                MojoFailureException.class,
                () -> ConnectionSettings.resolve(
                        NOTHING_CONFIGURED, Map.of(), properties("migrata.url", "mysql://root:s3cret-pw@db:3306/app")));

        assertTrue(
                failure.getMessage().startsWith("Not a PostgreSQL URL: mysql://db:3306/app (user root)"),
                failure.getMessage());
        assertTrue(failure.getMessage().endsWith(", from -Dmigrata.url"), failure.getMessage());
        assertFalse(failure.getMessage().contains("s3cret-pw"), failure.getMessage());
    }

    @Test
    void aUrlWithoutDatabaseIsRefused() {
        MojoFailureException failure = assertThrows(
                MojoFailureException.class,
                () -> ConnectionSettings.resolve(
                        new ConnectionSettings.Configured("postgresql://u:pw-9876@db:5432", null, null),
                        Map.of(),
                        new Properties()));

        assertTrue(failure.getMessage().contains("names no database"), failure.getMessage());
        assertTrue(failure.getMessage().endsWith(", from <url> in the plugin configuration"), failure.getMessage());
        assertFalse(failure.getMessage().contains("pw-9876"), failure.getMessage());
    }

    @Test
    void shownWithoutThePassword() throws MojoFailureException {
        ConnectionSettings settings =
                ConnectionSettings.resolve(NOTHING_CONFIGURED, Map.of("DATABASE_URL", ENVIRONMENT), new Properties());

        assertEquals("postgresql://environment:5432/app (user env-user) from DATABASE_URL", settings.toString());
    }

    private static Properties properties(String... keysAndValues) {
        Properties properties = new Properties();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.setProperty(keysAndValues[i], keysAndValues[i + 1]);
        }
        return properties;
    }
}
