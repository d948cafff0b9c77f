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

    /** Connections of the application's data source, named by the URL its driver reports. */
    static ConnectionSource of(DataSource source) {
        return new ConnectionSource() {
            private volatile String label =
                    "the database of " + source.getClass().getSimpleName();

            @Override
            public Connection open() throws SQLException {
                Connection connection = source.getConnection();
                try {
                    DatabaseMetaData meta = connection.getMetaData();
                    label = DatabaseUrl.parse(meta.getURL(), meta.getUserName(), null)
                            .masked();
                } catch (SQLException | RuntimeException e) {
                    // The label only decorates messages; a driver without metadata keeps the default.
                }
                return connection;
            }

            @Override
            public String label() {
                return label;
            }
        };
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
