package dev.migrata.runtime;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import javax.sql.DataSource;

/** Opens connections and names the database in messages, without its password. */
interface ConnectionSource {

    /** A new connection; the caller closes it. */
    Connection open() throws SQLException;

    /** The database as messages name it: host, port, database and user, never a password. */
    String label();

    /** The text without the password this source connects with, if it knows one. */
    default String scrub(String text) {
        return text;
    }

    /**
     * The exception, or a copy without the password this source connects with: defence in
     * depth, as the password is never handed to the driver inside a URL.
     */
    default MigrationException scrubbed(MigrationException thrown) {
        return thrown;
    }

    /**
     * Connections of the application's data source, named by the URL its driver reports. The URL is
     * parsed into the label only when a message needs it: an up-to-date start needs none, and the
     * parse would be most of what such a start does in the JVM beyond connecting.
     */
    static ConnectionSource of(DataSource source) {
        return new ConnectionSource() {
            private final String unknown =
                    "the database of " + source.getClass().getSimpleName();
            // What the driver of the newest connection that reported itself reported.
            private volatile Reported reported;

            @Override
            public Connection open() throws SQLException {
                Connection connection = source.getConnection();
                try {
                    DatabaseMetaData meta = connection.getMetaData();
                    reported = new Reported(meta.getURL(), meta.getUserName());
                } catch (SQLException | RuntimeException e) {
                    // The label only decorates messages; a driver without metadata keeps the default.
                }
                return connection;
            }

            @Override
            public String label() {
                Reported seen = reported;
                return seen == null ? unknown : seen.label(unknown);
            }
        };
    }

    /** A driver's URL and user, and the label made of them once asked for. */
    final class Reported {
        private final String url;
        private final String user;
        private volatile String label;

        Reported(String url, String user) {
            this.url = url;
            this.user = user;
        }

        /** The masked URL, or {@code unknown} when the driver's URL does not parse. */
        String label(String unknown) {
            String made = label;
            if (made == null) {
                try {
                    made = DatabaseUrl.parse(url, user, null).masked();
                } catch (RuntimeException e) {
                    made = unknown;
                }
                label = made;
            }
            return made;
        }
    }

    /** Connections to a parsed URL; messages are scrubbed of its password. */
    static ConnectionSource of(DatabaseUrl parsed) {
        return new ConnectionSource() {
            @Override
            public Connection open() throws SQLException {
                return parsed.connect();
            }

            @Override
            public String label() {
                return parsed.masked();
            }

            @Override
            public String scrub(String text) {
                return parsed.scrub(text);
            }

            @Override
            public MigrationException scrubbed(MigrationException thrown) {
                return parsed.scrubbed(thrown);
            }
        };
    }
}
