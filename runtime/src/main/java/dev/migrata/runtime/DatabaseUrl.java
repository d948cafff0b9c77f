package dev.migrata.runtime;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL connection URL in any of the spellings applications carry around: JDBC
 * ({@code jdbc:postgresql://}) and libpq/SQLAlchemy style ({@code postgresql://},
 * {@code postgres://}, {@code postgresql+asyncpg://}) as found in {@code DATABASE_URL}. Credentials
 * are moved out of the URL into connection properties, so the JDBC URL kept here never holds a
 * password and {@link #masked()} is safe to print.
 *
 * <p>Public so that an application can open its own connections from the same {@code DATABASE_URL}
 * it migrates: {@code DatabaseUrl.parse(url).connect()}.
 */
public final class DatabaseUrl {

    private static final Pattern SCHEME = Pattern.compile(
            "^(jdbc:postgresql|postgresql(\\+\\w+)?|postgres)://(.*)$", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern PASSWORD_IN_TEXT =
            Pattern.compile("(?i)(password=)[^&\\s;]*|(://[^/:@\\s]*:)[^@/\\s]*(@)");

    private final String jdbcUrl;
    private final Properties credentials;

    private DatabaseUrl(String jdbcUrl, Properties credentials) {
        this.jdbcUrl = jdbcUrl;
        this.credentials = credentials;
    }

    /**
     * Parses a URL, with the user and password it carries (if any).
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL (the message masks it)
     */
    public static DatabaseUrl parse(String url) {
        return parse(url, null, null);
    }

    /**
     * Parses a URL; {@code user} and {@code password}, when not null, win over those in the URL.
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL (the message masks it)
     */
    public static DatabaseUrl parse(String url, String user, String password) {
        Matcher matcher = SCHEME.matcher(url.trim());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("Not a PostgreSQL URL: " + mask(url)
                    + " (expected jdbc:postgresql://, postgresql://, postgres:// or postgresql+asyncpg://)");
        }
        String rest = matcher.group(3);
        String authority;
        String pathAndQuery;
        int slash = rest.indexOf('/');
        int question = rest.indexOf('?');
        int authorityEnd = slash >= 0 ? slash : question >= 0 ? question : rest.length();
        if (question >= 0 && question < authorityEnd) {
            authorityEnd = question;
        }
        authority = rest.substring(0, authorityEnd);
        pathAndQuery = rest.substring(authorityEnd);

        Properties properties = new Properties();
        int at = authority.lastIndexOf('@');
        if (at >= 0) {
            String userInfo = authority.substring(0, at);
            authority = authority.substring(at + 1);
            int colon = userInfo.indexOf(':');
            String urlUser = colon >= 0 ? userInfo.substring(0, colon) : userInfo;
            if (!urlUser.isEmpty()) {
                properties.setProperty("user", decode(urlUser));
            }
            if (colon >= 0) {
                properties.setProperty("password", decode(userInfo.substring(colon + 1)));
            }
        }

        String path = pathAndQuery;
        String query = "";
        int q = pathAndQuery.indexOf('?');
        if (q >= 0) {
            path = pathAndQuery.substring(0, q);
            query = pathAndQuery.substring(q + 1);
        }
        List<String> keptParameters = new ArrayList<>();
        for (String parameter : query.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int eq = parameter.indexOf('=');
            String key = (eq >= 0 ? parameter.substring(0, eq) : parameter).toLowerCase(Locale.ROOT);
            String value = eq >= 0 ? decode(parameter.substring(eq + 1)) : "";
            if (key.equals("user") || key.equals("password")) {
                properties.setProperty(key, value);
            } else if (key.equals("ssl") && !value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
                // asyncpg spells libpq's sslmode as ssl=require; the JDBC driver expects sslmode.
                keptParameters.add("sslmode=" + value);
            } else {
                keptParameters.add(parameter);
            }
        }
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        StringBuilder jdbc =
                new StringBuilder("jdbc:postgresql://").append(authority).append(path);
        if (!keptParameters.isEmpty()) {
            jdbc.append('?').append(String.join("&", keptParameters));
        }
        return new DatabaseUrl(jdbc.toString(), properties);
    }

    /** The JDBC URL without credentials. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** A copy of the user and password properties for {@code DriverManager.getConnection}. */
    public Properties credentials() {
        Properties copy = new Properties();
        copy.putAll(credentials);
        return copy;
    }

    /** The URL for messages and logs: the user is kept, no password appears. */
    public String masked() {
        String user = credentials.getProperty("user");
        return user == null ? jdbcUrl : jdbcUrl + " (user " + user + ")";
    }

    /** Replaces any password in free text (a URL, a driver message) with {@code ***}. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        Matcher matcher = PASSWORD_IN_TEXT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String replacement =
                    matcher.group(1) != null ? matcher.group(1) + "***" : matcher.group(2) + "***" + matcher.group(3);
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Opens a connection through {@link DriverManager} with the application's JDBC driver. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, credentials());
    }

    private static String decode(String value) {
        return URLDecoder.decode(value.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return masked();
    }
}
