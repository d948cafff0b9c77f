package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Refusals exit 1 with the runtime's own message, usage errors exit 2; no password is ever printed. */
class FailureTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final String UNREACHABLE = "postgresql://migrator:s3cret-pw@127.0.0.1:1/app";

    @TempDir
    Path workingDirectory;

    @BeforeEach
    void emptyDatabase() throws Exception {
        db.execute("DROP TABLE IF EXISTS papers, authors, migrata_revisions CASCADE");
    }

    private static void assertNoPassword(CliRun run) {
        assertFalse(run.out().contains("s3cret-pw"), run::toString);
        assertFalse(run.err().contains("s3cret-pw"), run::toString);
    }

    @Test
    void unreachableServer() {
        CliRun run = CliRun.run(workingDirectory, "--url", UNREACHABLE, "upgrade");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(
                                "error: Database error on jdbc:postgresql://127.0.0.1:1/app (user migrator) (SQLSTATE 08001): "
                                        + "Connection to 127.0.0.1:1 refused."),
                run.err());
        assertFalse(run.err().contains("\tat "), "no stack trace without --debug");
        assertNoPassword(run);
    }

    @Test
    void debugAddsTheStackTraceStillMasked() {
        CliRun run = CliRun.run(
                workingDirectory,
                "--debug",
                "--url",
                "jdbc:postgresql://127.0.0.1:1/app?user=u&password=s3cret-pw",
                "current");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("\tat dev.migrata.runtime.Migrator"), run.err());
        assertNoPassword(run);
    }

    @Test
    void urlThatIsNotPostgresIsAUsageError() {
        CliRun run = CliRun.run(workingDirectory, "--url", "mysql://root:s3cret-pw@db/app", "current");
        assertEquals(2, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(
                                "Invalid value for option '--url': Not a PostgreSQL URL: mysql://db/app (user root)"),
                run.err());
        assertNoPassword(run);
    }

    @Test
    void badUrlInTheEnvironmentIsAFailure() {
        CliRun run = CliRun.run(Map.of("DATABASE_URL", "mysql://root:s3cret-pw@db/app"), workingDirectory, "current");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: Not a PostgreSQL URL: mysql://db/app (user root)"), run.err());
        assertTrue(run.err().endsWith(", from DATABASE_URL\n"), run.err());
        assertNoPassword(run);
    }

    @Test
    void urlWithoutADatabaseIsRefusedBeforeTheDriverSeesIt() {
        CliRun option =
                CliRun.run(workingDirectory, "--url", "postgresql://migrator:s3cret-pw@127.0.0.1:5432", "current");
        assertEquals(2, option.exitCode(), option::toString);
        assertTrue(
                option.err()
                        .startsWith(
                                "Invalid value for option '--url': The URL postgresql://127.0.0.1:5432 (user migrator)"
                                        + " names no database: add /<database>, e.g. postgresql://127.0.0.1:5432/app\n"),
                option.err());
        CliRun environment = CliRun.run(
                Map.of("DATABASE_URL", "postgresql://migrator:s3cret-pw@127.0.0.1:5432/"), workingDirectory, "current");
        assertEquals(1, environment.exitCode(), environment::toString);
        assertEquals(
                "error: The URL postgresql://127.0.0.1:5432/ (user migrator) names no database: add /<database>,"
                        + " e.g. postgresql://127.0.0.1:5432/app, from DATABASE_URL\n",
                environment.err());
        assertNoPassword(option);
        assertNoPassword(environment);
    }

    @Test
    void noUrlAnywhere() {
        CliRun run = CliRun.run(workingDirectory, "current");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(
                "error: No database URL: pass --url, set DATABASE_URL, or write url=... into migrata.properties in the working directory\n",
                run.err());
    }

    @Test
    void unknownRevision() {
        CliRun upgrade = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade", "999_nope");
        assertEquals(1, upgrade.exitCode(), upgrade::toString);
        assertEquals(
                "error: No revision '999_nope' in chain lab; its revisions are 001_authors, 002_papers, 003_rename_name,"
                        + " 004_embedding_index (or use head, base, +N, -N)\n",
                upgrade.err());
        CliRun show = CliRun.run(workingDirectory, "show", "999");
        assertEquals(1, show.exitCode(), show::toString);
        assertEquals(
                "error: No revision '999' in chain lab; its revisions are 001_authors, 002_papers, 003_rename_name,"
                        + " 004_embedding_index (or use head)\n",
                show.err());
        CliRun ambiguous = CliRun.run(workingDirectory, "show", "00");
        assertEquals(1, ambiguous.exitCode(), ambiguous::toString);
        assertTrue(ambiguous.err().startsWith("error: Revision prefix '00' is ambiguous"), ambiguous.err());
    }

    @Test
    void wrongDirectionIsRefused() {
        assertEquals(
                0,
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade").exitCode());
        CliRun run = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade", "002_papers");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err()
                        .startsWith(
                                "error: Upgrade target 002_papers is below the current revision 004_embedding_index"),
                run.err());
        assertTrue(run.err().endsWith("; use downgrade.\n"), run.err());
    }

    @Test
    void editedRevisionIsRefused() throws Exception {
        assertEquals(
                0,
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade", "002")
                        .exitCode());
        db.execute("UPDATE migrata_revisions SET checksum = 'sha256:edited' WHERE id = '001_authors'");
        CliRun run = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err().startsWith("error: Checksum mismatch for applied revision 001_authors in jdbc:postgresql:"),
                run.err());
        assertEquals("2", db.queryForString("SELECT count(*) FROM migrata_revisions"));
    }

    @Test
    void databaseNewerThanTheCode() throws Exception {
        assertEquals(
                0,
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade").exitCode());
        db.execute(
                "INSERT INTO migrata_revisions (position, id, parent, checksum, chain_checksum, message, execution_ms)"
                        + " VALUES (5, '005_future', '004_embedding_index', 'sha256:f', 'sha256:fc', 'from newer code', 0)");
        CliRun run = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().contains("005_future"), run.err());
        CliRun history = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "history");
        assertTrue(
                history.out().startsWith("004_embedding_index -> 005_future (current), from newer code [unknown]\n"),
                history::toString);
    }

    @Test
    void lockHeldByAnotherMigratorPastTheTimeout() throws Exception {
        assertEquals(
                0,
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade", "003")
                        .exitCode());
        CompletableFuture<List<String>> holder;
        try (Connection snapshotHolder = db.connection();
                Statement statement = snapshotHolder.createStatement()) {
            // An open snapshot keeps the holder's CREATE INDEX CONCURRENTLY waiting, the lock held.
            snapshotHolder.setAutoCommit(false);
            statement.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ");
            statement.executeQuery("SELECT count(*) FROM authors").close();
            String holderUrl =
                    db.jdbcUrl() + (db.jdbcUrl().contains("?") ? "&" : "?") + "ApplicationName=migrata-holder";
            holder = CompletableFuture.supplyAsync(() -> Migrator.builder()
                    .url(holderUrl)
                    .chain(new LabChain())
                    .build()
                    .upgrade("head"));
            awaitIndexBuildWaiting();

            long started = System.nanoTime();
            CliRun waiter = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "--lock-timeout", "1s", "upgrade");
            long waitedMillis = (System.nanoTime() - started) / 1_000_000;
            assertEquals(1, waiter.exitCode(), waiter::toString);
            assertTrue(waitedMillis >= 1_000, "waited " + waitedMillis + " ms");
            assertTrue(
                    waiter.err()
                            .startsWith(
                                    "error: Timed out after 1000 ms waiting for the migration lock on jdbc:postgresql://"),
                    waiter::toString);
            assertTrue(waiter.err().contains("held by backend pid "), waiter::toString);
            assertTrue(
                    waiter.err().endsWith(" On the command line: --lock-timeout, e.g. --lock-timeout 30m.\n"),
                    waiter::toString);
            assertTrue(
                    (waiter.out() + waiter.err()).contains("Waiting for the migration lock held by backend pid"),
                    waiter::toString);
            snapshotHolder.commit();
        }
        assertEquals(List.of("004_embedding_index"), holder.get(30, TimeUnit.SECONDS));
        assertEquals(
                CliRun.current("004_embedding_index (head)", db),
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "current").out());
    }

    /** Waits until the holder's concurrent index build is blocked by the open snapshot. */
    private static void awaitIndexBuildWaiting() throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (db.queryForString("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'migrata-holder'"
                        + " AND query LIKE 'CREATE INDEX CONCURRENTLY%' AND wait_event_type = 'Lock'")
                .equals("0")) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("the holder's index build never started waiting");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void usageErrors() {
        CliRun unknownOption = CliRun.run(workingDirectory, "upgrade", "--bogus");
        assertEquals(2, unknownOption.exitCode(), unknownOption::toString);
        assertTrue(
                unknownOption.err().startsWith("Unknown option: '--bogus'\nUsage: migrata upgrade "),
                unknownOption.err());

        CliRun missingTarget = CliRun.run(workingDirectory, "downgrade");
        assertEquals(2, missingTarget.exitCode(), missingTarget::toString);
        assertTrue(missingTarget.err().startsWith("Missing required parameter: 'TARGET'"), missingTarget.err());

        CliRun unknownCommand = CliRun.run(workingDirectory, "upgrad");
        assertEquals(2, unknownCommand.exitCode(), unknownCommand::toString);
        assertTrue(unknownCommand.err().contains("Did you mean: migrata upgrade or"), unknownCommand.err());

        CliRun noCommand = CliRun.run(workingDirectory);
        assertEquals(2, noCommand.exitCode(), noCommand::toString);
        assertTrue(noCommand.err().startsWith("Missing required command"), noCommand.err());

        CliRun badTimeout = CliRun.run(workingDirectory, "--lock-timeout", "soon", "upgrade");
        assertEquals(2, badTimeout.exitCode(), badTimeout::toString);
        assertTrue(badTimeout.err().contains("'soon' is not a duration"), badTimeout.err());

        CliRun overflowingTimeout = CliRun.run(workingDirectory, "--lock-timeout", "3000000h", "upgrade");
        assertEquals(2, overflowingTimeout.exitCode(), overflowingTimeout::toString);
        assertTrue(
                overflowingTimeout.err().contains("'3000000h' is too long: a lock timeout is at most 596h"),
                overflowingTimeout.err());

        CliRun extraArgument = CliRun.run(workingDirectory, "current", "extra");
        assertEquals(2, extraArgument.exitCode(), extraArgument::toString);
    }

    @Test
    void helpAndVersion() {
        for (String command :
                new String[] {"upgrade", "downgrade", "current", "history", "heads", "show", "stamp", "check"}) {
            CliRun help = CliRun.run(workingDirectory, command, "--help");
            assertEquals(0, help.exitCode(), help::toString);
            assertTrue(help.out().startsWith("Usage: migrata " + command), help.out());
        }
        CliRun version = CliRun.run(workingDirectory, "--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().startsWith("migrata "), version.out());
        assertFalse(version.out().startsWith("migrata unknown"), version.out());
    }
}
