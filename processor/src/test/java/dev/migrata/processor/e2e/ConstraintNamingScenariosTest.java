package dev.migrata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import dev.migrata.runtime.internal.SchemaDefinition;
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
 * Constraint names end to end: a schema named by PostgreSQL's rule, a switch from Migrata's names to
 * PostgreSQL's, and explicit names. The revision files are compared with the goldens; each chain is
 * applied to a real database whose catalog then holds exactly the constraint names of the model.
 */
class ConstraintNamingScenariosTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String USER = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.util.UUID;

            @Table(name = "users")
            record User(
                    @Column(primaryKey = true) UUID id,
                    @Column(length = 255, unique = true, nullable = false) String email,
                    Status status,
                    @Column(check = "age >= 0") Integer age) {}
            """;

    private static final String DOCUMENT = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.References;
            import dev.migrata.annotations.Table;
            import java.util.UUID;

            @Table(name = "documents")
            record Document(
                    @Column(primaryKey = true, identity = true) long id,
                    @References(User.class) UUID ownerId,
                    String title) {}
            """;

    private static final String STATUS = "package app;\n\nenum Status { ACTIVE, BLOCKED }\n";

    private static final String SECOND = """
            package app;

            import dev.migrata.annotations.Revision;

            @Revision(id = "002_constraint_names", parent = InitialSchema.class, message = "rename constraints")
            final class ConstraintNames {}
            """;

    @TempDir
    Path dir;

    @Test
    void freshSchemaNamedLikePostgresql(TestInfo test) throws Exception {
        MigrataProject project = project("InitialSchema", "POSTGRESQL");
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");
        String sql = project.read("001_initial_schema.sql");
        for (String name : List.of(
                "users_pkey",
                "users_email_key",
                "users_status_check",
                "users_age_check",
                "documents_pkey",
                "documents_owner_id_fkey")) {
            assertTrue(sql.contains("CONSTRAINT " + name + " "), name + " in\n" + sql);
        }
        assertCatalogHoldsTheModelsNames(compilation);
    }

    @Test
    void switchingFromMigrataToPostgresqlNamesOnlyRenames(TestInfo test) throws Exception {
        MigrataProject project = secondRevisionAfter("MIGRATA");
        Compilation compilation = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_constraint_names");
        assertOnlyRenames(project.read("002_constraint_names.sql"), 6);
        assertCatalogHoldsTheModelsNames(compilation);
        RoundTrip.of(server, compilation, "001_initial_schema").run();
    }

    @Test
    void explicitNamesRenameTheirConstraints(TestInfo test) throws Exception {
        MigrataProject project = secondRevisionAfter("POSTGRESQL");
        Compilation compilation = project.source(
                        "app.User",
                        USER.replace(
                                "@Table(name = \"users\")", "@Table(name = \"users\", primaryKeyName = \"users_pk\")"))
                .source(
                        "app.Document",
                        DOCUMENT.replace(
                                "@References(User.class)",
                                "@References(value = User.class, name = \"documents_owner\")"))
                .compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_constraint_names");
        String sql = project.read("002_constraint_names.sql");
        assertOnlyRenames(sql, 2);
        assertTrue(sql.contains("RENAME CONSTRAINT users_pkey TO users_pk"), sql);
        assertTrue(sql.contains("RENAME CONSTRAINT documents_owner_id_fkey TO documents_owner"), sql);
        assertCatalogHoldsTheModelsNames(compilation);
        RoundTrip.of(server, compilation, "001_initial_schema").run();
    }

    @Test
    void anEnumCheckNamedLikePostgresqlIsStillKnownAsTheEnumsCheck() throws Exception {
        MigrataProject project = secondRevisionAfter("POSTGRESQL");
        project.source("app.Status", STATUS.replace("BLOCKED }", "BLOCKED, DELETED }"))
                .compileSuccessfully();
        String sql = project.read("002_constraint_names.sql");
        assertTrue(
                sql.contains("-- [MIG609] Revision '002_constraint_names' adds DELETED to the enum column users.status:"
                        + " its CHECK constraint users_status_check is replaced"),
                sql);
    }

    /**
     * The first revision compiled with {@code firstNaming}, then revision {@code 002_constraint_names}
     * added as the head, with PostgreSQL's naming; the caller changes tables and compiles.
     */
    private MigrataProject secondRevisionAfter(String firstNaming) {
        MigrataProject project = project("InitialSchema", firstNaming);
        project.compileSuccessfully();
        return project.source("app.ConstraintNames", SECOND)
                .source("app.AppSchema", schema("ConstraintNames", "POSTGRESQL"));
    }

    private MigrataProject project(String head, String naming) {
        return new MigrataProject(dir)
                .source("app.User", USER)
                .source("app.Document", DOCUMENT)
                .source("app.Status", STATUS)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .source("app.AppSchema", schema(head, naming));
    }

    private static String schema(String head, String naming) {
        return "package app;\n\nimport dev.migrata.annotations.ConstraintNaming;\nimport dev.migrata.annotations.Schema;\n\n"
                + "@Schema(head = " + head + ".class, naming = ConstraintNaming." + naming
                + ", tables = {User.class, Document.class})\nfinal class AppSchema {}\n";
    }

    /** The upgrade and the downgrade each rename {@code count} constraints and do nothing else. */
    private static void assertOnlyRenames(String sql, int count) {
        List<String> statements = sql.lines()
                .filter(line -> !line.isBlank() && !line.startsWith("--"))
                .toList();
        assertEquals(2 * count, statements.size(), sql);
        for (String statement : statements) {
            assertTrue(statement.matches("ALTER TABLE \\S+ RENAME CONSTRAINT \\S+ TO \\S+;"), statement);
        }
        assertFalse(sql.contains("DROP CONSTRAINT"), sql);
    }

    /** Applies the chain to a new database: its constraints are named exactly as the chain's head model names them. */
    private static void assertCatalogHoldsTheModelsNames(Compilation compilation) throws Exception {
        MigrationChain chain = (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
        List<String> model = new ArrayList<>();
        for (SchemaDefinition.Table table : chain.headSchema().tables()) {
            for (SchemaDefinition.Constraint constraint : table.constraints()) {
                model.add(table.name() + " " + constraint.name());
            }
        }
        model.sort(null);
        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            Migrator.builder().url(url).chain(chain).build().upgrade("head");
            List<String> catalog = new ArrayList<>();
            try (Connection connection = DriverManager.getConnection(url);
                    Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT conrelid::regclass::text || ' ' || conname"
                            + " FROM pg_constraint WHERE conrelid IN ('users'::regclass, 'documents'::regclass)"
                            + " ORDER BY 1")) {
                while (rows.next()) {
                    catalog.add(rows.getString(1));
                }
            }
            assertEquals(6, model.size(), "constraints of the model: " + model);
            assertEquals(model, catalog);
        } finally {
            server.dropDatabase(database);
        }
    }
}
