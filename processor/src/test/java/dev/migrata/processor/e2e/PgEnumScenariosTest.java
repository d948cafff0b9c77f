package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.migrata.processor.e2e.ChainDatabases.assertClean;
import static dev.migrata.processor.e2e.ChainDatabases.execute;
import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @PgEnum} end to end: a native enum type created with its table, a label added in a later
 * revision and used by the revision after it, and the labels that cannot change (removed,
 * reordered, invalid, taken). The revision files are compared with the goldens; each chain is applied
 * to a real database, {@code check()} finds it clean, and a downgrade restores the parent's catalog
 * (an added label excepted: PostgreSQL cannot drop one), the first two as the acceptance {@link
 * RoundTrip}.
 */
class PgEnumScenariosTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String JOB = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;

            @Table(name = "jobs")
            record Job(@Column(primaryKey = true) long id, @Column(nullable = false) JobStatus status) {}
            """;

    /** {@code app.JobStatus} with the given constants. */
    private static final String JOB_STATUS = """
            package app;

            import dev.migrata.annotations.EnumLabel;
            import dev.migrata.annotations.PgEnum;

            @PgEnum(name = "job_status")
            enum JobStatus {
                %s
            }
            """;

    private static final String LABELS = "SELECT unnest(enum_range(NULL::job_status))::text";

    private static final String STATUS_TYPE =
            "SELECT format_type(atttypid, atttypmod) FROM pg_attribute WHERE attrelid = 'jobs'::regclass"
                    + " AND attname = 'status'";

    @TempDir
    Path dir;

    @Test
    void aTypeCreatedWithItsTable(TestInfo test) throws Exception {
        MigrataProject project = project("QUEUED, RUNNING, @EnumLabel(\"parliament-period\") PARLIAMENT_PERIOD");
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");
        String sql = project.read("001_initial_schema.sql");
        String upgrade = sql.substring(0, sql.indexOf("-- migrata:downgrade"));
        String downgrade = sql.substring(sql.indexOf("-- migrata:downgrade"));
        assertTrue(
                upgrade.indexOf("CREATE TYPE job_status AS ENUM ('QUEUED', 'RUNNING', 'parliament-period');")
                        < upgrade.indexOf("CREATE TABLE jobs"),
                upgrade);
        assertTrue(upgrade.contains("status job_status NOT NULL"), upgrade);
        assertFalse(upgrade.contains("CHECK"), upgrade);
        assertTrue(downgrade.indexOf("DROP TABLE jobs;") < downgrade.indexOf("DROP TYPE job_status;"), downgrade);

        RoundTrip.of(server, compilation, "base")
                .atHead((url, migrator) -> {
                    assertEquals(List.of("job_status"), query(url, STATUS_TYPE));
                    assertEquals(List.of("QUEUED", "RUNNING", "parliament-period"), query(url, LABELS));
                    execute(url, "INSERT INTO jobs VALUES (1, 'parliament-period')");
                    // By hand: a label the declaration lacks.
                    execute(url, "ALTER TYPE job_status ADD VALUE 'PAUSED' AFTER 'QUEUED'");
                    assertEquals(
                            List.of(
                                    "ENUM_LABELS enum type job_status: expected ('QUEUED', 'RUNNING',"
                                            + " 'parliament-period'), found ('QUEUED', 'PAUSED', 'RUNNING', 'parliament-period')"),
                            migrator.check().drifts().stream()
                                    .map(Object::toString)
                                    .toList());
                })
                .run();
    }

    @Test
    void aLabelAddedIsCommittedBeforeALaterRevisionUsesIt(TestInfo test) throws Exception {
        MigrataProject project = project("QUEUED, DONE");
        project.compileSuccessfully();
        Compilation second = project.source("app.JobStatus", JOB_STATUS.formatted("QUEUED, RUNNING, DONE, FAILED"))
                .source(
                        "app.AddStatuses",
                        MigrataProject.revision(
                                "002_add_statuses",
                                "InitialSchema",
                                // The revision's own transaction uses a label it adds: ADD VALUE must be committed
                                // first.
                                "@dev.migrata.annotations.Sql(up = \"INSERT INTO jobs VALUES (2, 'FAILED')\","
                                        + " down = \"DELETE FROM jobs WHERE id = 2\")"))
                .schema("AddStatuses", "Job")
                .compile();
        assertThat(second).succeeded();
        assertThat(second)
                .hadWarningContaining("[MIG228] Revision '002_add_statuses' adds label 'RUNNING' to enum type "
                        + "job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own")
                .inFile(project.sourceOf("app.AddStatuses"))
                .onLineContaining("@Revision(id = \"002_add_statuses\"");
        project.assertRevisionFilesMatchGoldens(test, "002_add_statuses");
        String sql = project.read("002_add_statuses.sql");
        assertTrue(sql.contains("ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'RUNNING' AFTER 'QUEUED';"), sql);
        assertTrue(sql.contains("ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'FAILED';"), sql);
        String downgrade = sql.substring(sql.indexOf("-- migrata:downgrade"));
        assertFalse(downgrade.contains("ALTER TYPE"), downgrade);

        Compilation third = project.source(
                        "app.FirstRun",
                        MigrataProject.revision(
                                "003_first_run",
                                "AddStatuses",
                                "@dev.migrata.annotations.Sql(up = \"INSERT INTO jobs VALUES (1, 'RUNNING')\","
                                        + " down = \"DELETE FROM jobs WHERE id = 1\")"))
                .schema("FirstRun", "Job")
                .compileSuccessfully();

        // One run: 002 commits its labels before 003's transaction inserts one of them.
        RoundTrip.of(server, third, "001_initial_schema")
                .atParent((url, migrator) -> assertEquals(List.of("QUEUED", "DONE"), query(url, LABELS)))
                .atHead((url, migrator) -> {
                    assertEquals(List.of("QUEUED", "RUNNING", "DONE", "FAILED"), query(url, LABELS));
                    assertEquals(List.of("RUNNING", "FAILED"), query(url, "SELECT status::text FROM jobs ORDER BY id"));
                })
                // The downgrade keeps the labels (MIG228): the schema is the parent's but for them.
                .leavesBehind(parent -> parent.replace(
                        "    'QUEUED',\n    'DONE'\n", "    'QUEUED',\n    'RUNNING',\n    'DONE',\n    'FAILED'\n"))
                .afterDowngrade((url, migrator) -> {
                    // Upgrading again finds them in place.
                    migrator.upgrade("head");
                    assertClean(migrator.check());
                })
                .run();
    }

    @Test
    void aPlainEnumBecomesANativeTypeWithChangeType() throws Exception {
        String plain = JOB_STATUS.formatted("QUEUED, DONE").replace("@PgEnum(name = \"job_status\")\n", "");
        MigrataProject project = new MigrataProject(dir)
                .source("app.Job", JOB)
                .source("app.JobStatus", plain)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "Job");
        project.compileSuccessfully();
        Compilation compilation = project.source("app.JobStatus", JOB_STATUS.formatted("QUEUED, DONE"))
                .source(
                        "app.NativeStatus",
                        MigrataProject.revision(
                                "002_native_status",
                                "InitialSchema",
                                "@dev.migrata.annotations.ChangeType(table = \"jobs\", column = \"status\","
                                        + " using = \"status::job_status\", usingDown = \"status::text\")"))
                .schema("NativeStatus", "Job")
                .compileSuccessfully();
        String sql = project.read("002_native_status.sql");
        String upgrade = sql.substring(0, sql.indexOf("-- migrata:downgrade"));
        assertTrue(upgrade.indexOf("CREATE TYPE job_status") < upgrade.indexOf("TYPE job_status USING"), upgrade);

        inDatabase(compilation, (url, migrator) -> {
            migrator.upgrade("001_initial_schema");
            execute(url, "INSERT INTO jobs VALUES (1, 'DONE')");
            List<String> parentType = query(url, STATUS_TYPE);
            migrator.upgrade("head");
            assertClean(migrator.check());
            assertEquals(List.of("job_status"), query(url, STATUS_TYPE));
            assertEquals(List.of("DONE"), query(url, "SELECT status::text FROM jobs"));
            migrator.downgrade("001_initial_schema");
            assertEquals(parentType, query(url, STATUS_TYPE));
            assertEquals(List.of(), query(url, "SELECT typname FROM pg_type WHERE typname = 'job_status'"));
            assertEquals(List.of("DONE"), query(url, "SELECT status FROM jobs"));
        });
    }

    @Test
    void aRemovedLabelIsAnErrorWithTheRemedy() {
        MigrataProject project = project("QUEUED, RUNNING, DONE");
        Compilation compilation = compileSecondRevision(project, "QUEUED, DONE", "002_drop_running");
        assertThat(compilation)
                .hadErrorContaining("[MIG226] Revision '002_drop_running' removes label(s) 'RUNNING' from enum type "
                        + "job_status (labels in the parent revision: 'QUEUED', 'RUNNING', 'DONE'; now: 'QUEUED', "
                        + "'DONE'). PostgreSQL cannot drop a label from an enum type")
                .inFile(project.sourceOf("app.DropRunning"))
                .onLineContaining("@Revision(id = \"002_drop_running\"");
        assertThat(compilation).hadErrorContaining("@PgEnum(name = \"job_status_v2\")");
        assertFalse(Files.exists(project.file("002_drop_running.sql")));
    }

    @Test
    void reorderedLabelsAreAnErrorWithTheRemedy() {
        MigrataProject project = project("QUEUED, RUNNING, DONE");
        Compilation compilation = compileSecondRevision(project, "QUEUED, DONE, FAILED, RUNNING", "002_reorder");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG227] Revision '002_reorder' reorders the labels of enum type job_status (in the "
                                + "parent revision: 'QUEUED', 'RUNNING', 'DONE'; now: 'QUEUED', 'DONE', 'FAILED', 'RUNNING').")
                .inFile(project.sourceOf("app.Reorder"))
                .onLineContaining("@Revision(id = \"002_reorder\"");
        assertThat(compilation)
                .hadErrorContaining("Declare the existing constants in their previous order ('QUEUED', 'RUNNING', "
                        + "'DONE'); new constants may go anywhere among them.");
        assertFalse(Files.exists(project.file("002_reorder.sql")));
    }

    @Test
    void invalidAndDuplicateLabelsAreErrorsOnTheConstant() {
        MigrataProject project = project("QUEUED, @EnumLabel(\"\") RUNNING, @EnumLabel(\"QUEUED\") AGAIN");
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG223] The label '' of constant JobStatus.RUNNING is not a valid enum label: it "
                        + "is empty.")
                .inFile(project.sourceOf("app.JobStatus"))
                .onLineContaining("@EnumLabel(\"\") RUNNING");
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG224] Constants QUEUED and AGAIN of @PgEnum JobStatus both have the label " + "'QUEUED'")
                .inFile(project.sourceOf("app.JobStatus"))
                .onLineContaining("@EnumLabel(\"QUEUED\") AGAIN");
    }

    @Test
    void aTypeNameTakenOrInvalidIsAnErrorOnTheEnum() {
        MigrataProject taken = projectWithTypeName("jobs");
        assertThat(taken.compile())
                .hadErrorContaining("[MIG225] @PgEnum JobStatus names type 'jobs', which table jobs (Job) already "
                        + "takes in schema public")
                .inFile(taken.sourceOf("app.JobStatus"))
                .onLineContaining("@PgEnum(name = \"jobs\")");
        MigrataProject invalid = projectWithTypeName("job status");
        assertThat(invalid.compile())
                .hadErrorContaining("[MIG206] The enum type name 'job status' of JobStatus is not a valid name")
                .inFile(invalid.sourceOf("app.JobStatus"))
                .onLineContaining("@PgEnum(name = \"job status\")");
    }

    private MigrataProject project(String constants) {
        return new MigrataProject(dir)
                .source("app.Job", JOB)
                .source("app.JobStatus", JOB_STATUS.formatted(constants))
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "Job");
    }

    /** One constant, in a type of the given name. */
    private MigrataProject projectWithTypeName(String typeName) {
        return project("QUEUED")
                .source(
                        "app.JobStatus",
                        JOB_STATUS
                                .formatted("QUEUED")
                                .replace("@PgEnum(name = \"job_status\")", "@PgEnum(name = \"" + typeName + "\")"));
    }

    /** Compiles and freezes the root revision, then compiles a second one with the enum's new constants. */
    private static Compilation compileSecondRevision(MigrataProject project, String constants, String id) {
        project.compileSuccessfully();
        String className = MigrataProject.classNameOf(id);
        return project.source("app.JobStatus", JOB_STATUS.formatted(constants))
                .source("app." + className, MigrataProject.revision(id, "InitialSchema", ""))
                .schema(className, "Job")
                .compile();
    }

    private static void inDatabase(Compilation compilation, ChainDatabases.DatabaseWork work) throws Exception {
        ChainDatabases.inDatabase(server, compilation, work);
    }
}
