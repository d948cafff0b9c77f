package dev.migrata.runtime;

import static dev.migrata.runtime.MigrationStep.transactional;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * No password is ever shown by the runtime: a random password holding every character that means
 * something in a URL, raw and percent-encoded, in every accepted URL form, against the right
 * database, a wrong port, a wrong database and a failing statement; neither it nor any 5-character
 * piece of it may appear in an exception (with its causes, suppressed and chained exceptions), a log
 * record (the migrator's and the JDBC driver's, at every level) or a history row.
 */
class SecretsTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String ALPHANUMERIC = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String WRONG_PORT = "127.0.0.1:1";

    private static final MigrationChain WORKING = TestChain.named("secrets")
            .revision(
                    "001_notes",
                    "notes",
                    List.of(transactional("CREATE TABLE notes (id bigint PRIMARY KEY)")),
                    List.of(transactional("DROP TABLE notes")))
            .build();
    private static final MigrationChain FAILING = TestChain.named("secrets")
            .revision(
                    "001_notes",
                    "notes",
                    List.of(transactional("CREATE TABLE notes (id bigint PRIMARY KEY)"), transactional("SELECT 1/0")),
                    List.of(transactional("DROP TABLE notes")))
            .build();

    private final Logger root = Logger.getLogger("");
    private final Logger driver = Logger.getLogger("org.postgresql");
    private final Logger migrator = Logger.getLogger(Migrator.class.getName());
    private final List<String> records = Collections.synchronizedList(new ArrayList<>());
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord record) {
            records.add(record.getLoggerName() + " " + formatter.format(record));
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    private Level driverLevel;
    private Level migratorLevel;

    @BeforeEach
    void captureEveryLogRecord() {
        driverLevel = driver.getLevel();
        migratorLevel = migrator.getLevel();
        driver.setLevel(Level.ALL);
        migrator.setLevel(Level.ALL);
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
    }

    @AfterEach
    void restoreLogging() {
        root.removeHandler(capture);
        driver.setLevel(driverLevel);
        migrator.setLevel(migratorLevel);
    }

    /** A random password holding each special character at a random place, letters at both ends. */
    static String randomPassword() {
        List<String> pieces = new ArrayList<>(DatabaseUrlTest.SPECIAL);
        for (int i = 0; i < 12; i++) {
            pieces.add(String.valueOf(ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length()))));
        }
        Collections.shuffle(pieces, RANDOM);
        return "Pw" + String.join("", pieces) + "x" + ALPHANUMERIC.charAt(RANDOM.nextInt(ALPHANUMERIC.length()));
    }

    /** Every accepted way to write the password into a URL. */
    private static List<String> urls(String user, String written, String hosts, String database) {
        String authority = user + ":" + written + "@" + hosts + "/" + database;
        return List.of(
                "jdbc:postgresql://" + authority,
                "postgresql://" + authority,
                "postgres://" + authority,
                "postgresql+asyncpg://" + authority,
                "jdbc:postgresql://" + hosts + "/" + database + "?user=" + user + "&password=" + written,
                "postgresql://" + hosts + "/" + database + "?password=" + written + "&user=" + user);
    }

    @Test
    void noPasswordInExceptionsLogsOrHistoryWhateverTheUrlForm() throws Exception {
        DatabaseUrl admin = DatabaseUrl.parse(server.jdbcUrl());
        String user = admin.credentials().getProperty("user");
        int cases = 0;
        for (boolean encoded : new boolean[] {false, true}) {
            for (int form = 0; form < 6; form++) {
                String password = randomPassword();
                String written = encoded
                        ? URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20")
                        : password;
                String right = urls(user, written, admin.hosts(), server.databaseName())
                        .get(form);
                String wrongPort =
                        urls(user, written, WRONG_PORT, server.databaseName()).get(form);
                String wrongDatabase = urls(user, written, admin.hosts(), "migrata_no_such_database")
                        .get(form);
                List<String> shown = new ArrayList<>();

                Migrator working = Migrator.builder().url(right).chain(WORKING).build();
                assertEquals(List.of("001_notes"), working.upgrade("head"), right);
                shown.add(server.queryForList("SELECT * FROM migrata_revisions").toString());
                working.history().forEach(entry -> shown.add(entry.toString()));
                working.downgrade("base");

                shown.add(failure(MigrationException.Reason.DATABASE_ERROR, wrongPort, WORKING));
                shown.add(failure(MigrationException.Reason.DATABASE_ERROR, wrongDatabase, WORKING));
                shown.add(failure(MigrationException.Reason.STATEMENT_FAILED, right, FAILING));
                shown.add(server.queryForList("SELECT * FROM migrata_revisions").toString());
                shown.addAll(records);
                for (String text : shown) {
                    assertNoPiece(password, text, right);
                    assertNoPiece(written, text, right);
                }
                records.clear();
                cases++;
            }
        }
        assertEquals(12, cases);
    }

    @Test
    void aPasswordGivenApartFromTheUrlIsNotShownEither() throws Exception {
        DatabaseUrl admin = DatabaseUrl.parse(server.jdbcUrl());
        String password = randomPassword();
        MigrationException failed = assertThrows(
                MigrationException.class,
                () -> Migrator.builder()
                        .url("postgresql://" + WRONG_PORT + "/" + server.databaseName())
                        .user(admin.credentials().getProperty("user"))
                        .password(password)
                        .chain(WORKING)
                        .build()
                        .current());
        assertNoPiece(password, everything(failed) + records, "password(...)");
    }

    /**
     * Defence in depth: a driver message that quotes the password (here the server's, as the failing
     * statement itself holds it) is scrubbed before the exception reaches the application.
     */
    @Test
    void aDriverMessageThatQuotesThePasswordIsScrubbed() throws Exception {
        DatabaseUrl admin = DatabaseUrl.parse(server.jdbcUrl());
        String password = randomPassword().replace("'", "");
        String url = urls(admin.credentials().getProperty("user"), password, admin.hosts(), server.databaseName())
                .get(1);
        MigrationChain quoting = TestChain.named("secrets")
                .revision(
                        "001_quote",
                        "quotes the password",
                        List.of(transactional("SELECT '" + password + "'::int")),
                        List.of())
                .build();
        MigrationException failed = assertThrows(
                MigrationException.class,
                () -> Migrator.builder().url(url).chain(quoting).build().upgrade("head"));
        assertEquals(MigrationException.Reason.STATEMENT_FAILED, failed.reason());
        assertTrue(failed.getMessage().contains("SQLSTATE 22P02"), failed.getMessage());
        assertTrue(failed.getMessage().contains("SELECT '***'::int"), failed.getMessage());
        assertTrue(failed.getCause() instanceof SQLException, String.valueOf(failed.getCause()));
        assertEquals("22P02", ((SQLException) failed.getCause()).getSQLState());
        assertNoPiece(password, everything(failed), url);
    }

    private String failure(MigrationException.Reason reason, String url, MigrationChain chain) {
        MigrationException failed = assertThrows(
                MigrationException.class,
                () -> Migrator.builder().url(url).chain(chain).build().upgrade("head"),
                url);
        assertEquals(reason, failed.reason(), failed::getMessage);
        return everything(failed);
    }

    /** The stack trace as printed (causes and suppressed included) and every chained SQL exception. */
    private static String everything(Throwable thrown) {
        StringWriter text = new StringWriter();
        thrown.printStackTrace(new PrintWriter(text));
        for (Throwable cause = thrown; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException) {
                for (SQLException next = ((SQLException) cause).getNextException();
                        next != null;
                        next = next.getNextException()) {
                    text.append(next.toString()).append('\n');
                }
            }
        }
        return text.toString();
    }

    /** Neither the secret nor any 5-character piece of it appears in the text. */
    static void assertNoPiece(String secret, String text, String context) {
        for (int start = 0; start + 5 <= secret.length(); start++) {
            String piece = secret.substring(start, start + 5);
            assertFalse(
                    text.contains(piece), () -> "'" + piece + "' of the password shown, for " + context + ":\n" + text);
        }
    }
}
