package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --url}, else {@code DATABASE_URL}, else {@code migrata.properties} in the working directory. */
class UrlResolutionTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final String UNREACHABLE = "postgresql://other:s3cret-pw@127.0.0.1:1/elsewhere";

    @TempDir
    Path workingDirectory;

    private static void assertConnected(CliRun run) {
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals(CliRun.current("<base> (nothing applied)", db), run.out(), run::toString);
    }

    @Test
    void fromDatabaseUrlInLibpqForm() {
        assertConnected(CliRun.run(Map.of("DATABASE_URL", db.libpqUrl()), workingDirectory, "current"));
    }

    @Test
    void asyncpgSpellingIsAccepted() {
        String asyncpg = db.libpqUrl().replaceFirst("^postgres(ql)?://", "postgresql+asyncpg://");
        assertConnected(CliRun.run(Map.of("DATABASE_URL", asyncpg), workingDirectory, "current"));
        String postgres = db.libpqUrl().replaceFirst("^postgres(ql)?://", "postgres://");
        assertConnected(CliRun.run(workingDirectory, "--url", postgres, "current"));
    }

    @Test
    void urlOptionWinsOverTheEnvironment() {
        assertConnected(
                CliRun.run(Map.of("DATABASE_URL", UNREACHABLE), workingDirectory, "--url", db.jdbcUrl(), "current"));
    }

    @Test
    void environmentWinsOverThePropertiesFile() throws Exception {
        Files.writeString(workingDirectory.resolve("migrata.properties"), "url=" + UNREACHABLE + "\n");
        assertConnected(CliRun.run(Map.of("DATABASE_URL", db.jdbcUrl()), workingDirectory, "current"));
    }

    @Test
    void fromPropertiesFileWithSeparateUser() throws Exception {
        String jdbc = db.jdbcUrl();
        // The file's user= wins over the URL's, as documented; the URL keeps only host and database.
        String withoutQuery = jdbc.substring(0, jdbc.indexOf('?'));
        String user = db.queryForString("SELECT current_user");
        Files.writeString(
                workingDirectory.resolve("migrata.properties"),
                "# the database this project migrates\nurl=" + withoutQuery + "\nuser=" + user + "\n");
        assertConnected(CliRun.run(workingDirectory, "current"));
    }

    @Test
    void propertiesFilePasswordIsMaskedWhenTheServerIsUnreachable() throws Exception {
        Files.writeString(
                workingDirectory.resolve("migrata.properties"),
                "url=jdbc:postgresql://127.0.0.1:1/app\nuser=migrator\npassword=s3cret-pw\n");
        CliRun run = CliRun.run(workingDirectory, "history");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err().startsWith("error: Database error on jdbc:postgresql://127.0.0.1:1/app (user migrator)"),
                run.err());
        assertTrue(!run.err().contains("s3cret-pw") && !run.out().contains("s3cret-pw"), run::toString);
    }

    @Test
    void propertiesFileWithoutUrl() throws Exception {
        Files.writeString(workingDirectory.resolve("migrata.properties"), "user=migrator\n");
        CliRun run = CliRun.run(workingDirectory, "current");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err().startsWith("error: ") && run.err().endsWith("migrata.properties has no url= entry\n"),
                run.err());
    }

    @Test
    void historyWithAPropertiesFileWithoutUrlIsRefusedNotListedOffline() throws Exception {
        // Only when no source names a database does history fall back to the chain alone.
        Files.writeString(workingDirectory.resolve("migrata.properties"), "user=migrator\n");
        CliRun run = CliRun.run(workingDirectory, "history");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().endsWith("migrata.properties has no url= entry\n"), run.err());
        assertEquals("", run.out());
    }
}
