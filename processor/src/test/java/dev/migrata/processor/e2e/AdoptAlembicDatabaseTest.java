package dev.migrata.processor.e2e;

import static dev.migrata.processor.e2e.ChainDatabases.assertClean;
import static dev.migrata.processor.e2e.ChainDatabases.execute;
import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database built by Alembic/SQLAlchemy without a naming convention, adopted: its tables are
 * declared with {@code @Schema(naming = POSTGRESQL)}, {@code check()} finds no drift (the
 * {@code alembic_version} table included), {@code stamp("head")} records the declared revision, and
 * the next revision applies to it like to any database Migrata built. Two shapes of such databases
 * need a declaration of their own: a table CHECK that reads one column, and a {@code bigserial} key.
 */
class AdoptAlembicDatabaseTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    /**
     * What {@code alembic upgrade head} leaves behind: constraints named by PostgreSQL (no naming
     * convention in the metadata), one named explicitly, a native enum type and Alembic's history.
     */
    private static final String ALEMBIC_DATABASE = """
            CREATE TABLE alembic_version (version_num varchar(32) NOT NULL,
                CONSTRAINT alembic_version_pkc PRIMARY KEY (version_num));
            INSERT INTO alembic_version (version_num) VALUES ('4c1e2b9d8a7f');
            CREATE TYPE job_status AS ENUM ('queued', 'running', 'parliament-period');
            CREATE TABLE users (
                id bigint PRIMARY KEY,
                email varchar(255) NOT NULL UNIQUE,
                name text CHECK (name <> ''));
            CREATE TABLE jobs (
                id bigint PRIMARY KEY,
                user_id bigint NOT NULL REFERENCES users (id),
                status job_status NOT NULL,
                starts_at timestamptz,
                ends_at timestamptz,
                UNIQUE (user_id, starts_at),
                CONSTRAINT jobs_time_order CHECK (starts_at < ends_at),
                CHECK (ends_at IS NULL OR starts_at IS NOT NULL));
            INSERT INTO users VALUES (1, 'ada@example.org', 'Ada');
            INSERT INTO jobs VALUES (1, 1, 'parliament-period', '2026-01-01 10:00+00', '2026-01-01 11:00+00');
            """;

    private static final String USER = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;

            @Table(name = "users")
            record User(
                    @Column(primaryKey = true) long id,
                    @Column(length = 255, nullable = false, unique = true) String email,
                    @Column(check = "name <> ''") String name) {}
            """;

    private static final String JOB = """
            package app;

            import dev.migrata.annotations.Check;
            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.References;
            import dev.migrata.annotations.Table;
            import dev.migrata.annotations.Unique;
            import java.time.OffsetDateTime;

            @Table(name = "jobs")
            @Unique(columns = {"user_id", "starts_at"})
            @Check(value = "starts_at < ends_at", name = "jobs_time_order")
