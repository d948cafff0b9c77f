package dev.migrata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Sql(phase = BEFORE)}, {@code @Schema(extensions)} and array columns, end to end: the
 * revision files are compared with the goldens, and the compiled chain is applied to a real
 * PostgreSQL database, whose catalog {@code check()} then finds equal to the head schema.
 */
class DeclaredSchemaScenariosTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String USER_V1 = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.util.UUID;

            @Table(name = "users")
            record User(
                    @Column(primaryKey = true) UUID id,
                    @Column(nullable = false) String email,
                    String nick,
                    String name) {}
            """;

    @TempDir
    Path dir;

    /**
     * Expand, backfill, contract in one revision: {@code users.nick} was added nullable by the
     * first revision and rows hold NULL there; the second backfills it in a BEFORE step and makes it
     * NOT NULL. The upgrade succeeds on those rows, and the downgrade runs the BEFORE step's down
     * after the inverse DDL.
     */
    @Test
    void backfillBeforeSetNotNullInOneRevision(TestInfo test) throws Exception {
        MigrataProject project = usersProject();
        String database = server.createDatabase();
        try {
            migrator(project.compileSuccessfully(), database).upgrade("head");
            execute(
                    database,
                    "INSERT INTO users (id, email) VALUES (gen_random_uuid(), 'ada@example.com'),"
                            + " (gen_random_uuid(), 'alan@example.com')");

            project.source("app.User", USER_V1.replace("String nick,", "@Column(nullable = false) String nick,"))
                    .source("app.NickRequired", """
                            package app;

                            import dev.migrata.annotations.Revision;
                            import dev.migrata.annotations.Sql;
                            import dev.migrata.annotations.SqlPhase;

                            @Revision(id = "002_nick_required", parent = InitialSchema.class, message = "every user has a nick")
                            @Sql(phase = SqlPhase.BEFORE, up = "UPDATE users SET nick = email WHERE nick IS NULL",
                                    down = "UPDATE users SET nick = NULL WHERE nick = email")
                            @Sql(up = "UPDATE users SET name = nick WHERE name IS NULL", down = "UPDATE users SET name = NULL")
                            final class NickRequired {}
                            """)
                    .schema("NickRequired", "User");
            Compilation second = project.compileSuccessfully();
            project.assertRevisionFilesMatchGoldens(test, "002_nick_required");
            String sql = project.read("002_nick_required.sql");
            assertTrue(
                    sql.indexOf("UPDATE users SET nick = email") < sql.indexOf("CHECK (nick IS NOT NULL) NOT VALID")
                            && sql.indexOf("CHECK (nick IS NOT NULL) NOT VALID") < sql.indexOf("UPDATE users SET name"),
                    sql);

            Migrator migrator = migrator(second, database);
            migrator.upgrade("head");
            assertEquals(
                    List.of("ada@example.com ada@example.com", "alan@example.com alan@example.com"),
                    rows(database, "SELECT nick || ' ' || name FROM users ORDER BY email"));
            assertClean(migrator.check());

            migrator.downgrade("001_initial_schema");
            assertEquals(
                    List.of("YES"),
                    rows(
                            database,
                            "SELECT is_nullable FROM information_schema.columns"
                                    + " WHERE table_name = 'users' AND column_name = 'nick'"));
            assertEquals(
                    List.of("2"), rows(database, "SELECT count(*) FROM users WHERE nick IS NULL AND name IS NULL"));
        } finally {
            server.dropDatabase(database);
        }
    }

    /** An extension listed in {@code @Schema(extensions)} is created by the revision that first lists it. */
    @Test
    void extensionAddedByTheRevisionThatFirstListsIt(TestInfo test) throws Exception {
        MigrataProject project = usersProject();
        project.compileSuccessfully();
        project.source("app.Trigrams", """
                        package app;

                        import dev.migrata.annotations.Revision;

                        @Revision(id = "002_trigrams", parent = InitialSchema.class, message = "trigram search")
                        final class Trigrams {}
                        """).source("app.AppSchema", """
                        package app;

                        import dev.migrata.annotations.Schema;

                        @Schema(head = Trigrams.class, tables = User.class, extensions = {"pg_trgm", "uuid-ossp"})
                        final class AppSchema {}
                        """);
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_trigrams");

        String database = server.createDatabase();
        try {
            String listed = "SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'uuid-ossp') ORDER BY 1";
            assertEquals(List.of(), rows(database, listed));
            Migrator migrator = migrator(compilation, database);
            migrator.upgrade("head");
            assertEquals(List.of("pg_trgm", "uuid-ossp"), rows(database, listed));
            assertEquals(List.of("1"), rows(database, "SELECT similarity('migrata', 'migrata')"));
            assertClean(migrator.check());
            // Other schemas of the database may use it: the downgrade leaves it installed.
            migrator.downgrade("001_initial_schema");
            assertEquals(List.of("1"), rows(database, "SELECT count(*) FROM pg_extension WHERE extname = 'pg_trgm'"));
        } finally {
            server.dropDatabase(database);
        }
    }

    /** Arrays and Lists of scalar types are SQL arrays that the server creates as declared. */
    @Test
    void arrayColumns(TestInfo test) throws Exception {
        MigrataProject project = new MigrataProject(dir)
                .source("app.Post", """
                        package app;

                        import dev.migrata.annotations.Column;
                        import dev.migrata.annotations.Table;
                        import java.math.BigDecimal;
                        import java.util.List;
                        import java.util.UUID;

                        @Table(name = "posts")
                        record Post(
                                @Column(primaryKey = true) UUID id,
                                String[] tags,
                                @Column(length = 20) List<String> labels,
                                int[] scores,
                                List<Integer> ranks,
                                Integer[] votes,
                                long[] counters,
                                UUID[] related,
                                List<UUID> authors,
                                boolean[] flags,
                                double[] weights,
                                float[] samples,
                                @Column(precision = 10, scale = 2) BigDecimal[] prices) {}
                        """)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "Post");
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");

        String database = server.createDatabase();
        try {
            Migrator migrator = migrator(compilation, database);
            migrator.upgrade("head");
            assertEquals(
                    List.of(
                            "tags text[]",
                            "labels character varying(20)[]",
                            "scores integer[]",
                            "ranks integer[]",
                            "votes integer[]",
                            "counters bigint[]",
                            "related uuid[]",
                            "authors uuid[]",
                            "flags boolean[]",
                            "weights double precision[]",
                            "samples real[]",
                            "prices numeric(10,2)[]"),
                    rows(
                            database,
                            "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute"
                                    + " WHERE attrelid = 'posts'::regclass AND attnum > 1 ORDER BY attnum"));
            execute(
                    database,
                    "INSERT INTO posts (id, tags, labels) VALUES (gen_random_uuid(), ARRAY['a', 'b'], ARRAY['x'])");
            assertEquals(
                    List.of("{a,b} {x} true"),
                    rows(database, "SELECT tags::text || ' ' || labels::text || ' ' || (scores IS NULL) FROM posts"));
            assertClean(migrator.check());
        } finally {
            server.dropDatabase(database);
        }
    }

    /** The first revision: {@code users} with a nullable {@code nick}. */
    private MigrataProject usersProject() {
        return new MigrataProject(dir)
                .source("app.User", USER_V1)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
    }

    private static Migrator migrator(Compilation compilation, String database) throws ReflectiveOperationException {
        MigrationChain chain = (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
        return Migrator.builder().url(server.jdbcUrl(database)).chain(chain).build();
    }

    private static void assertClean(DriftReport report) {
        assertTrue(report.isClean(), report.toString());
    }

    private static void execute(String database, String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database));
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> rows(String database, String query) throws Exception {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(server.jdbcUrl(database));
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(query)) {
            while (rows.next()) {
                values.add(rows.getString(1));
            }
        }
        return values;
    }
}
