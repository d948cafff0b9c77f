package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.testing.TestDatabase;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * No password is ever printed by the command line: a random password holding each of
 * {@code / ? & @ : % # +} and a space, raw and percent-encoded, in every accepted URL form, given
 * by {@code --url}, {@code DATABASE_URL} or {@code migrata.properties}, against the right database,
 * a wrong port, a wrong database and a failing statement, with and without {@code --debug}. Neither
 * the password nor any 5-character piece of it may appear on standard output or error, in a log
 * record of the JVM, or in the history table.
 */
class SecretsTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final String LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    private static final String SPECIAL = "/?&@:%#+ ";

    @TempDir
    Path workingDirectory;

    private final Logger root = Logger.getLogger("");
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

    @BeforeEach
    void captureEveryLogRecord() throws Exception {
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        reset();
    }

    @AfterEach
    void restoreLogging() {
        root.removeHandler(capture);
    }

    private static void reset() throws Exception {
        db.execute("DROP TABLE IF EXISTS papers, authors, migrata_revisions CASCADE");
    }

    /** Each special character at a random place among random letters; letters at both ends. */
    private static String randomPassword() {
        List<Character> characters = new ArrayList<>();
        for (char special : SPECIAL.toCharArray()) {
            characters.add(special);
        }
        for (int i = 0; i < 10; i++) {
            characters.add(LETTERS.charAt(RANDOM.nextInt(LETTERS.length())));
        }
        Collections.shuffle(characters, RANDOM);
        StringBuilder password = new StringBuilder("Sx");
        characters.forEach(password::append);
        return password.append('q').toString();
    }

    /** Where the CLI reads a URL from. */
    private enum Source {
        OPTION,
        ENVIRONMENT,
        PROPERTIES
    }

    @Test
    void noPasswordInAnyOutputWhateverTheUrlFormAndSource() throws Exception {
        DatabaseUrl admin = DatabaseUrl.parse(db.jdbcUrl());
        String user = admin.credentials().getProperty("user");
        int runs = 0;
        int index = 0;
        for (boolean encoded : new boolean[] {false, true}) {
            for (String form : List.of(
                    "jdbc:postgresql://USER:PASSWORD@HOSTS/DATABASE",
                    "postgresql://USER:PASSWORD@HOSTS/DATABASE",
                    "postgres://USER:PASSWORD@HOSTS/DATABASE",
                    "postgresql+asyncpg://USER:PASSWORD@HOSTS/DATABASE",
                    "jdbc:postgresql://HOSTS/DATABASE?user=USER&password=PASSWORD",
                    "postgresql://HOSTS/DATABASE?password=PASSWORD&user=USER")) {
                String password = randomPassword();
                String written = encoded
                        ? URLEncoder.encode(password, StandardCharsets.UTF_8).replace("+", "%20")
                        : password;
                // Every form through --url, and each through one of the other two sources in turn.
                Source other = index++ % 2 == 0 ? Source.ENVIRONMENT : Source.PROPERTIES;
                for (Source source : List.of(Source.OPTION, other)) {
                    for (boolean debug : new boolean[] {false, true}) {
                        String url = form.replace("USER", user).replace("PASSWORD", written);
                        List<String> shown = sweep(
                                source,
                                debug,
                                url.replace("HOSTS", admin.hosts()).replace("DATABASE", db.databaseName()),
                                url.replace("HOSTS", "127.0.0.1:1").replace("DATABASE", db.databaseName()),
                                url.replace("HOSTS", admin.hosts()).replace("DATABASE", "migrata_no_such_database"));
                        for (String text : shown) {
                            assertNoPiece(password, text, form);
                            assertNoPiece(written, text, form);
                        }
                        runs += 4;
                    }
                }
            }
        }
        assertEquals(192, runs);
    }

    @Test
    void aPasswordLineOfThePropertiesFileIsNotShownEither() throws Exception {
        DatabaseUrl admin = DatabaseUrl.parse(db.jdbcUrl());
        String password = randomPassword();
        for (String hosts : List.of(admin.hosts(), "127.0.0.1:1")) {
            Files.writeString(
                    workingDirectory.resolve(ConnectionSettings.PROPERTIES_FILE),
                    "url=postgresql://" + hosts + "/" + db.databaseName() + "\nuser="
                            + admin.credentials().getProperty("user") + "\npassword="
                            + password.replace("\\", "\\\\").replace(":", "\\:").replace("#", "\\#") + "\n");
            CliRun run = CliRun.run(workingDirectory, "--debug", "current");
            assertEquals(hosts.equals(admin.hosts()) ? 0 : 1, run.exitCode(), run::toString);
            assertNoPiece(password, run.toString() + records, "password=");
        }
    }

    @Test
    void theDriverNeverLogsToTheConsole() {
        CliRun run = CliRun.run(
                workingDirectory, "--url", "postgresql://u:" + randomPassword() + "@127.0.0.1:1/x", "current");
        assertEquals(1, run.exitCode(), run::toString);
        assertFalse(Logger.getLogger("org.postgresql").isLoggable(Level.SEVERE));
        assertTrue(records.stream().noneMatch(record -> record.startsWith("org.postgresql")), records::toString);
    }

    /**
     * Runs the four cases through one source and returns everything shown: each run's output, the
     * history rows and the log records.
     */
    private List<String> sweep(Source source, boolean debug, String right, String wrongPort, String wrongDatabase)
            throws Exception {
        List<String> shown = new ArrayList<>();
        CliRun upgrade = run(source, debug, right, "upgrade", "001");
        assertEquals(0, upgrade.exitCode(), upgrade::toString);
        CliRun current = run(source, debug, right, "current");
        assertEquals(CliRun.current("001_authors", db), current.out(), current::toString);
        shown.add(upgrade.toString());
        shown.add(current.toString());
        shown.add(db.queryForList("SELECT * FROM migrata_revisions").toString());
        reset();

        for (String unreachable : List.of(wrongPort, wrongDatabase)) {
            CliRun failed = run(source, debug, unreachable, "current");
            assertEquals(1, failed.exitCode(), failed::toString);
            assertTrue(failed.err().startsWith("error: Database error on jdbc:postgresql://"), failed::toString);
            assertEquals(debug, failed.err().contains("\tat "), failed::toString);
            shown.add(failed.toString());
        }

        // 001_authors fails: its table is already there, on a database whose (empty) history says
        // nothing was applied.
        assertEquals(0, run(source, debug, right, "upgrade", "001").exitCode());
        assertEquals(0, run(source, debug, right, "downgrade", "base").exitCode());
        db.execute("CREATE TABLE authors (id int)");
        CliRun failing = run(source, debug, right, "upgrade");
        assertEquals(1, failing.exitCode(), failing::toString);
        assertTrue(
                failing.err().startsWith("error: Revision 001_authors failed at upgrade statement 1"),
                failing::toString);
        shown.add(failing.toString());
        shown.add(db.queryForList("SELECT * FROM migrata_revisions").toString());
        reset();

        shown.addAll(records);
        records.clear();
        return shown;
    }

    private CliRun run(Source source, boolean debug, String url, String... command) throws Exception {
        List<String> args = new ArrayList<>();
        if (debug) {
            args.add("--debug");
        }
        Map<String, String> environment = Map.of();
        Path properties = workingDirectory.resolve(ConnectionSettings.PROPERTIES_FILE);
        Files.deleteIfExists(properties);
        switch (source) {
            case OPTION:
                args.add("--url");
                args.add(url);
                break;
            case ENVIRONMENT:
                environment = Map.of(ConnectionSettings.ENVIRONMENT_VARIABLE, url);
                break;
            default:
                // Backslashes, colons and hashes are special in a properties file; escape them as a user would.
                Files.writeString(
                        properties,
                        "url=" + url.replace("\\", "\\\\").replace(":", "\\:").replace("#", "\\#") + "\n");
        }
        args.addAll(List.of(command));
        return CliRun.run(environment, workingDirectory, args.toArray(String[]::new));
    }

    private static void assertNoPiece(String secret, String text, String context) {
        for (int start = 0; start + 5 <= secret.length(); start++) {
            String piece = secret.substring(start, start + 5);
            assertFalse(
                    text.contains(piece),
                    () -> "'" + piece + "' of the password shown, form " + context + ":\n" + text);
        }
    }
}
