package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.CommandResult;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code --sql}: the script psql applies builds the same schema as {@code upgrade}, and needs no database to write. */
class OfflineScriptTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path workingDirectory;

    @BeforeEach
    void emptyDatabase() throws Exception {
        db.execute("DROP TABLE IF EXISTS papers, authors, migrata_revisions CASCADE");
    }

    private String script(String... args) {
        CliRun run = CliRun.run(workingDirectory, args);
        assertEquals(0, run.exitCode(), run::toString);
        assertEquals("", run.err());
        return run.out();
    }

    @Test
    void upgradeScriptThroughPsqlMatchesUpgrade() {
        String script = script("upgrade", "--sql");
        assertTrue(script.startsWith("-- Migrata offline script for chain lab: base -> 004_embedding_index\n"), script);
        assertTrue(script.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_papers_embedding"), script);
        CommandResult applied = db.psql(script);
        assertEquals(0, applied.exitCode(), applied::toString);
        String fromScript = db.schemaDump();

        CliRun current = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "current");
        assertEquals(CliRun.current("004_embedding_index (head)", db), current.out(), current::toString);
        CliRun check = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "check");
        assertEquals(0, check.exitCode(), check::toString);

        CliRun downgrade = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "downgrade", "base");
        assertEquals(0, downgrade.exitCode(), downgrade::toString);
        CliRun upgrade = CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "upgrade");
        assertEquals(0, upgrade.exitCode(), upgrade::toString);
        assertEquals(fromScript, db.schemaDump());
    }

    @Test
    void rangeScriptsUpAndDownThroughPsql() throws Exception {
        assertEquals(0, db.psql(script("upgrade", "002_papers", "--sql")).exitCode());
        assertEquals(
                CliRun.current("002_papers", db),
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "current").out());
        assertEquals(0, db.psql(script("upgrade", "002:head", "--sql")).exitCode());
        assertEquals(
                CliRun.current("004_embedding_index (head)", db),
                CliRun.run(workingDirectory, "--url", db.jdbcUrl(), "current").out());

        String down = script("downgrade", "base", "--sql");
        assertTrue(down.startsWith("-- Migrata offline script for chain lab: 004_embedding_index -> base\n"), down);
        CommandResult applied = db.psql(down);
        assertEquals(0, applied.exitCode(), applied::toString);
        assertEquals(null, db.queryForString("SELECT to_regclass('authors')"));
        assertEquals("0", db.queryForString("SELECT count(*) FROM migrata_revisions"));
    }

    @Test
    void relativeTargetNeedsADatabase() {
        CliRun run = CliRun.run(workingDirectory, "upgrade", "+1", "--sql");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("error: A relative target (+1) needs a database; name a revision instead\n", run.err());
    }
}
