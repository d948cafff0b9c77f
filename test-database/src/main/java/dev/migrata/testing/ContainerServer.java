package dev.migrata.testing;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.Container;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * A {@code pgvector/pgvector} container, started at most once per JVM and shared by all test
 * classes (each still gets its own database). Testcontainers' reaper removes it when the JVM
 * exits.
 */
final class ContainerServer implements PostgresServer {

    static final String IMAGE = "pgvector/pgvector:pg17";

    private final PostgreSQLContainer container;

    private ContainerServer(PostgreSQLContainer container) {
        this.container = container;
    }

    static boolean dockerAvailable() {
        return DockerClientFactory.instance().isDockerAvailable();
    }

    static ContainerServer shared() {
        return Holder.INSTANCE;
    }

    /** The JVM's class initialisation makes the start happen once, thread-safely. */
    private static final class Holder {
        static final ContainerServer INSTANCE = start();

        @SuppressWarnings("resource") // lives until the JVM exits
        private static ContainerServer start() {
            PostgreSQLContainer container =
                    new PostgreSQLContainer(DockerImageName.parse(IMAGE).asCompatibleSubstituteFor("postgres"));
            container.start();
            return new ContainerServer(container);
        }
    }

    @Override
    public ServerAddress admin() {
        return new ServerAddress(
                container.getHost(),
                container.getMappedPort(PostgreSQLContainer.POSTGRESQL_PORT),
                container.getDatabaseName(),
                container.getUsername(),
                container.getPassword(),
                Map.of());
    }

    @Override
    public String origin() {
        return "the " + IMAGE + " container";
    }

    /** Runs the container's own pg_dump: one older than the server (the host's) refuses to run. */
    @Override
    public CommandResult pgDump(String database, List<String> options) {
        List<String> command = new ArrayList<>(List.of("pg_dump", "-U", container.getUsername(), "-d", database));
        command.addAll(options);
        try {
            Container.ExecResult result = container.execInContainer(command.toArray(String[]::new));
            return new CommandResult(result.getExitCode(), result.getStdout(), result.getStderr());
        } catch (IOException e) {
            throw new IllegalStateException("pg_dump in " + origin() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while running pg_dump in " + origin(), e);
        }
    }
}
