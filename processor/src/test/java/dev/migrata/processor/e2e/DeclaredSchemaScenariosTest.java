package dev.migrata.processor.e2e;

import static dev.migrata.processor.e2e.ChainDatabases.execute;
import static dev.migrata.processor.e2e.ChainDatabases.query;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.testing.TestDatabase;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code @Sql(phase = BEFORE)}, {@code @Schema(extensions)} with a trigram index, and array
 * columns, end to end: the revision files are compared with the goldens, and each compiled chain
 * makes the acceptance {@link RoundTrip} on a real PostgreSQL database.
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

    private static final String NICK_NULLABLE = "SELECT is_nullable FROM information_schema.columns"
            + " WHERE table_name = 'users' AND column_name = 'nick'";

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
        project.compileSuccessfully();
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

        RoundTrip.of(server, second, "001_initial_schema")
                .atParent((url, migrator) -> execute(
                        url,
                        "INSERT INTO users (id, email) VALUES (gen_random_uuid(), 'ada@example.com'),"
                                + " (gen_random_uuid(), 'alan@example.com')"))
                .atHead((url, migrator) -> {
                    assertEquals(
                            List.of("ada@example.com ada@example.com", "alan@example.com alan@example.com"),
                            query(url, "SELECT nick || ' ' || name FROM users ORDER BY email"));
                    assertEquals(List.of("NO"), query(url, NICK_NULLABLE));
                })
                .afterDowngrade((url, migrator) -> {
                    assertEquals(List.of("YES"), query(url, NICK_NULLABLE));
                    assertEquals(
                            List.of("2"), query(url, "SELECT count(*) FROM users WHERE nick IS NULL AND name IS NULL"));
                })
                .run();
    }

    /**
     * An extension listed in {@code @Schema(extensions)} is created by the revision that first lists
     * it, before the trigram index that needs it.
     */
    @Test
    void extensionAddedByTheRevisionThatFirstListsIt(TestInfo test) throws Exception {
        MigrataProject project = usersProject();
        project.compileSuccessfully();
        project.source(
                        "app.User",
                        USER_V1.replace(
                                        "@Table(name = \"users\")",
                                        "@Table(name = \"users\")\n@Index(expression = \"name gin_trgm_ops\", using = \"gin\","
                                                + " name = \"ix_users_name_trgm\")")
                                .replace(
                                        "import dev.migrata.annotations.Column;",
                                        "import dev.migrata.annotations.Column;\nimport dev.migrata.annotations.Index;"))
                .source("app.Trigrams", """
                        package app;

                        import dev.migrata.annotations.Revision;

                        @Revision(id = "002_trigrams", parent = InitialSchema.class, message = "trigram search")
                        final class Trigrams {}
                        """)
                .source("app.AppSchema", """
                        package app;

                        import dev.migrata.annotations.Schema;

                        @Schema(head = Trigrams.class, tables = User.class, extensions = {"pg_trgm", "uuid-ossp"})
                        final class AppSchema {}
                        """);
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_trigrams");
        String sql = project.read("002_trigrams.sql");
        assertTrue(
                sql.indexOf("CREATE EXTENSION IF NOT EXISTS pg_trgm;")
                        < sql.indexOf("ix_users_name_trgm ON users USING gin (name gin_trgm_ops);"),
                sql);

        String listed = "SELECT extname FROM pg_extension WHERE extname IN ('pg_trgm', 'uuid-ossp') ORDER BY 1";
        RoundTrip.of(server, compilation, "001_initial_schema")
                .atParent((url, migrator) -> assertEquals(List.of(), query(url, listed)))
                .atHead((url, migrator) -> {
                    assertEquals(List.of("pg_trgm", "uuid-ossp"), query(url, listed));
                    assertEquals(List.of("1"), query(url, "SELECT similarity('migrata', 'migrata')"));
                    assertEquals(
                            List.of("CREATE INDEX ix_users_name_trgm ON public.users USING gin (name gin_trgm_ops)"),
                            query(url, "SELECT indexdef FROM pg_indexes WHERE indexname = 'ix_users_name_trgm'"));
                })
                // Other schemas of the database may use them: the downgrade leaves both installed.
                .leavesBehind(parent -> "CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;\n\n"
                        + "COMMENT ON EXTENSION pg_trgm IS"
                        + " 'text similarity measurement and index searching based on trigrams';\n\n"
                        + "CREATE EXTENSION IF NOT EXISTS \"uuid-ossp\" WITH SCHEMA public;\n\n"
                        + "COMMENT ON EXTENSION \"uuid-ossp\" IS 'generate universally unique identifiers (UUIDs)';\n\n"
                        + parent)
                .run();
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

        RoundTrip.of(server, compilation, "base")
                .atHead((url, migrator) -> {
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
                            query(
                                    url,
                                    "SELECT attname || ' ' || format_type(atttypid, atttypmod) FROM pg_attribute"
                                            + " WHERE attrelid = 'posts'::regclass AND attnum > 1 ORDER BY attnum"));
                    execute(
                            url,
                            "INSERT INTO posts (id, tags, labels) VALUES (gen_random_uuid(), ARRAY['a', 'b'],"
                                    + " ARRAY['x'])");
                    assertEquals(
                            List.of("{a,b} {x} true"),
                            query(
                                    url,
                                    "SELECT tags::text || ' ' || labels::text || ' ' || (scores IS NULL) FROM posts"));
                })
                .run();
    }

    /** The first revision: {@code users} with a nullable {@code nick}. */
    private MigrataProject usersProject() {
        return new MigrataProject(dir)
                .source("app.User", USER_V1)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
    }
}
