package dev.migrata.url;

import java.net.URLEncoder;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL connection URL in any of the spellings applications carry around: JDBC
 * ({@code jdbc:postgresql://}) and libpq/SQLAlchemy style ({@code postgresql://},
 * {@code postgres://}, {@code postgresql+asyncpg://}) as found in {@code DATABASE_URL}.
 *
 * <p>The user and password, whether written as {@code user:password@} or as {@code ?user=&password=},
 * are moved out of the URL into connection properties: the JDBC URL handed to the driver holds
 * neither, so nothing the driver logs or throws can contain the password, and {@link #masked()} is
 * the one form in which a URL is ever shown.
 *
 * <p>How a URL is read, so that a generated password needs no escaping:
 *
 * <ul>
 *   <li>The user information ends at the last {@code @} that is followed by a host ({@code name},
 *       IPv4, {@code [IPv6]}, an optional {@code :port}, several separated by commas) and then
 *       {@code /}, {@code ?} or the end of the URL (RFC 3986), preferring one after which the URL
 *       names a database and holds no {@code @} except in {@code user=} or {@code password=}
 *       values. A raw password may therefore hold {@code / ? # & : @ %} and spaces. Anywhere else
 *       after the host, write an {@code @} as {@code %40}.
 *   <li>In the query, a {@code password=} value runs on across {@code &} up to the next
 *       {@code name=value} parameter, so a raw {@code &} in it stays in the password.
 *   <li>The user and password are percent-decoded when they are validly percent-encoded UTF-8;
 *       otherwise (a raw {@code %} as in {@code 50%off}) they are taken literally. {@code +} is
 *       always a plus sign.
 *   <li>The URL must name a database ({@code /<database>}); a URL without one is refused rather
 *       than silently connected to the server's default database.
 * </ul>
 *
 * <p>The one parser of Migrata: the runtime's {@code DatabaseUrl} and the test support's server
 * address both read URLs through it, so a URL means the same to both.
 */
public final class PostgresUrl {

    private static final Pattern POSTGRES_SCHEME =
            Pattern.compile("jdbc:postgresql|postgresql(\\+\\w+)?|postgres", Pattern.CASE_INSENSITIVE);
    private static final Pattern ANY_SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.:-]*)://(.*)$", Pattern.DOTALL);
    private static final String HOST = "(?:\\[[0-9A-Fa-f:.]+\\]|[A-Za-z0-9._~%-]+)(?::(\\d{1,5}))?";
    private static final Pattern HOSTS = Pattern.compile(HOST + "(?:," + HOST + ")*");
    private static final Pattern PORT = Pattern.compile(":(\\d{1,5})(?:,|$)");
    private static final Pattern PERCENT_ENCODED = Pattern.compile("(?:[^%]|%[0-9A-Fa-f]{2})*", Pattern.DOTALL);
    private static final String EXPECTED_SCHEMES =
            "jdbc:postgresql://, postgresql://, postgres:// or postgresql+asyncpg://";
    /** Shorter secrets would match ordinary words of a message; they are never handed to the driver anyway. */
    private static final int SHORTEST_SCRUBBED_SECRET = 4;

    private static final String MASK = "***";

    private final String jdbcUrl;
    private final String hosts;
    private final String database;
    private final Map<String, String> parameters;
    private final Properties credentials;
    private final List<String> secrets;

    private PostgresUrl(
            String jdbcUrl,
            String hosts,
            String database,
            Map<String, String> parameters,
            Properties credentials,
            List<String> secrets) {
        this.jdbcUrl = jdbcUrl;
        this.hosts = hosts;
        this.database = database;
        this.parameters = parameters;
        this.credentials = credentials;
        this.secrets = secrets;
    }

    /**
     * Parses a URL, with the user and password it carries (if any).
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL, names no host or no
     *     database; the message shows the URL masked
     */
    public static PostgresUrl parse(String url) {
        return parse(url, null, null);
    }

    /**
     * Parses a URL; {@code user} and {@code password}, when not null, win over those in the URL.
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL, names no host or no
     *     database; the message shows the URL masked
     */
    public static PostgresUrl parse(String url, String user, String password) {
        Parts parts = Parts.read(url.trim());
        if (parts == null || !POSTGRES_SCHEME.matcher(parts.scheme).matches()) {
            throw new IllegalArgumentException(
                    "Not a PostgreSQL URL: " + mask(url) + " (expected " + EXPECTED_SCHEMES + ")");
        }
        if (parts.hosts == null) {
            throw new IllegalArgumentException("The URL " + mask(url) + " names no host: expected " + parts.scheme
                    + "://[user[:password]@]host[:port]/database");
        }
        Matcher port = PORT.matcher(parts.hosts);
        while (port.find()) {
            int number = Integer.parseInt(port.group(1));
            if (number < 1 || number > 65535) {
                throw new IllegalArgumentException(
                        "The URL " + mask(url) + " names port " + number + ": a port is 1 to 65535");
            }
        }
        if (parts.path == null || parts.path.isEmpty()) {
            throw new IllegalArgumentException("The URL " + mask(url) + " names no database: add /<database>, e.g. "
                    + parts.scheme + "://" + parts.hosts + "/app");
        }

        Properties properties = new Properties();
        Set<String> secrets = new LinkedHashSet<>();
        String writtenPassword = parts.writtenPassword();
        if (writtenPassword != null) {
            properties.setProperty("password", decode(writtenPassword));
            secrets.add(writtenPassword);
        }
        List<String> kept = new ArrayList<>();
        Map<String, String> keptValues = new LinkedHashMap<>();
        for (Parameter parameter : parts.parameters) {
            String key = parameter.key.toLowerCase(Locale.ROOT);
            if (parameter.isPassword()) {
                // sslpassword and the like are secrets too: connection properties, never the URL.
                properties.setProperty(key, decode(parameter.value));
                secrets.add(parameter.value);
            } else if (parameter.isUser()) {
                // Read by parts.user() below: a connection property, never the URL.
            } else if (key.equals("ssl")
                    && !parameter.value.equalsIgnoreCase("true")
                    && !parameter.value.equalsIgnoreCase("false")) {
                // asyncpg spells libpq's sslmode as ssl=require; the JDBC driver expects sslmode.
                kept.add("sslmode=" + parameter.value);
                keptValues.put("sslmode", decode(parameter.value));
            } else {
                kept.add(parameter.text());
                keptValues.put(parameter.key, decode(parameter.value));
            }
        }
        String urlUser = parts.user();
        if (user != null || urlUser != null) {
            properties.setProperty("user", user != null ? user : urlUser);
        }
        if (password != null) {
            properties.setProperty("password", password);
            secrets.add(password);
        }
        for (String name : properties.stringPropertyNames()) {
            if (!name.equals("user")) {
                secrets.add(properties.getProperty(name));
            }
        }
        String jdbcUrl = "jdbc:postgresql://" + parts.hosts + "/" + parts.path
                + (kept.isEmpty() ? "" : "?" + String.join("&", kept));
        return new PostgresUrl(
                jdbcUrl,
                parts.hosts,
                decode(parts.path),
                Collections.unmodifiableMap(keptValues),
                properties,
                everyForm(secrets));
    }

    /** The JDBC URL without user or password, as handed to the driver. */
    public String jdbcUrl() {
        return jdbcUrl;
    }

    /** The host and port as written, e.g. {@code 127.0.0.1:5432} ({@code h1:5432,h2:5432} for several). */
    public String hosts() {
        return hosts;
    }

    /** The name of the database the URL names (percent-decoded). */
    public String database() {
        return database;
    }

    /**
     * The parameters of the URL other than user and passwords, decoded, in the order written: those
     * the JDBC URL carries (asyncpg's {@code ssl=require} as {@code sslmode}).
     */
    public Map<String, String> parameters() {
        return parameters;
    }

    /** The user the URL (or {@code parse}'s {@code user}) names, or null when it names none. */
    public String user() {
        return credentials.getProperty("user");
    }

    /** The password the URL (or {@code parse}'s {@code password}) carries, or null; never show it. */
    public String password() {
        return credentials.getProperty("password");
    }

    /** A copy of the user and password properties for {@code DriverManager.getConnection}. */
    public Properties credentials() {
        Properties copy = new Properties();
        copy.putAll(credentials);
        return copy;
    }

    /**
     * The URL for messages and logs: host, port, database, the parameters other than passwords, and
     * the user, e.g. {@code jdbc:postgresql://db:5432/app?sslmode=require (user app)}; never the
     * password.
     */
    public String masked() {
        String user = credentials.getProperty("user");
        return user == null ? jdbcUrl : jdbcUrl + " (user " + user + ")";
    }

    /**
     * Any text that should show a URL, even one that does not parse, masked by the same rule as
     * {@link #masked()}: scheme, host, port, path, the user and the parameters other than
     * passwords. When not even the host can be found, only the scheme is shown.
     */
    public static String mask(String url) {
        Parts parts = Parts.read(url.trim());
        if (parts == null) {
            return "(not a URL)";
        }
        if (parts.hosts == null) {
            return parts.scheme + "://" + MASK;
        }
        StringBuilder shown = new StringBuilder(parts.scheme).append("://").append(parts.hosts);
        if (parts.path != null) {
            shown.append('/').append(parts.path);
        }
        List<String> kept = new ArrayList<>();
        for (Parameter parameter : parts.parameters) {
            if (!parameter.isUser() && !parameter.isPassword()) {
                kept.add(parameter.text());
            }
        }
        if (!kept.isEmpty()) {
            shown.append('?').append(String.join("&", kept));
        }
        String user = parts.user();
        return user == null || user.isEmpty() ? shown.toString() : shown + " (user " + user + ")";
    }

    /**
     * The text with this URL's password, in every form it may take (as written, decoded,
     * percent-encoded), replaced by {@code ***}: for messages that come from elsewhere, such as a
     * driver's. Passwords shorter than four characters are left alone, as they would match ordinary
     * words.
     */
    public String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = text;
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, MASK);
        }
        return scrubbed;
    }

    @Override
    public String toString() {
        return masked();
    }

    /** Each secret as written and decoded, and percent-encoded; longest first so no part of one is left. */
    private static List<String> everyForm(Set<String> secrets) {
        Set<String> forms = new LinkedHashSet<>();
        for (String secret : secrets) {
            String decoded = decode(secret);
            String encoded = URLEncoder.encode(decoded, StandardCharsets.UTF_8);
            for (String form : List.of(secret, decoded, encoded, encoded.replace("+", "%20"))) {
                if (form.length() >= SHORTEST_SCRUBBED_SECRET) {
                    forms.add(form);
                }
            }
        }
        List<String> sorted = new ArrayList<>(forms);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        return List.copyOf(sorted);
    }

    /**
     * Percent-decodes a value that is validly percent-encoded UTF-8; any other value (a raw
     * {@code %} not followed by two hex digits, bytes that are not UTF-8) is taken literally, so no
     * password is refused with a message that would have to quote it.
     */
    private static String decode(String value) {
        if (value.indexOf('%') < 0 || !PERCENT_ENCODED.matcher(value).matches()) {
            return value;
        }
        byte[] bytes = new byte[value.length() * 4];
        int length = 0;
        for (int i = 0; i < value.length(); ) {
            char c = value.charAt(i);
            if (c == '%') {
                bytes[length++] = (byte) Integer.parseInt(value.substring(i + 1, i + 3), 16);
                i += 3;
            } else {
                int codePoint = value.codePointAt(i);
                byte[] encoded = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8);
                System.arraycopy(encoded, 0, bytes, length, encoded.length);
                length += encoded.length;
                i += Character.charCount(codePoint);
            }
        }
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, length))
                    .toString();
        } catch (CharacterCodingException e) {
            return value;
        }
    }

    /** One {@code name=value} of the query, as written. */
    private record Parameter(String key, String value, boolean hasValue) {

        boolean isPassword() {
            return key.toLowerCase(Locale.ROOT).endsWith("password");
        }

        boolean isUser() {
            return key.equalsIgnoreCase("user");
        }

        boolean isCredential() {
            return isPassword() || isUser();
        }

        String text() {
            return hasValue ? key + "=" + value : key;
        }

        /**
         * The parameters of a query. A segment without {@code =} after a password continues that
         * password: a raw {@code &} in it.
         */
        static List<Parameter> read(String query) {
            List<Parameter> parameters = new ArrayList<>();
            if (query == null) {
                return parameters;
            }
            for (String segment : query.split("&", -1)) {
                int eq = segment.indexOf('=');
                Parameter previous = parameters.isEmpty() ? null : parameters.get(parameters.size() - 1);
                if (eq < 0 && previous != null && previous.isPassword()) {
                    parameters.set(
                            parameters.size() - 1, new Parameter(previous.key, previous.value + "&" + segment, true));
                } else if (eq >= 0) {
                    parameters.add(new Parameter(segment.substring(0, eq), segment.substring(eq + 1), true));
                } else if (!segment.isEmpty()) {
                    parameters.add(new Parameter(segment, "", false));
                }
            }
            return parameters;
        }
    }

    /**
     * A URL split into its parts by the one rule of this class (see the class documentation), for
     * any scheme, so that even a URL that is refused is shown masked by the same rule.
     *
     * @param hosts null when no host could be found; then path and parameters are empty too
     */
    private record Parts(String scheme, String userInfo, String hosts, String path, List<Parameter> parameters) {

        /**
         * The user the URL names, decoded, or null: a {@code user=} parameter wins over the user
         * information, as it does for the driver. An empty name in the user information is none.
         */
        String user() {
            String user = null;
            if (userInfo != null) {
                int colon = userInfo.indexOf(':');
                String written = colon >= 0 ? userInfo.substring(0, colon) : userInfo;
                user = written.isEmpty() ? null : decode(written);
            }
            for (Parameter parameter : parameters) {
                if (parameter.isUser()) {
                    user = decode(parameter.value);
                }
            }
            return user;
        }

        /** The password of the user information, as written, or null when it has none. */
        String writtenPassword() {
            int colon = userInfo == null ? -1 : userInfo.indexOf(':');
            return colon < 0 ? null : userInfo.substring(colon + 1);
        }

        /** The parts, or null when the text has no {@code scheme://}. */
        static Parts read(String url) {
            Matcher matcher = ANY_SCHEME.matcher(url);
            if (!matcher.matches()) {
                return null;
            }
            String scheme = matcher.group(1);
            String rest = matcher.group(2);
            Parts withoutUserInfo = afterUserInfo(scheme, null, rest);
            if (withoutUserInfo != null && atSignsOnlyInCredentials(withoutUserInfo)) {
                return withoutUserInfo;
            }
            // Rather the last @ that leaves a database and no stray @ after the host (a user=me@corp
            // parameter); failing that, the last @ followed by a host at all.
            Parts fallback = null;
            for (int at = rest.lastIndexOf('@'); at >= 0; at = at == 0 ? -1 : rest.lastIndexOf('@', at - 1)) {
                Parts parts = afterUserInfo(scheme, rest.substring(0, at), rest.substring(at + 1));
                if (parts != null && parts.path != null && !parts.path.isEmpty() && atSignsOnlyInCredentials(parts)) {
                    return parts;
                }
                if (fallback == null) {
                    fallback = parts;
                }
            }
            return fallback != null ? fallback : new Parts(scheme, null, null, null, List.of());
        }

        /** The parts when {@code rest} starts with the hosts, or null when it does not. */
        private static Parts afterUserInfo(String scheme, String userInfo, String rest) {
            int end = 0;
            while (end < rest.length() && rest.charAt(end) != '/' && rest.charAt(end) != '?') {
                end++;
            }
            String hosts = rest.substring(0, end);
            if (!HOSTS.matcher(hosts).matches()) {
                return null;
            }
            String path = null;
            String query = null;
            if (end < rest.length() && rest.charAt(end) == '/') {
                int question = rest.indexOf('?', end);
                path = rest.substring(end + 1, question < 0 ? rest.length() : question);
                query = question < 0 ? null : rest.substring(question + 1);
            } else if (end < rest.length()) {
                query = rest.substring(end + 1);
            }
            return new Parts(scheme, userInfo, hosts, path, Parameter.read(query));
        }

        /**
         * Whether every {@code @} after the hosts stands in a user or password value: otherwise the
         * URL is read as one whose password holds it.
         */
        private static boolean atSignsOnlyInCredentials(Parts parts) {
            if (parts.path != null && parts.path.indexOf('@') >= 0) {
                return false;
            }
            for (Parameter parameter : parts.parameters) {
                if (parameter.key.indexOf('@') >= 0
                        || (parameter.value.indexOf('@') >= 0 && !parameter.isCredential())) {
                    return false;
                }
            }
            return true;
        }
    }
}
