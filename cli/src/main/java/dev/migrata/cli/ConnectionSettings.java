package dev.migrata.cli;

import dev.migrata.runtime.DatabaseUrl;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where the database URL comes from, in Alembic's spirit of "flag, then environment, then config
 * file": {@code --url}, else {@code DATABASE_URL}, else {@code url=} (with optional {@code user=}
 * and {@code password=}) in {@code migrata.properties} in the working directory.
 *
 * @param url the URL as given; may hold a password, so it is never printed (the runtime prints it masked)
 * @param user a user that wins over the URL's, or {@code null}
 * @param password a password that wins over the URL's, or {@code null}
 * @param origin where the URL came from, for messages
 */
record ConnectionSettings(String url, String user, String password, String origin) {

    static final String ENVIRONMENT_VARIABLE = "DATABASE_URL";
    static final String PROPERTIES_FILE = "migrata.properties";

    /**
     * Whether any source names a database: {@code --url}, {@code DATABASE_URL} or a
     * {@code migrata.properties} file (which {@link #resolve} may still refuse).
     */
    static boolean configured(String urlOption, CliContext context) {
        return urlOption != null
                || !context.environment().getOrDefault(ENVIRONMENT_VARIABLE, "").isBlank()
                || Files.isRegularFile(context.workingDirectory().resolve(PROPERTIES_FILE));
    }

    /**
     * Resolves the URL.
     *
     * @throws CliFailure when no source gives one, or the one found is not a PostgreSQL URL
     */
    static ConnectionSettings resolve(String urlOption, CliContext context) {
        ConnectionSettings settings;
        if (urlOption != null) {
            settings = new ConnectionSettings(urlOption, null, null, "--url");
        } else if (!context.environment().getOrDefault(ENVIRONMENT_VARIABLE, "").isBlank()) {
            settings = new ConnectionSettings(
                    context.environment().get(ENVIRONMENT_VARIABLE), null, null, ENVIRONMENT_VARIABLE);
        } else {
            settings = fromPropertiesFile(context.workingDirectory().resolve(PROPERTIES_FILE));
        }
        try {
            settings.database();
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage() + ", from " + settings.origin);
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

    private static ConnectionSettings fromPropertiesFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new CliFailure("No database URL: pass --url, set " + ENVIRONMENT_VARIABLE + ", or write url=... into "
                    + PROPERTIES_FILE + " in the working directory");
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new CliFailure("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String url = properties.getProperty("url", "").trim();
        if (url.isEmpty()) {
            throw new CliFailure(file + " has no url= entry");
        }
        return new ConnectionSettings(
                url, properties.getProperty("user"), properties.getProperty("password"), PROPERTIES_FILE);
    }
}
