package dev.migrata.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.monitor.logging.DefaultLog;
import org.codehaus.plexus.logging.Logger;
import org.codehaus.plexus.logging.console.ConsoleLogger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrackMigrationsMojoTest {

    @TempDir
    Path project;

    private TrackMigrationsMojo mojo() {
        TrackMigrationsMojo mojo = new TrackMigrationsMojo();
        mojo.setLog(new DefaultLog(new ConsoleLogger(Logger.LEVEL_DISABLED, "track-migrations")));
        mojo.migrationsDirectory = project.resolve("src/main/migrations").toFile();
        mojo.buildDirectory = project.resolve("target").toFile();
        mojo.fingerprintFile =
                project.resolve("target/migrata/migrata-migrations.sha").toFile();
        return mojo;
    }

    /** The compiler's record of its last inputs, as maven-compiler-plugin writes it. */
    private Path compilerInputs(String execution) throws IOException {
        Path file =
                project.resolve("target/maven-status/maven-compiler-plugin/compile/" + execution + "/inputFiles.lst");
        Files.createDirectories(file.getParent());
        Files.writeString(file, project.resolve("src/main/java/A.java") + "\n");
        return file;
    }

    private void writeRevision(String text) throws IOException {
        Path file = project.resolve("src/main/migrations/shop/001_a.sql");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void theFirstBuildRecordsTheFingerprintAndRecompiles() throws Exception {
        writeRevision("one");
        Path inputs = compilerInputs("default-compile");

        mojo().execute();

        assertFalse(Files.exists(inputs));
        assertTrue(Files.isRegularFile(project.resolve("target/migrata/migrata-migrations.sha")));
    }

    @Test
    void anUnchangedDirectoryLeavesTheCompilerAlone() throws Exception {
        writeRevision("one");
        mojo().execute();
        Path inputs = compilerInputs("default-compile");

        mojo().execute();

        assertTrue(Files.exists(inputs));
    }

    @Test
    void anEditMakesEveryMainCompileExecutionRecompile() throws Exception {
        writeRevision("one");
        mojo().execute();
        Path main = compilerInputs("default-compile");
        Path other = compilerInputs("java-21");
        Path tests = project.resolve(
                "target/maven-status/maven-compiler-plugin/testCompile/default-testCompile/" + "inputFiles.lst");
        Files.createDirectories(tests.getParent());
        Files.writeString(tests, "");

        writeRevision("one, edited");
        mojo().execute();

        assertFalse(Files.exists(main));
        assertFalse(Files.exists(other));
        assertTrue(Files.exists(tests), "test compilation does not run the processor on the chain");
        mojo().execute();
        assertEquals(
                List.of(),
                MigrationsFingerprint.of(project.resolve("src/main/migrations"), false)
                        .changedSince(
                                MigrationsFingerprint.read(project.resolve("target/migrata/migrata-migrations.sha"))));
    }

    @Test
    void switchingVerifyModeRecompilesBothWays() throws Exception {
        writeRevision("one");
        mojo().execute();
        Path inputs = compilerInputs("default-compile");

        TrackMigrationsMojo verifying = mojo();
        verifying.verify = true;
        verifying.execute();
        assertFalse(Files.exists(inputs));

        inputs = compilerInputs("default-compile");
        verifying.execute();
        assertTrue(Files.exists(inputs), "a second verify build with nothing changed compiles nothing");

        mojo().execute();
        assertFalse(Files.exists(inputs));
    }

    @Test
    void aBuildWithoutCompilerStateIsFine() throws Exception {
        writeRevision("one");

        assertEquals(List.of(), TrackMigrationsMojo.invalidateCompilerState(project.resolve("target")));
        mojo().execute();
    }
}
