package dev.migrata.spring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationException;
import dev.migrata.runtime.Migrator;
import dev.migrata.sample.schema.SampleSchemaMigrations;
import dev.migrata.testing.TestDatabase;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.SpringBootVersion;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The starter in real Spring Boot applications against real PostgreSQL databases, each test on a
 * fresh database, with the sample's processor-compiled chain ({@code lab}, six revisions). The
 * same source runs on Boot 3 here and on Boot 4 in {@code spring-boot-starter-boot4-tests}.
 */
@ExtendWith(OutputCaptureExtension.class)
class MigrataAutoConfigurationTest {

    @RegisterExtension
    static final TestDatabase db = new TestDatabase();

    private static final List<String> ALL_REVISIONS = SampleSchemaMigrations.chain().migrations().stream()
            .map(Migration::id)
            .toList();
    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static final String HEAD = ALL_REVISIONS.get(ALL_REVISIONS.size() - 1);

    /** A bean that reads a migrated table while it is being constructed. */
    static final class UsersAtStartup {
        final long users;

        UsersAtStartup(JdbcTemplate jdbc) {
            this.users = jdbc.queryForObject("SELECT count(*) FROM users", Long.class);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class UsersAtStartupConfiguration {
        @Bean
        UsersAtStartup usersAtStartup(JdbcTemplate jdbc) {
            return new UsersAtStartup(jdbc);
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OneStepStrategy {
        @Bean
        MigrataMigrationStrategy oneStep() {
            return migrator -> migrator.upgrade("+1");
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class OwnMigrator {
        static final List<Migrator> BUILT = new CopyOnWriteArrayList<>();

        @Bean
        Migrator ownMigrator(DataSource dataSource) {
            Migrator migrator = Migrator.builder()
                    .dataSource(dataSource)
                    .chain(SampleSchemaMigrations.chain())
                    .build();
            BUILT.add(migrator);
            return migrator;
        }
    }

    @Test
    void anApplicationsOwnMigratorReplacesTheStartersAndIsRunAtStartup() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(OwnMigrator.class), "migrata.target=003_simulations")) {
            assertTrue(OwnMigrator.BUILT.contains(app.getBean(Migrator.class)));
            assertEquals(
                    ALL_REVISIONS.subList(0, 3),
                    app.getBean(MigrataMigrationInitializer.class).appliedRevisions());
        }
    }

    @Test
    void runsOnTheSpringBootLineTheBuildChose() {
        assertEquals(System.getProperty("migrata.expected-spring-boot-version"), SpringBootVersion.getVersion());
    }

    @Test
    void migratesBeforeABeanThatQueriesAtConstructionAndASecondStartDoesNothing() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(UsersAtStartupConfiguration.class))) {
            assertEquals(0L, app.getBean(UsersAtStartup.class).users);
            assertEquals(
                    ALL_REVISIONS,
                    app.getBean(MigrataMigrationInitializer.class).appliedRevisions());

            MigrataEndpoint.MigrataHistory history =
                    app.getBean(MigrataEndpoint.class).history();
            assertEquals("lab", history.schema());
            assertEquals(HEAD, history.head());
            assertEquals(HEAD, history.current());
            assertEquals(
                    ALL_REVISIONS,
                    history.revisions().stream()
                            .map(MigrataEndpoint.RevisionDescriptor::id)
                            .toList());
            for (MigrataEndpoint.RevisionDescriptor revision : history.revisions()) {
                assertEquals("APPLIED", revision.state(), revision.id());
                assertNotNull(revision.appliedAt(), revision.id());
                assertEquals("postgres", revision.appliedBy(), revision.id());
            }
            assertEquals("users and materials", history.revisions().get(0).message());

            HealthReading health = HealthReading.of(app);
            assertEquals("UP", health.status(), health.details().toString());
            assertEquals(HEAD, health.details().get("current"));
            assertEquals(HEAD, health.details().get("head"));
            assertEquals(
                    TestApplications.onBoot4() ? MigrataBoot4HealthIndicator.class : MigrataBoot3HealthIndicator.class,
                    app.getBean("migrataHealthIndicator").getClass());
        }

        try (ConfigurableApplicationContext again =
                TestApplications.start(url, List.of(UsersAtStartupConfiguration.class))) {
            assertEquals(
                    List.of(), again.getBean(MigrataMigrationInitializer.class).appliedRevisions());
            assertEquals(
                    String.valueOf(ALL_REVISIONS.size()),
                    TestApplications.queryForString(url, "SELECT count(*) FROM migrata_revisions"));
        }
    }

