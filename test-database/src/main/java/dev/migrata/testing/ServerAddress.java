package dev.migrata.testing;

import dev.migrata.url.PostgresUrl;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a PostgreSQL server is and how to log in, without a database: URLs for any database on
 * it are derived from here. Read by Migrata's one URL parser, {@link PostgresUrl}, as the runtime reads it: the JDBC form
 * ({@code jdbc:postgresql://host:port/db?user=u&password=p}) and the libpq forms ({@code
 * postgresql://u:p@host:port/db}, {@code postgres://}, {@code postgresql+asyncpg://}).
 * {@link #toString()} never shows the password.
 */
record ServerAddress(
        String host, int port, String database, String user, String password, Map<String, String> options) {

    static final int DEFAULT_PORT = 5432;

    /** One host (a name, IPv4 or {@code [IPv6]}) with an optional port, as {@link PostgresUrl#hosts()} gives it. */
    private static final Pattern HOST_AND_PORT = Pattern.compile("(\\[[^\\]]+\\]|[^:,\\[]+)(?::(\\d+))?");

    /**
     * Connection options that mean the same to pgjdbc and libpq; only these are passed on, since
     * psql rejects a URL with a parameter it does not know.
     */
    private static final Set<String> SHARED_OPTIONS =
            Set.of("sslmode", "sslcert", "sslkey", "sslrootcert", "connect_timeout", "options");

    ServerAddress {
        // Sorted, so generated URLs are the same whatever order the input had.
        options = Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /**
     * Reads a URL by the runtime's rules (the parser is the same, {@link PostgresUrl}): every form an application's
     * {@code DATABASE_URL} may take works here too. The user defaults to {@code postgres}.
     *
     * @throws IllegalArgumentException for a URL the runtime refuses, or one naming several hosts;
     *     the message shows the URL without its password
     */
    static ServerAddress parse(String url) {
        PostgresUrl parsed = PostgresUrl.parse(url);
        Matcher hostAndPort = HOST_AND_PORT.matcher(parsed.hosts());
        if (!hostAndPort.matches()) {
            throw new IllegalArgumentException("The URL " + parsed.masked() + " names several hosts (" + parsed.hosts()
                    + "); the tests create their databases on one server");
        }
        String user = parsed.user();
        return new ServerAddress(
                hostAndPort.group(1),
                hostAndPort.group(2) == null ? DEFAULT_PORT : Integer.parseInt(hostAndPort.group(2)),
                parsed.database(),
                user == null || user.isEmpty() ? "postgres" : user,
                parsed.password(),
                parsed.parameters());
    }

    /** A JDBC URL for {@code database} on this server, credentials as query parameters. */
    String jdbcUrl(String database) {
        StringJoiner query = new StringJoiner("&", "?", "");
        query.add("user=" + encode(user));
        if (password != null) {
            query.add("password=" + encode(password));
        }
        options.forEach((key, value) -> query.add(encode(key) + "=" + encode(value)));
        return "jdbc:postgresql://" + host + ":" + port + "/" + encode(database) + query;
    }

    /** A libpq URL ({@code postgresql://user:password@host:port/database}) for psql and pg_dump. */
    String libpqUrl(String database) {
        String credentials = encode(user) + (password == null ? "" : ":" + encode(password));
        StringJoiner query = new StringJoiner("&", "?", "").setEmptyValue("");
        options.entrySet().stream()
                .filter(option -> SHARED_OPTIONS.contains(option.getKey()))
                .forEach(option -> query.add(option.getKey() + "=" + encode(option.getValue())));
        return "postgresql://" + credentials + "@" + host + ":" + port + "/" + encode(database) + query;
    }

    @Override
    public String toString() {
        return user + "@" + host + ":" + port + "/" + database;
    }

    private static String encode(String text) {
        // URLEncoder writes form encoding; "+" would be read back as "+" by libpq, not a space.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
