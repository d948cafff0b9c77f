package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.io.TempDir;

/**
 * One schema change per test, end to end through the real processor: revision 1 is compiled and
 * frozen, then the sources change and revision 2 is added; only revision 2's files appear, and they,
 * the generated migration class and the chain are compared with the goldens.
 */
class RevisionScenariosTest {

    private static final String USER_V1 = """
            package app;

            import dev.migrata.annotations.Column;
            import dev.migrata.annotations.Table;
            import java.time.Instant;
            import java.util.UUID;

            @Table(name = "users")
            record User(
                    @Column(primaryKey = true) UUID id,
                    @Column(length = 255, unique = true, nullable = false) String email,
                    String name,
                    @Column(defaultValue = "now()") Instant createdAt) {}
            """;

    private static final String INITIAL = """
            package app;

            import dev.migrata.annotations.Revision;

            @Revision(id = "001_initial_schema", message = "initial schema")
            final class InitialSchema {}
            """;

    @TempDir
    Path dir;

    private MigrataProject project;

    @BeforeEach
    void firstRevision() {
        project = new MigrataProject(dir)
                .source("app.User", USER_V1)
                .source("app.InitialSchema", INITIAL)
                .schema("InitialSchema", "User");
    }

    @Test
    void freshSchema(TestInfo test) throws Exception {
        Compilation compilation =
                project.schemaWithMetamodel("InitialSchema", "User").compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "001_initial_schema");
        project.assertResourceIsTheFile(compilation, "001_initial_schema");
        MigrataProject.assertGeneratedMatchesGolden(test, compilation, "app.AppSchemaMigrations");
        MigrataProject.assertGeneratedMatchesGolden(test, compilation, "app.AppSchemaRevisions");
        MigrataProject.assertGeneratedMatchesGolden(test, compilation, "app.AppSchemaTables");
        MigrataProject.assertHeadSchemaMatchesGolden(test, compilation);
    }

    /** Without {@code @Schema(metamodel = true)} the chain is all the Java there is. */
    @Test
    void aSchemaThatDoesNotAskForTheMetamodelGetsOnlyTheChain() throws Exception {
        Compilation compilation = project.compileSuccessfully();
        assertEquals(
                List.of("/SOURCE_OUTPUT/app/AppSchemaMigrations.java", "/SOURCE_OUTPUT/app/AppSchemaRevisions.java"),
                compilation.generatedSourceFiles().stream()
                        .map(JavaFileObject::getName)
                        .sorted()
                        .toList());
    }

    @Test
    void addColumn(TestInfo test) throws Exception {
        secondRevision(
                test,
                USER_V1.replace("Instant createdAt) {}", "Instant createdAt,\n        Integer age) {}"),
                "AddAge",
                "@Revision(id = \"002_add_age\", parent = InitialSchema.class, message = \"add users.age\")",
                "002_add_age");
    }

    @Test
    void renameColumn(TestInfo test) throws Exception {
        secondRevision(
                test,
                USER_V1.replace("String name,", "String fullName,"),
                "RenameName",
                "@Revision(id = \"002_rename_name\", parent = InitialSchema.class, message = \"rename users.name\")\n"
                        + "@RenameColumn(table = \"users\", from = \"name\", to = \"full_name\")",
                "002_rename_name");
    }

    @Test
    void dropColumn(TestInfo test) throws Exception {
        secondRevision(
                test,
                USER_V1.replace("        String name,\n", ""),
                "DropName",
                "@Revision(id = \"002_drop_name\", parent = InitialSchema.class, message = \"drop users.name\")\n"
                        + "@DropColumn(table = \"users\", column = \"name\")",
                "002_drop_name");
    }

    @Test
    void typeChangeWithUsing(TestInfo test) throws Exception {
        project.source("app.User", USER_V1.replace("String name,", "String name,\n        String score,"));
        project.compileSuccessfully();
        secondRevision(
                test,
                USER_V1.replace("String name,", "String name,\n        Integer score,"),
                "ScoreToInteger",
                "@Revision(id = \"002_score_to_integer\", parent = InitialSchema.class, message = \"score becomes a number\")\n"
                        + "@ChangeType(table = \"users\", column = \"score\", using = \"score::integer\", usingDown = \"score::text\")",
                "002_score_to_integer");
    }

    @Test
    void newTableWithForeignKey(TestInfo test) throws Exception {
        project.compileSuccessfully();
        project.source("app.Document", """
                package app;

                import dev.migrata.annotations.Column;
                import dev.migrata.annotations.References;
                import dev.migrata.annotations.Table;
                import java.util.UUID;

                @Table(name = "documents")
                record Document(
                        @Column(primaryKey = true, identity = true) long id,
                        @References(User.class) @Column(nullable = false) UUID ownerId,
                        @Column(nullable = false) String title) {}
                """);
        secondRevision(
                test,
                USER_V1,
                "AddDocuments",
                "@Revision(id = \"002_add_documents\", parent = InitialSchema.class, message = \"documents\")",
                "002_add_documents",
                "User",
                "Document");
    }

    @Test
    void vectorIndexOnAnExistingTable(TestInfo test) throws Exception {
        String documentV1 = """
                package app;

                import dev.migrata.annotations.Column;
                import dev.migrata.annotations.Table;

                @Table(name = "documents")
                record Document(
                        @Column(primaryKey = true, identity = true) long id,
                        @Column(nullable = false) String title) {}
                """;
        project.source("app.Document", documentV1).schema("InitialSchema", "User", "Document");
        project.compileSuccessfully();
        project.source(
                "app.Document",
                documentV1
                        .replace(
                                "import dev.migrata.annotations.Table;",
                                "import dev.migrata.annotations.Distance;\n"
                                        + "import dev.migrata.annotations.IndexMethod;\nimport dev.migrata.annotations.Table;\n"
                                        + "import dev.migrata.annotations.Vector;\nimport dev.migrata.annotations.VectorIndex;")
                        .replace(
                                "String title) {}",
                                "String title,\n"
                                        + "        @Vector(dimensions = 3) @VectorIndex(method = IndexMethod.HNSW, distance = Distance.COSINE)\n"
                                        + "                float[] embedding) {}"));
        Compilation second = secondRevision(
                test,
                USER_V1,
                "AddEmbedding",
                "@Revision(id = \"002_add_embedding\", parent = InitialSchema.class, message = \"embeddings and their HNSW index\")",
                "002_add_embedding",
                "User",
                "Document");
        String sql = project.read("002_add_embedding.sql");
        assertTrue(
                sql.contains(
                        "(non-transactional, re-runnable, index ix_documents_embedding) locks: SHARE UPDATE EXCLUSIVE on"
                                + " documents; scans documents twice, writes continue, waits for older transactions\nCREATE INDEX CONCURRENTLY"),
                sql);
        project.assertResourceIsTheFile(second, "002_add_embedding");
    }

    @Test
    void enumConstantAdded(TestInfo test) throws Exception {
        project.source("app.Status", "package app;\n\nenum Status { ACTIVE, BLOCKED }\n");
        String withStatus =
                USER_V1.replace("String name,", "String name,\n        @Column(nullable = false) Status status,");
        project.source("app.User", withStatus);
        project.compileSuccessfully();
        project.source("app.Status", "package app;\n\nenum Status { ACTIVE, BLOCKED, DELETED }\n");
        secondRevision(
                test,
                withStatus,
                "AddDeletedStatus",
                "@Revision(id = \"002_add_deleted_status\", parent = InitialSchema.class, message = \"status DELETED\")",
                "002_add_deleted_status");
    }

    @Test
    void sqlDataStep(TestInfo test) throws Exception {
        secondRevision(
                test,
                USER_V1,
                "Backfill",
                "@Revision(id = \"002_backfill\", parent = InitialSchema.class, message = \"backfill names\")\n"
                        + "@Sql(up = \"\"\"\n        UPDATE users\n           SET name = split_part(email, '@', 1)\n"
                        + "         WHERE name IS NULL\"\"\",\n     down = \"UPDATE users SET name = NULL\")",
                "002_backfill");
    }

    @Test
    void nonTransactionalSqlStepsStateWhetherTheyMayRunAgain(TestInfo test) throws Exception {
        secondRevision(
                test,
                USER_V1,
                "Backfill",
                "@Revision(id = \"002_backfill\", parent = InitialSchema.class, message = \"backfill names\","
                        + " transactional = false)\n"
                        + "@Sql(up = \"UPDATE users SET name = split_part(email, '@', 1) WHERE name IS NULL\","
                        + " down = \"UPDATE users SET name = NULL\", rerunnable = true)\n"
                        + "@Sql(up = \"DO $$ BEGIN IF EXISTS (SELECT 1 FROM users) THEN UPDATE users SET email = email"
                        + " || '.x'; END IF; END $$\")",
                "002_backfill");
        String sql = project.read("002_backfill.sql");
        assertTrue(
                sql.contains(
                        "-- step 1 (non-transactional, re-runnable) locks: not analysed (hand-written SQL)\nUPDATE users SET name"),
                sql);
        assertTrue(sql.contains("-- step 2 (non-transactional) locks: not analysed (hand-written SQL)\nDO $$"), sql);
    }

    @Test
    void dataMigrationRevision(TestInfo test) throws Exception {
        project.compileSuccessfully();
        project.source("app.LowercaseEmails", """
                package app;

                import dev.migrata.annotations.Revision;
                import dev.migrata.runtime.DataMigration;
                import java.sql.Connection;
                import java.sql.SQLException;

                @Revision(id = "002_lowercase_emails", parent = InitialSchema.class, message = "lower-case emails")
                public final class LowercaseEmails implements DataMigration {
                    @Override
                    public void upgrade(Connection connection) throws SQLException {}

                    @Override
                    public void downgrade(Connection connection) throws SQLException {}
                }
                """).schema("LowercaseEmails", "User");
        Compilation second = project.compileSuccessfully();
        project.assertRevisionFilesMatchGoldens(test, "002_lowercase_emails");
        project.assertResourceIsTheFile(second, "002_lowercase_emails");
    }

    @Test
    void dataMigrationAfterChangesToAnExistingTable(TestInfo test) throws Exception {
        project.compileSuccessfully();
        project.source(
                        "app.User",
                        USER_V1.replace("Instant createdAt) {}", "Instant createdAt,\n        Integer age) {}"))
                .source("app.AddAge", """
                        package app;

                        import dev.migrata.annotations.Revision;
                        import dev.migrata.runtime.DataMigration;
                        import java.sql.Connection;

                        @Revision(id = "002_add_age", parent = InitialSchema.class, message = "add and fill users.age")
                        public final class AddAge implements DataMigration {
                            @Override
                            public void upgrade(Connection connection) {}

                            @Override
                            public void downgrade(Connection connection) {}
                        }
                        """)
                .schema("AddAge", "User");
        Compilation second = project.compileSuccessfully();
        String warning = "[MIG620] Revision '002_add_age' runs app.AddAge#upgrade in its first transaction, after"
                + " statements that change existing tables (users): it holds their locks (ACCESS EXCLUSIVE on users,"
                + " briefly) for as long as it"
                + " runs, and queries on those tables wait for it.";
        assertThat(second)
                .hadWarningContaining(warning)
                .inFile(project.sourceOf("app.AddAge"))
                .onLineContaining("@Revision");
        assertThat(second).hadWarningContaining("@Revision(id = \"<new id>\", parent = AddAge.class)");
        // Written above the Java step, which runs right after the ALTER TABLE, in its transaction.
        assertTrue(project.read("002_add_age.sql").contains("\n-- " + warning), project.read("002_add_age.sql"));
        project.assertRevisionFilesMatchGoldens(test, "002_add_age");
        assertThat(second)
                .hadNoteContaining("wrote app_schema/002_add_age.sql: 2 steps in 1 transaction, warnings MIG620")
                .inFile(project.sourceOf("app.AddAge"))
                .onLineContaining("@Revision");
    }

    /**
     * Compiles revision 1 (unless already compiled), then replaces {@code User}, adds the revision
     * class and moves the head to it; checks that only the new revision's files were written and
     * compares them and the generated classes with the goldens.
     */
    private Compilation secondRevision(
            TestInfo test,
            String userSource,
            String revisionClass,
            String annotations,
            String revisionId,
            String... tables)
            throws Exception {
        if (!Files.exists(project.file("001_initial_schema.sql"))) {
            project.compileSuccessfully();
        }
        FileTime old = FileTime.fromMillis(1_000_000L);
        Files.setLastModifiedTime(project.file("001_initial_schema.sql"), old);
        Files.setLastModifiedTime(project.file("001_initial_schema.schema.json"), old);
        String firstSql = project.read("001_initial_schema.sql");

        project.source("app.User", userSource)
                .source(
                        "app." + revisionClass,
                        "package app;\n\nimport dev.migrata.annotations.*;\n\n" + annotations + "\nfinal class "
                                + revisionClass + " {}\n")
                .schema(revisionClass, tables.length == 0 ? new String[] {"User"} : tables);
        Compilation second = project.compileSuccessfully();

        assertEquals(old, Files.getLastModifiedTime(project.file("001_initial_schema.sql")), "revision 1 untouched");
        assertEquals(
                old, Files.getLastModifiedTime(project.file("001_initial_schema.schema.json")), "revision 1 untouched");
        assertEquals(firstSql, project.read("001_initial_schema.sql"));
        project.assertRevisionFilesMatchGoldens(test, revisionId);
        project.assertResourceIsTheFile(second, revisionId);
        MigrataProject.assertGeneratedMatchesGolden(test, second, "app.AppSchemaMigrations");
        MigrataProject.assertGeneratedMatchesGolden(test, second, "app.AppSchemaRevisions");
        assertFalse(project.read(revisionId + ".sql").isEmpty());
        return second;
    }
}
