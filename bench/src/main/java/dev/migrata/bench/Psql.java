package dev.migrata.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** The floor: {@code psql} running the same statements as one script, nothing recorded. */
final class Psql {

    private Psql() {}

    static void run(Server server, String database, Path script) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(
                "psql",
                "-X",
                "-q",
                "-v",
                "ON_ERROR_STOP=1",
                "-h",
                server.host(),
                "-p",
                String.valueOf(server.port()),
                "-U",
                server.user(),
                "-d",
                database,
                "-f",
                script.toString()));
        if (server.password() != null) {
            builder.environment().put("PGPASSWORD", server.password());
        }
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        int status = builder.start().waitFor();
        if (status != 0) {
            throw new IllegalStateException("psql failed (" + status + ") on " + script);
        }
    }
}