@Check("ends_at IS NULL OR starts_at IS NOT NULL")
            record Job(
                    @Column(primaryKey = true) long id,
                    @References(User.class) @Column(nullable = false) long userId,
                    @Column(nullable = false) JobStatus status,
                    OffsetDateTime startsAt,
                    OffsetDateTime endsAt) {}
            """;

    private static final String JOB_STATUS = """
            package app;

            import dev.migrata.annotations.EnumLabel;
            import dev.migrata.annotations.PgEnum;

            @PgEnum(name = "job_status")
            enum JobStatus {
                @EnumLabel("queued") QUEUED,
                @EnumLabel("running") RUNNING,
                @EnumLabel("parliament-period") PARLIAMENT_PERIOD
            }
            """;

    /** The first revision after the adoption: a nullable column and an index on it. */
    private static final String ADD_PRIORITY = """
            package app;

            import dev.migrata.annotations.Revision;

            @Revision(id = "002_add_priority", parent = InitialSchema.class, message = "job priority")
            final class AddPriority {}
            """;

    private static final String CONSTRAINTS = "SELECT conrelid::regclass::text || ' ' || conname FROM pg_constraint"
            + " WHERE conrelid IN ('users'::regclass, 'jobs'::regclass) ORDER BY 1";

    @TempDir
    Path dir;

    @Test
    void anAlembicDatabaseIsAdoptedAndMigratedOn() throws Exception {
        MigrataProject project = project(dir, JOB);
        Compilation adopted = project.compileSuccessfully();
        String initial = project.read("001_initial_schema.sql");
        for (String name : List.of(
                "users_pkey",
                "users_email_key",
                "jobs_pkey",
                "jobs_user_id_fkey",
                "jobs_user_id_starts_at_key",
                "jobs_time_order",
                "jobs_check",
                "users_name_check")) {
            assertTrue(initial.contains("CONSTRAINT " + name + " "), name + " in\n" + initial);
        }

        Compilation next = project.source(
                        "app.Job",
                        JOB.replace(
                                        "import dev.migrata.annotations.Check;",
                                        "import dev.migrata.annotations.Check;\n"
                                                + "import dev.migrata.annotations.Index;")
                                .replace(
                                        "@Table(name = \"jobs\")",
                                        "@Table(name = \"jobs\")\n@Index(columns = \"priority\")")
                                .replace("OffsetDateTime endsAt)", "OffsetDateTime endsAt,\n        Integer priority)"))
                .source("app.AddPriority", ADD_PRIORITY)
                .source("app.AppSchema", schema("AddPriority"))
                .compileSuccessfully();
        String added = project.read("002_add_priority.sql");
        assertTrue(added.contains("ADD COLUMN priority integer"), added);
        assertTrue(added.contains("CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_jobs_priority"), added);

        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            execute(url, ALEMBIC_DATABASE);
            List<String> alembicNames = query(url, CONSTRAINTS);
            assertEquals(
                    List.of(
                            "jobs jobs_check",
                            "jobs jobs_pkey",
                            "jobs jobs_time_order",
                            "jobs jobs_user_id_fkey",
                            "jobs jobs_user_id_starts_at_key",
                            "users users_email_key",
                            "users users_name_check",
                            "users users_pkey"),
                    alembicNames);

            // The declarations of the first revision describe the Alembic database exactly.
            Migrator first = migrator(url, adopted);
            assertClean(first.check());
            first.stamp("head");
            assertEquals("001_initial_schema", first.current().orElseThrow());
            assertClean(first.check());

            Migrator second = migrator(url, next);
            second.upgrade("head");
            assertClean(second.check());
            assertEquals(
                    List.of("ix_jobs_priority"),
                    query(url, "SELECT indexname FROM pg_indexes WHERE tablename = 'jobs' AND indexname LIKE 'ix_%'"));
            // Nothing of the adopted database was rebuilt: same constraints, same rows, Alembic's history kept.
            assertEquals(alembicNames, query(url, CONSTRAINTS));
            assertEquals(List.of("parliament-period"), query(url, "SELECT status::text FROM jobs"));
            assertEquals(List.of("4c1e2b9d8a7f"), query(url, "SELECT version_num FROM alembic_version"));
        } finally {
            server.dropDatabase(database);
        }
    }

    /**
     * SQLAlchemy's table-level {@code CheckConstraint("id > 0")} reads one column, so the server
     * names it {@code jobs_id_check}, not {@code jobs_check}: declared with {@code @Check} and no
     * name, it is named {@code <table>_check<n>} and {@code check()} reports the difference; declared
     * with {@code @Column(check)}, it has the server's name and the database is clean.
     */
    @Test
    void aTableCheckOnOneColumnIsDeclaredOnItsColumn() throws Exception {
        Compilation asTableCheck = project(
                        dir.resolve("table"),
                        JOB.replace(
                                "@Check(\"ends_at IS NULL OR starts_at IS NOT NULL\")",
                                "@Check(\"ends_at IS NULL OR starts_at IS NOT NULL\")\n@Check(\"id > 0\")"))
                .compileSuccessfully();
        Compilation asColumnCheck = project(
                        dir.resolve("column"),
                        JOB.replace(
                                "@Column(primaryKey = true) long id",
                                "@Column(primaryKey = true, check = \"id > 0\") long id"))
                .compileSuccessfully();

        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            execute(url, ALEMBIC_DATABASE + "ALTER TABLE jobs ADD CHECK (id > 0);");
            assertEquals(
                    List.of("jobs_id_check"),
                    query(url, "SELECT conname FROM pg_constraint WHERE conname LIKE 'jobs_id%'"));

            DriftReport report = migrator(url, asTableCheck).check();
            assertEquals(
                    List.of(
                            "MISSING_CONSTRAINT jobs constraint jobs_check1: expected CHECK, found none",
                            "EXTRA_CONSTRAINT jobs constraint jobs_id_check: expected none, found CHECK"),
                    report.drifts().stream().map(DriftReport.Drift::toString).toList(),
                    report.toString());

            assertClean(migrator(url, asColumnCheck).check());
        } finally {
            server.dropDatabase(database);
        }
    }

    /**
     * SQLAlchemy's autoincrementing integer key is a {@code bigserial}, not an identity: declared as
     * {@code identity = true} it is drift; declared by the default the server keeps for it, written as
     * a person writes it ({@code nextval('tags_id_seq')}, printed back with {@code ::regclass}), it
     * matches, and with its sequence created by an {@code @Sql} before the table the same chain
     * builds a fresh database.
     */
    @Test
    void aSerialKeyIsDeclaredByItsSequenceDefault() throws Exception {
        String tag = """
                package app;

                import dev.migrata.annotations.Column;
                import dev.migrata.annotations.Table;

                @Table(name = "tags")
                record Tag(@Column(primaryKey = true, defaultValue = "nextval('tags_id_seq')") long id, String label) {}
                """;
        Compilation bySequence = new MigrataProject(dir.resolve("sequence"))
                .source("app.Tag", tag)
                // The sequence is not declared: a fresh database gets it before the table that uses it.
                .source(
                        "app.InitialSchema",
                        MigrataProject.INITIAL.replace(
                                "@Revision(",
                                "@dev.migrata.annotations.Sql(phase = dev.migrata.annotations.SqlPhase.BEFORE,"
                                        + " up = \"CREATE SEQUENCE tags_id_seq\", down = \"DROP SEQUENCE tags_id_seq\")\n"
                                        + "@Revision("))
                .source("app.AppSchema", schema("InitialSchema", "Tag"))
                .compileSuccessfully();
        Compilation asIdentity = new MigrataProject(dir.resolve("identity"))
                .source("app.Tag", tag.replace("defaultValue = \"nextval('tags_id_seq')\"", "identity = true"))
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .source("app.AppSchema", schema("InitialSchema", "Tag"))
                .compileSuccessfully();

        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            execute(url, "CREATE TABLE tags (id bigserial PRIMARY KEY, label text)");
            assertEquals(
                    List.of("nextval('tags_id_seq'::regclass)"),
                    query(
                            url,
                            "SELECT column_default FROM information_schema.columns WHERE table_name = 'tags'"
                                    + " AND column_name = 'id'"));

            Migrator sequence = migrator(url, bySequence);
            assertClean(sequence.check());
            sequence.stamp("head");
            assertClean(sequence.check());

            assertEquals(
                    List.of(
                            "IDENTITY tags.id: expected identity, found no identity",
                            "DEFAULT tags.id: expected none, found nextval('tags_id_seq'::regclass)"),
                    migrator(url, asIdentity).check().drifts().stream()
                            .map(DriftReport.Drift::toString)
                            .toList());
        } finally {
            server.dropDatabase(database);
        }
        ChainDatabases.inDatabase(server, bySequence, (url, migrator) -> {
            migrator.upgrade("head");
            assertClean(migrator.check());
            execute(url, "INSERT INTO tags (label) VALUES ('a')");
            assertEquals(List.of("1"), query(url, "SELECT id FROM tags"));
            migrator.downgrade("base");
            assertEquals(List.of(), query(url, "SELECT relname FROM pg_class WHERE relname LIKE 'tags%'"));
        });
    }

    /** The declarations of the Alembic database, with the given {@code app.Job}, at revision 001. */
    private static MigrataProject project(Path root, String job) {
        return new MigrataProject(root)
                .source("app.User", USER)
                .source("app.Job", job)
                .source("app.JobStatus", JOB_STATUS)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .source("app.AppSchema", schema("InitialSchema"));
    }

    private static String schema(String head) {
        return schema(head, "User", "Job");
    }

    private static String schema(String head, String... tables) {
        return "package app;\n\nimport dev.migrata.annotations.ConstraintNaming;\nimport dev.migrata.annotations.Schema;\n\n"
                + "@Schema(head = " + head + ".class, naming = ConstraintNaming.POSTGRESQL,"
                + " tables = {" + String.join(".class, ", tables) + ".class})\nfinal class AppSchema {}\n";
    }

    private static Migrator migrator(String url, Compilation compilation) throws Exception {
        MigrationChain chain = (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
        return Migrator.builder().url(url).chain(chain).build();
    }
}
