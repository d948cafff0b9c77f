package dev.migrata.runtime;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A migrator in its own JVM, as a separately deployed application instance would run it. Started
 * by the concurrency and crash tests: {@code <jdbc url> <chain variant> <target> <lock timeout ms>
 * <start at epoch ms>}. Exits 0 after migrating, 3 on a refusal, 4 on anything else.
 */
public final class MigratorProcess {

    private MigratorProcess() {}

    public static void main(String[] args) throws InterruptedException {
        String url = args[0];
        SampleChain.Variant variant = SampleChain.Variant.valueOf(args[1]);
        String target = args[2];
        Duration lockTimeout = Duration.ofMillis(Long.parseLong(args[3]));
        long startAt = Long.parseLong(args[4]);
        // Every instance starts at the same moment, as replicas of one deployment do.
        long wait = startAt - System.currentTimeMillis();
        if (wait > 0) {
            Thread.sleep(wait);
        }
        try {
            Migrator.builder()
                    .url(url)
                    .chain(SampleChain.of(variant))
                    .lockTimeout(lockTimeout)
                    .build()
                    .upgrade(target);
            System.out.println("MIGRATED");
            System.exit(0);
        } catch (MigrationException e) {
            System.out.println("REFUSED " + e.reason() + ": " + e.getMessage());
            System.exit(3);
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
            System.exit(4);
        }
    }

    /** Starts a migrator JVM on this test's class path; its output goes to a temporary file. */
    static Launched launch(
            String url, SampleChain.Variant variant, String target, Duration lockTimeout, long startAtEpochMillis)
            throws IOException {
        Path output = Files.createTempFile("migrator-", ".log");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(List.of(
                        java,
                        "-cp",
                        System.getProperty("java.class.path"),
                        MigratorProcess.class.getName(),
                        url,
                        variant.name(),
                        target,
                        String.valueOf(lockTimeout.toMillis()),
                        String.valueOf(startAtEpochMillis)))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        return new Launched(builder.start(), output.toFile());
    }

    /** A started migrator JVM and the file that collects its output. */
    record Launched(Process process, File output) {
        String log() throws IOException {
            return Files.readString(output.toPath());
        }
    }
}
