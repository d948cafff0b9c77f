package dev.migrata.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.testing.TestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shaded jar as users run it: {@code java -jar migrata.jar}, a separate JVM with only the jar
 * and the application's classes, the real environment and exit codes. Runs after the package phase.
 */
class ShadedJarIT {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    @TempDir
    Path workingDirectory;

    /** A finished process. */
    record Result(int exitCode, String out, String err, long millis) {}

    private static Path jar() {
        Path jar = Path.of(System.getProperty("migrata.cli.jar", "target/migrata.jar"));
        assertTrue(Files.isRegularFile(jar), "the shaded jar is built by the package phase: " + jar.toAbsolutePath());
        return jar;
    }

    /** The test classes: the application's "jar" that holds the lab chain and its service entry. */
    private static String applicationClasses() throws Exception {
        return Path.of(LabChain.class
                        .getProtectionDomain()
                        .getCodeSource()
                        .getLocation()
                        .toURI())
                .toString();
    }

    private Result migrata(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar",
                jar().toAbsolutePath().toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(workingDirectory.toFile());
        builder.environment().remove("DATABASE_URL");
        builder.environment().putAll(environment);
        long start = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<String> out = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        CompletableFuture<String> err = CompletableFuture.supplyAsync(() -> read(process.getErrorStream()));
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "migrata did not finish");
        return new Result(process.exitValue(), out.join(), err.join(), (System.nanoTime() - start) / 1_000_000);
    }

    private static String read(java.io.InputStream stream) {
        try {
            return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void upgradeThroughTheJarWithTheUrlFromTheEnvironment() throws Exception {
        Map<String, String> environment = Map.of("DATABASE_URL", db.libpqUrl());
        Result upgrade = migrata(environment, "--cp", applicationClasses(), "upgrade");
        assertEquals(0, upgrade.exitCode(), upgrade::toString);
        assertEquals(
                4,
                upgrade.out()
                        .lines()
                        .filter(line -> line.startsWith("Running upgrade "))
                        .count(),
                upgrade::toString);
        assertEquals("", upgrade.err(), "the runtime's log lines appear once, on standard output");

        Result current = migrata(environment, "--cp", applicationClasses(), "current");
        assertEquals(CliRun.current("004_embedding_index (head)", db), current.out(), current::toString);
        System.out.printf("java -jar migrata.jar: upgrade %d ms, current %d ms%n", upgrade.millis(), current.millis());
    }

    @Test
    void unreachableServerExitsOneWithTheMaskedUrl() throws Exception {
        Result run = migrata(
                Map.of(),
                "--cp",
                applicationClasses(),
                "--url",
                "postgresql://migrator:s3cret-pw@127.0.0.1:1/app",
                "current");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(
                run.err().startsWith("error: Database error on jdbc:postgresql://127.0.0.1:1/app (user migrator)"),
                run::toString);
        assertFalse(run.err().contains("s3cret-pw"), run::toString);
    }

    @Test
    void withoutTheApplicationClassesThereIsNoChain() throws Exception {
        Result run = migrata(Map.of(), "heads");
        assertEquals(1, run.exitCode(), run::toString);
        assertTrue(run.err().startsWith("error: No migration chain on the class path"), run::toString);
    }

    @Test
    void versionAndUsage() throws Exception {
        Result version = migrata(Map.of(), "--version");
        assertEquals(0, version.exitCode(), version::toString);
        assertTrue(version.out().startsWith("migrata 0."), version::toString);
        Result usage = migrata(Map.of(), "stamp");
        assertEquals(2, usage.exitCode(), usage::toString);
    }
}
