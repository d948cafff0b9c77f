package dev.migrata.testing;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * Where a PostgreSQL server is and how to log in, without a database: URLs for any database on
 * it are derived from here. Accepts the JDBC form ({@code jdbc:postgresql://host:port/db?user=u
 * &password=p}) and the libpq form ({@code postgresql://u:p@host:port/db}, also {@code
 * postgres://}). {@link #toString()} never shows the password.
 */
record ServerAddress(
        String host, int port, String database, String user, String password, Map<String, String> options) {

    static final int DEFAULT_PORT = 5432;

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

    /** Parses a JDBC or libpq URL; the message of the exception says which forms work. */
    static ServerAddress parse(String url) {
        String trimmed = url.strip();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        boolean jdbc = lower.startsWith("jdbc:postgresql://");
        boolean libpq = lower.startsWith("postgresql://") || lower.startsWith("postgres://");
        if (!jdbc && !libpq) {
            throw invalid(trimmed, "unknown scheme");
        }
        URI uri;
        try {
            uri = new URI(jdbc ? trimmed.substring("jdbc:".length()) : trimmed);
        } catch (URISyntaxException e) {
            throw invalid(trimmed, e.getReason());
        }
        if (uri.getHost() == null) {
            throw invalid(trimmed, "no host (multi-host and socket URLs are not supported)");
        }
        Map<String, String> params = queryParameters(uri.getRawQuery());
        String user = params.remove("user");
        String password = params.remove("password");
        if (uri.getRawUserInfo() != null) {
            String[] userInfo = uri.getRawUserInfo().split(":", 2);
            user = decode(userInfo[0]);
            password = userInfo.length > 1 ? decode(userInfo[1]) : password;
        }
        String path = uri.getPath() == null ? "" : uri.getPath().replaceFirst("^/", "");
        return new ServerAddress(
                uri.getHost(),
                uri.getPort() < 0 ? DEFAULT_PORT : uri.getPort(),
                path.isEmpty() ? "postgres" : path,
                user == null || user.isEmpty() ? "postgres" : user,
                password,
                params);
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

    /**
     * Hides the password of a URL that is about to appear in a message, whatever its characters. A
     * URL that could hold one (user information or a query) cannot be cut safely when it does not
     * parse — a raw password may hold {@code / ? & @ :} — so only its scheme is shown then.
     */
    static String redact(String url) {
        int scheme = url.indexOf("://");
        boolean mayHoldSecret = url.indexOf('@') >= 0 || url.indexOf('?') >= 0 || url.indexOf('&') >= 0;
        if (!mayHoldSecret) {
            return url;
        }
        return (scheme >= 0 ? url.substring(0, scheme + 3) : "") + "<user, password and parameters hidden>";
    }

    private static IllegalArgumentException invalid(String url, String reason) {
        return new IllegalArgumentException("not a PostgreSQL URL (" + reason + "): " + redact(url)
                + "; expected jdbc:postgresql://host:port/database?user=NAME&password=SECRET"
                + " or postgresql://NAME:SECRET@host:port/database");
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> params = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isEmpty()) {
            return params;
        }
        for (String pair : rawQuery.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            String[] keyValue = pair.split("=", 2);
            params.put(decode(keyValue[0]), keyValue.length > 1 ? decode(keyValue[1]) : "");
        }
        return params;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }

    private static String encode(String text) {
        // URLEncoder writes form encoding; "+" would be read back as "+" by libpq, not a space.
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
