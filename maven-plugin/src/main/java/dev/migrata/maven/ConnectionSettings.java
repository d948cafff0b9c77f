package dev.migrata.maven;

import dev.migrata.runtime.DatabaseUrl;
import java.util.Map;
import java.util.Properties;
import org.apache.maven.plugin.MojoFailureException;

/**
 * Where a goal's database comes from, in the order {@code flyway-maven-plugin} users expect: the
 * plugin's {@code <configuration>}, then the {@code -Dmigrata.url=…} property (user properties, then
 * system properties), then the {@code DATABASE_URL} environment variable. The user and the password
 * are resolved the same way, each on its own, and win over those written in the URL.
 *
 * @param url the URL as given; may hold a password, so it is never shown (see {@link #database()})
 * @param user a user that wins over the URL's, or {@code null}
 * @param password a password that wins over the URL's, or {@code null}
 * @param origin where the URL came from, for messages
 */
record ConnectionSettings(String url, String user, String password, String origin) {

    static final String URL_PROPERTY = "migrata.url";
    static final String USER_PROPERTY = "migrata.user";
    static final String PASSWORD_PROPERTY = "migrata.password";
    static final String ENVIRONMENT_VARIABLE = "DATABASE_URL";

    /** What the POM's {@code <configuration>} sets; each value may be {@code null}. */
    record Configured(String url, String user, String password) {}

    /**
     * Resolves the settings.
     *
     * @param properties the build's properties, {@code -D} ones included, in the order to consult them
     * @param environment the process environment
     * @throws MojoFailureException when no source names a URL, or the one found is not a PostgreSQL
     *     URL naming a host and a database (the message shows it masked)
     */
    static ConnectionSettings resolve(Configured configured, Map<String, String> environment, Properties... properties)
            throws MojoFailureException {
        ConnectionSettings settings;
        String user = firstOf(configured.user(), USER_PROPERTY, properties);
        String password = firstOf(configured.password(), PASSWORD_PROPERTY, properties);
        if (present(configured.url())) {
            settings = new ConnectionSettings(configured.url(), user, password, "<url> in the plugin configuration");
        } else if (present(property(URL_PROPERTY, properties))) {
            settings = new ConnectionSettings(property(URL_PROPERTY, properties), user, password, "-D" + URL_PROPERTY);
        } else if (present(environment.get(ENVIRONMENT_VARIABLE))) {
            settings =
                    new ConnectionSettings(environment.get(ENVIRONMENT_VARIABLE), user, password, ENVIRONMENT_VARIABLE);
        } else {
            throw new MojoFailureException(
                    "No database URL: set <url> in the migrata-maven-plugin configuration, pass -D" + URL_PROPERTY
                            + "=jdbc:postgresql://host:5432/database, or set " + ENVIRONMENT_VARIABLE);
        }
        try {
            settings.database();
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException(e.getMessage() + ", from " + settings.origin());
        }
        return settings;
    }

    /**
     * The parsed URL, with the user and password of these settings.
     *
     * @throws IllegalArgumentException when it is not a PostgreSQL URL naming a host and a database
     */
    DatabaseUrl database() {
        return DatabaseUrl.parse(url, user, password);
    }

    /** Never the password: the masked URL and where it came from. */
    @Override
    public String toString() {
        return DatabaseUrl.mask(url) + " from " + origin;
    }

    private static String firstOf(String configured, String name, Properties... properties) {
        return present(configured) ? configured : property(name, properties);
    }

    private static String property(String name, Properties... properties) {
        for (Properties source : properties) {
            String value = source.getProperty(name);
            if (present(value)) {
                return value;
            }
        }
        return null;
    }

    private static boolean present(String value) {
        return value != null && !value.isBlank();
    }
}
