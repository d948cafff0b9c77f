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
 * exits (with the reaper disabled, the JVM's shutdown hook stops it).
 *
 * <p>{@value #IMAGE_VARIABLE} names another image to use instead, one that behaves as the official
 * {@code postgres} image does (the {@code POSTGRES_USER}, {@code POSTGRES_PASSWORD} and {@code
 * POSTGRES_DB} variables, port 5432) and has pgvector: {@code scripts/test-containers} builds one
 * from Debian packages where images cannot be pulled.
 */
final class ContainerServer implements PostgresServer {

    /** The image used unless {@value #IMAGE_VARIABLE} names another. */
    static final String DEFAULT_IMAGE = "pgvector/pgvector:pg17";

    /** The environment variable that names the image to start instead of {@link #DEFAULT_IMAGE}. */
    static final String IMAGE_VARIABLE = "MIGRATA_TEST_IMAGE";

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
            PostgreSQLContainer container = new PostgreSQLContainer(
                    DockerImageName.parse(image(System.getenv())).asCompatibleSubstituteFor("postgres"));
            container.start();
            return new ContainerServer(container);
        }
    }

    /** The image to start: {@value #IMAGE_VARIABLE} when set, else {@link #DEFAULT_IMAGE}. */
    static String image(Map<String, String> environment) {
        String image = environment.get(IMAGE_VARIABLE);
        return image == null || image.isBlank() ? DEFAULT_IMAGE : image.strip();
    }

    /** The image the container runs. */
    String imageName() {
        return container.getDockerImageName();
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
        return "the " + imageName() + " container";
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
