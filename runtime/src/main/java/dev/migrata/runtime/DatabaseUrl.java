package dev.migrata.runtime;

import dev.migrata.url.PostgresUrl;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

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
 * <p>How a URL is read ({@link PostgresUrl}, the parser the test support shares), so that a
 * generated password needs no escaping:
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
 * <p>Public so that an application can open its own connections from the same {@code DATABASE_URL}
 * it migrates: {@code DatabaseUrl.parse(url).connect()}.
 */
public final class DatabaseUrl {

    private final PostgresUrl url;

    private DatabaseUrl(PostgresUrl url) {
        this.url = url;
    }

    /**
     * Parses a URL, with the user and password it carries (if any).
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL, names no host or no
     *     database; the message shows the URL masked
     */
    public static DatabaseUrl parse(String url) {
        return new DatabaseUrl(PostgresUrl.parse(url));
    }

    /**
     * Parses a URL; {@code user} and {@code password}, when not null, win over those in the URL.
     *
     * @throws IllegalArgumentException for a URL that is not a PostgreSQL URL, names no host or no
     *     database; the message shows the URL masked
     */
    public static DatabaseUrl parse(String url, String user, String password) {
        return new DatabaseUrl(PostgresUrl.parse(url, user, password));
    }

    /** The JDBC URL without user or password, as handed to the driver. */
    public String jdbcUrl() {
        return url.jdbcUrl();
    }

    /** The host and port as written, e.g. {@code 127.0.0.1:5432} ({@code h1:5432,h2:5432} for several). */
    public String hosts() {
        return url.hosts();
    }

    /** The name of the database the URL names (percent-decoded). */
    public String database() {
        return url.database();
    }

    /** A copy of the user and password properties for {@code DriverManager.getConnection}. */
    public Properties credentials() {
        return url.credentials();
    }

    /**
     * The URL for messages and logs: host, port, database, the parameters other than passwords, and
     * the user, e.g. {@code jdbc:postgresql://db:5432/app?sslmode=require (user app)}; never the
     * password.
     */
    public String masked() {
        return url.masked();
    }

    /**
     * Any text that should show a URL, even one that does not parse, masked by the same rule as
     * {@link #masked()}: scheme, host, port, path, the user and the parameters other than
     * passwords. When not even the host can be found, only the scheme is shown.
     */
    public static String mask(String url) {
        return PostgresUrl.mask(url);
    }

    /**
     * The text with this URL's password, in every form it may take (as written, decoded,
     * percent-encoded), replaced by {@code ***}: for messages that come from elsewhere, such as a
     * driver's. Passwords shorter than four characters are left alone, as they would match ordinary
     * words.
     */
    public String scrub(String text) {
        return url.scrub(text);
    }

    /** Whether the throwable, its causes, suppressed or chained exceptions carry the password. */
    boolean revealedBy(Throwable thrown) {
        return ThrowableText.anyMessage(thrown, message -> !message.equals(scrub(message)));
    }

    /** Opens a connection through {@link DriverManager} with the application's JDBC driver. */
    public Connection connect() throws SQLException {
        try {
            return DriverManager.getConnection(url.jdbcUrl(), url.credentials());
        } catch (SQLException e) {
            throw revealedBy(e) ? ThrowableText.scrubbed(e, this::scrub) : e;
        }
    }

    /** The exception itself, or a copy without the password when any of its messages holds it. */
    MigrationException scrubbed(MigrationException thrown) {
        return revealedBy(thrown) ? ThrowableText.scrubbed(thrown, this::scrub) : thrown;
    }

    @Override
    public String toString() {
        return masked();
    }
}
