package dev.migrata.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** Runs a PostgreSQL client program (psql, pg_dump) on this machine and collects its output. */
final class ClientProgram {

    private static final long TIMEOUT_MINUTES = 5;

    private ClientProgram() {}

    /**
     * Runs {@code command}, writing {@code stdin} (may be null) to its standard input.
     *
     * @throws IllegalStateException when the program is not installed or does not finish in time
     */
    static CommandResult run(List<String> command, String stdin) {
        Process process;
        try {
            ProcessBuilder builder = new ProcessBuilder(command);
            // The URL on the command line says where to connect; a developer's PG* variables
            // (PGDATABASE, PGSERVICE, ...) must not change that.
            builder.environment().keySet().removeIf(name -> name.startsWith("PG"));
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException(
                    command.get(0) + " is not installed or not on the PATH; install the PostgreSQL"
                            + " client programs (Debian: apt-get install postgresql-client)",
                    e);
        }
        // Both streams are drained while stdin is written: a program that fills one pipe
        // buffer would otherwise block forever.
        CompletableFuture<String> stdout = drain(process.getInputStream());
        CompletableFuture<String> stderr = drain(process.getErrorStream());
        try (OutputStream in = process.getOutputStream()) {
            if (stdin != null) {
                in.write(stdin.getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            // The program exited before reading everything; its stderr says why.
        }
        try {
            if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                throw new IllegalStateException(command.get(0) + " did not finish in " + TIMEOUT_MINUTES + " minutes");
            }
            return new CommandResult(process.exitValue(), stdout.join(), stderr.join());
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + command.get(0), e);
        }
    }

    private static CompletableFuture<String> drain(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                ByteArrayOutputStream buffer = new ByteArrayOutputStream();
                stream.transferTo(buffer);
                return buffer.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