    @Test
    void theEndpointAndTheHealthContributorAnswerOverHttp() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.startWeb(url)) {
            String base = "http://127.0.0.1:" + app.getEnvironment().getProperty("local.server.port");
            HttpClient http = HttpClient.newHttpClient();

            HttpResponse<String> history = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/migrata"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/actuator/health/migrata"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());

            assertEquals(200, history.statusCode(), history.body());
            for (String expected : List.of(
                    "\"schema\":\"lab\"",
                    "\"head\":\"" + HEAD + "\"",
                    "\"current\":\"" + HEAD + "\"",
                    "\"id\":\"002_structures\",\"parent\":\"001_initial_schema\",\"message\":\"crystal structures with embeddings\",\"state\":\"APPLIED\",\"appliedAt\":\"")) {
                assertTrue(history.body().contains(expected), expected + " in " + history.body());
            }
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            assertTrue(health.body().contains("\"current\":\"" + HEAD + "\""), health.body());
        }
    }

    @Test
    void migratesAtStartupEvenWhenBeansAreInitializedLazily() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(), "spring.main.lazy-initialization=true")) {
            assertEquals(
                    HEAD,
                    TestApplications.queryForString(
                            url, "SELECT id FROM migrata_revisions ORDER BY position DESC LIMIT 1"));
            // Only now may the lookup create the bean: the database was migrated before it.
            assertEquals(
                    ALL_REVISIONS,
                    app.getBean(MigrataMigrationInitializer.class).appliedRevisions());
        }
    }

    @Test
    void bootsDataScriptsRunAfterTheMigration() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(
                url,
                List.of(UsersAtStartupConfiguration.class),
                "spring.sql.init.mode=always",
                "spring.sql.init.data-locations=classpath:seed-materials.sql")) {
            assertEquals(
                    "CH3NH3PbI3",
                    app.getBean(JdbcTemplate.class)
                            .queryForObject("SELECT string_agg(formula, ',') FROM materials", String.class));
        }
    }

    @Test
    void disabledDoesNothing() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of(), "migrata.enabled=false")) {
            assertTrue(app.getBeansOfType(Migrator.class).isEmpty());
            assertTrue(app.getBeansOfType(MigrataMigrationInitializer.class).isEmpty());
            assertTrue(app.getBeansOfType(MigrataEndpoint.class).isEmpty());
            assertFalse(app.containsBean("migrataHealthIndicator"));
        }
        assertNull(TestApplications.queryForString(url, "SELECT to_regclass('migrata_revisions')::text"));
    }

    @Test
    void targetAndSchemaPropertiesChooseWhereToMigrate() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(), "migrata.target=002_structures", "migrata.schema=lab")) {
            assertEquals(
                    ALL_REVISIONS.subList(0, 2),
                    app.getBean(MigrataMigrationInitializer.class).appliedRevisions());
            assertEquals(
                    "002_structures",
                    app.getBean(MigrataEndpoint.class).history().current());

            HealthReading health = HealthReading.of(app);
            assertEquals("OUT_OF_SERVICE", health.status());
            assertEquals(
                    ALL_REVISIONS.subList(2, ALL_REVISIONS.size()),
                    health.details().get("pending"));
            assertEquals("002_structures", health.details().get("current"));
            assertFalse(health.details().containsKey("drift"), health.details().toString());
        }
    }

    @Test
    void aSchemaNoChainHasFailsStartup() throws Exception {
        String url = freshSchema();

        Exception failure =
                assertThrows(Exception.class, () -> TestApplications.start(url, List.of(), "migrata.schema=inventory"));

        String expected = "No MigrationChain named inventory is registered in"
                + " META-INF/services/dev.migrata.runtime.MigrationChain. The annotation processor registers each"
                + " @Schema's chain when it compiles it; choose one of several with migrata.schema, or declare a"
                + " Migrator bean of your own.";
        assertTrue(causes(failure).stream().anyMatch(cause -> expected.equals(cause.getMessage())), failure::toString);
    }

    @Test
    void anInvalidSettingFailsStartupNamingTheProperty() throws Exception {
        String url = freshSchema();

        Exception failure = assertThrows(
                Exception.class, () -> TestApplications.start(url, List.of(), "migrata.ddl-lock-retries=-1"));

        assertTrue(
                failure.getMessage()
                        .contains("Invalid migrata.ddl-lock-retries=-1: ddlLockRetries must not be negative"),
                failure.getMessage());
        assertNull(TestApplications.queryForString(url, "SELECT to_regclass('migrata_revisions')::text"));
    }

    @Test
    void aStrategyBeanReplacesTheDefaultUpgrade() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of(OneStepStrategy.class))) {
            assertEquals(
                    List.of(), app.getBean(MigrataMigrationInitializer.class).appliedRevisions());
            assertEquals(
                    ALL_REVISIONS.get(0),
                    app.getBean(MigrataEndpoint.class).history().current());
        }
        assertEquals(
                ALL_REVISIONS.get(0),
                TestApplications.queryForString(
                        url, "SELECT id FROM migrata_revisions ORDER BY position DESC LIMIT 1"));
    }

    @Test
    void aChecksumMismatchFailsStartupWithTheRefusal(CapturedOutput output) throws Exception {
        String url = freshSchema();
        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(), "migrata.target=002_structures")) {
            assertEquals(
                    "002_structures",
                    app.getBean(MigrataEndpoint.class).history().current());
        }
        TestApplications.execute(
                url, "UPDATE migrata_revisions SET checksum = 'sha256:edited' WHERE id = '001_initial_schema'");

        Exception failure = assertThrows(
                Exception.class, () -> TestApplications.start(url, List.of(UsersAtStartupConfiguration.class)));

        MigrationException refusal = refusalIn(failure);
        assertEquals(MigrationException.Reason.CHECKSUM_MISMATCH, refusal.reason());
        assertTrue(refusal.getMessage().contains("001_initial_schema"), refusal.getMessage());
        String printed = output.getAll();
        assertTrue(printed.contains("APPLICATION FAILED TO START"), printed);
        assertTrue(printed.contains("Migrata did not migrate the database (CHECKSUM_MISMATCH)"), printed);
        assertTrue(printed.contains(refusal.getMessage()), printed);
        assertTrue(printed.contains("Restore the applied revision's frozen SQL file"), printed);
        assertFalse(printed.contains(TestApplications.PASSWORD), "the password was printed");
        assertEquals(
                "002_structures",
                TestApplications.queryForString(
                        url, "SELECT id FROM migrata_revisions ORDER BY position DESC LIMIT 1"));
    }

    @Test
    void aHeldHistoryTableFailsStartupAfterTheLockTimeout(CapturedOutput output) throws Exception {
        String url = freshSchema();
        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of())) {
            assertEquals(HEAD, app.getBean(MigrataEndpoint.class).history().current());
        }

        try (Connection holder = DriverManager.getConnection(url)) {
            holder.setAutoCommit(false);
            try (Statement statement = holder.createStatement()) {
                statement.execute("LOCK TABLE migrata_revisions IN ACCESS EXCLUSIVE MODE");
            }
            long started = System.nanoTime();

            Exception failure = assertThrows(
                    Exception.class, () -> TestApplications.start(url, List.of(), "migrata.lock-timeout=1s"));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            MigrationException refusal = refusalIn(failure);
            assertEquals(MigrationException.Reason.LOCK_TIMEOUT, refusal.reason());
            assertTrue(waited.compareTo(Duration.ofSeconds(30)) < 0, "waited " + waited);
            assertTrue(
                    output.getAll().contains("Migrata did not migrate the database (LOCK_TIMEOUT)"), output.getAll());
            holder.rollback();
        }
    }

    @Test
    void aStepWhoseTableIsHeldFailsAfterTheDdlLockTimeoutAndRetries() throws Exception {
        String url = freshSchema();
        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(), "migrata.target=004_full_names")) {
            assertEquals(
                    "004_full_names",
                    app.getBean(MigrataEndpoint.class).history().current());
        }

        try (Connection reader = DriverManager.getConnection(url)) {
            reader.setAutoCommit(false);
            try (Statement statement = reader.createStatement()) {
                statement.execute("LOCK TABLE simulation_jobs IN ACCESS SHARE MODE");
            }
            long started = System.nanoTime();

            Exception failure = assertThrows(
                    Exception.class,
                    () -> TestApplications.start(
                            url, List.of(), "migrata.ddl-lock-timeout=200ms", "migrata.ddl-lock-retries=0"));

            Duration waited = Duration.ofNanos(System.nanoTime() - started);
            MigrationException refusal = refusalIn(failure);
            assertEquals(MigrationException.Reason.LOCK_NOT_AVAILABLE, refusal.reason(), refusal.getMessage());
            assertTrue(waited.compareTo(Duration.ofSeconds(5)) < 0, "waited " + waited);
            reader.rollback();
        }
        assertEquals(
                "004_full_names",
                TestApplications.queryForString(
                        url, "SELECT id FROM migrata_revisions ORDER BY position DESC LIMIT 1"));
    }

    @Test
    void theEndpointNeedsExposureAndTheHealthContributorCanBeTurnedOff() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(
                url,
                List.of(),
                "management.endpoints.web.exposure.include=health",
                "management.health.migrata.enabled=false")) {
            assertTrue(app.getBeansOfType(MigrataEndpoint.class).isEmpty());
            assertFalse(app.containsBean("migrataHealthIndicator"));
            assertEquals(
                    ALL_REVISIONS,
                    app.getBean(MigrataMigrationInitializer.class).appliedRevisions());
        }
    }

    @Test
    void aDatabaseMigratedByNewerCodeStartsOnlyWhenUnknownRevisionsAreAllowed() throws Exception {
        String url = freshSchema();
        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of())) {
            assertEquals(HEAD, app.getBean(MigrataEndpoint.class).history().current());
        }
        // What a newer release would have recorded after this chain's head.
        TestApplications.execute(
                url,
                "INSERT INTO migrata_revisions (position, id, parent, checksum, chain_checksum, message, execution_ms)"
                        + " VALUES (" + (ALL_REVISIONS.size() + 1) + ", '007_newer', '" + HEAD
                        + "', 'sha256:newer', 'sha256:newer-chain', 'a newer release', 1)");

        Exception failure = assertThrows(Exception.class, () -> TestApplications.start(url, List.of()));
        assertEquals(
                MigrationException.Reason.UNKNOWN_REVISION, refusalIn(failure).reason());

        try (ConfigurableApplicationContext app =
                TestApplications.start(url, List.of(), "migrata.allow-unknown-revisions=true")) {
            assertEquals(
                    List.of(), app.getBean(MigrataMigrationInitializer.class).appliedRevisions());
            HealthReading health = HealthReading.of(app);
            assertEquals("OUT_OF_SERVICE", health.status());
            assertEquals(List.of("007_newer"), health.details().get("unknown"));
        }
    }

    @Test
    void healthListsDriftAtTheHead() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of())) {
            assertEquals("UP", HealthReading.of(app).status());
            TestApplications.execute(url, "ALTER TABLE users ADD COLUMN nickname text");

            HealthReading health = HealthReading.of(app);

            assertEquals("OUT_OF_SERVICE", health.status());
            assertEquals(
                    List.of("EXTRA_COLUMN users.nickname: expected none, found text"),
                    health.details().get("drift"));
            assertFalse(health.details().containsKey("pending"));
        }
    }

    @Test
    void healthIsDownWhenTheHistoryCannotBeRead() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of())) {
            TestApplications.execute(url, "DROP TABLE migrata_revisions");

            HealthReading health = HealthReading.of(app);

            assertEquals("DOWN", health.status());
            assertTrue(
                    String.valueOf(health.details().get("error"))
                            .contains("The history table migrata_revisions is missing"),
                    health.details().toString());
        }
    }

    @Test
    void healthListsAnEditedRevision() throws Exception {
        String url = freshSchema();

        try (ConfigurableApplicationContext app = TestApplications.start(url, List.of())) {
            TestApplications.execute(
                    url, "UPDATE migrata_revisions SET checksum = 'sha256:edited' WHERE id = '003_simulations'");

            HealthReading health = HealthReading.of(app);

            assertEquals("OUT_OF_SERVICE", health.status());
            assertEquals(List.of("003_simulations"), health.details().get("modified"));
            assertFalse(health.details().containsKey("drift"));
        }
    }

    /**
     * A URL of the class's database whose default schema is a new, empty one: each test migrates
     * its own schema. Creating and dropping a database per test would cost a checkpoint each.
     * {@code public} stays on the search path for the {@code vector} type.
     */
    private static String freshSchema() throws SQLException {
        String schema = "app_" + SCHEMAS.incrementAndGet();
        db.execute("CREATE SCHEMA " + schema);
        String url = db.jdbcUrl();
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
    }

    /** The migrator's refusal among the causes of a failed startup. */
    private static MigrationException refusalIn(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof MigrationException refusal) {
                return refusal;
            }
        }
        throw new AssertionError("No MigrationException caused the failure", failure);
    }

    private static List<Throwable> causes(Throwable failure) {
        List<Throwable> causes = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            causes.add(cause);
        }
        return causes;
    }
}
