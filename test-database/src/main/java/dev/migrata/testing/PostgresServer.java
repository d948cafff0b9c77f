package dev.migrata.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The PostgreSQL server on which {@link TestDatabase} creates its databases. */
interface PostgresServer {

    /** The environment variable with the admin URL of an existing server. */
    String URL_VARIABLE = "MIGRATA_TEST_DATABASE_URL";

    /** Login as a user that may create databases and the {@code vector} extension. */
    ServerAddress admin();

    /** Where the server came from, for error messages. */
    String origin();

    /** Runs {@code pg_dump} with {@code options} against {@code database}. */
    CommandResult pgDump(String database, List<String> options);

    /**
     * The server named by {@value #URL_VARIABLE}; else, when Docker is available, a shared
     * pgvector container; else a failure that says how to provide one.
     */
    static PostgresServer locate(Map<String, String> environment) {
        String url = environment.get(URL_VARIABLE);
        if (url != null && !url.isBlank()) {
            try {
                return new External(ServerAddress.parse(url));
            } catch (IllegalArgumentException e) {
                throw new IllegalStateException(URL_VARIABLE + " is " + e.getMessage(), e);
            }
        }
        // Only now is Testcontainers touched: with the variable set it is never loaded.
        if (ContainerServer.dockerAvailable()) {
            return ContainerServer.shared();
        }
        throw new IllegalStateException("No PostgreSQL for the tests: set " + URL_VARIABLE
                + " (e.g. jdbc:postgresql://127.0.0.1:5432/postgres?user=postgres) to a server with"
                + " pgvector, run scripts/setup-postgres.sh to prepare the local one, or start Docker"
                + " so that a pgvector/pgvector container can be used.");
    }

    /** A server that was already running, named by {@value #URL_VARIABLE}. */
    record External(ServerAddress admin) implements PostgresServer {

        @Override
        public String origin() {
            return admin + " (from " + URL_VARIABLE + ")";
        }

        @Override
        public CommandResult pgDump(String database, List<String> options) {
            List<String> command = new ArrayList<>(List.of("pg_dump", "-d", admin.libpqUrl(database)));
            command.addAll(options);
            return ClientProgram.run(command, null);
        }
    }
}
