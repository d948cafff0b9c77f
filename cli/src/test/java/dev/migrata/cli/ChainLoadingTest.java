package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --classpath} and {@code --schema}: which chain the CLI finds. None of this connects. */
class ChainLoadingTest {

    @TempDir
    Path workingDirectory;

    private Path directoryRegistering(String chainClass) throws Exception {
        Path classes = Files.createDirectories(workingDirectory.resolve("classes"));
        Path services = Files.createDirectories(classes.resolve("META-INF/services"));
        Files.writeString(services.resolve("dev.migrata.runtime.MigrationChain"), chainClass + "\n");
        return classes;
    }

    @Test
    void twoChainsNeedSchemaToChoose() throws Exception {
        String classpath = directoryRegistering(OtherChain.class.getName()).toString();
        CliRun both = CliRun.run(workingDirectory, "--cp", classpath, "heads");
        assertEquals(1, both.exitCode(), both::toString);
        assertEquals(
                "error: Several migration chains on the class path (inventory, lab); choose one with --schema NAME\n",
                both.err());

        CliRun inventory = CliRun.run(workingDirectory, "--classpath", classpath, "--schema", "inventory", "heads");
        assertEquals("002_seed_items (head)\n", inventory.out(), inventory::toString);
        CliRun lab = CliRun.run(workingDirectory, "heads", "--cp", classpath, "--schema", "lab");
        assertEquals("004_embedding_index (head)\n", lab.out(), lab::toString);
    }

    @Test
    void unknownSchemaNameListsTheChainsFound() {
        CliRun run = CliRun.run(workingDirectory, "--schema", "nope", "heads");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals("error: No migration chain named nope on the class path; found lab\n", run.err());
    }

    @Test
    void missingClasspathEntry() {
        CliRun run = CliRun.run(
                workingDirectory,
                "--cp",
                workingDirectory.resolve("missing.jar").toString(),
                "heads");
        assertEquals(1, run.exitCode(), run::toString);
        assertEquals(
                "error: Class path entry does not exist: " + workingDirectory.resolve("missing.jar") + "\n", run.err());
    }

    @Test
    void registeredClassThatCannotLoad() throws Exception {
        String classpath = directoryRegistering("com.example.Missing").toString();
        CliRun run = CliRun.run(workingDirectory, "--cp", classpath, "heads");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: A registered MigrationChain cannot be loaded: "), run.err());
    }

    @Test
    void javaDataMigrationInAnOfflineScriptNeedsTheOption() throws Exception {
        String classpath = directoryRegistering(OtherChain.class.getName()).toString();
        CliRun refused = CliRun.run(workingDirectory, "--cp", classpath, "--schema", "inventory", "upgrade", "--sql");
        assertEquals(1, refused.exitCode(), refused::toString);
        assertEquals("", refused.out());
        assertTrue(
                refused.err()
                        .startsWith(
                                "error: Revision 002_seed_items runs Java code (dev.migrata.cli.OtherChain$SeedRevision.upgrade)"),
                refused.err());
        assertTrue(refused.err().endsWith(" On the command line: add --allow-data-migrations.\n"), refused.err());

        CliRun script = CliRun.run(
                workingDirectory,
                "--cp",
                classpath,
                "--schema",
                "inventory",
                "upgrade",
                "--sql",
                "--allow-data-migrations");
        assertEquals(0, script.exitCode(), script::toString);
        assertTrue(
                script.out()
                        .contains(
                                "-- Java data migration dev.migrata.cli.OtherChain$SeedRevision.upgrade(Connection) of 002_seed_items"),
                script.out());
    }
}
