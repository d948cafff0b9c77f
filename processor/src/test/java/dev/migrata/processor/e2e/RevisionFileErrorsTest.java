package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.MigrataProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each revision-file and generated-file message, provoked end to end, on the element javac points at. */
class RevisionFileErrorsTest {

    @TempDir
    Path dir;

    private MigrataProject project;

    @BeforeEach
    void sources() {
        project = new MigrataProject(dir)
                .source("app.User", MigrataProject.USER)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
    }

    @Test
    void aFrozenFileNamingAnotherParentIsAnError() throws Exception {
        project.compileSuccessfully();
        Path sql = project.file("001_initial_schema.sql");
        Files.writeString(
                sql, Files.readString(sql).replace("-- Parent:   (none: root revision)", "-- Parent:   000_older"));
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG708]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining("says the parent of revision '001_initial_schema' is '000_older'");
        assertThat(compilation)
                .hadErrorContaining("If no database applied '001_initial_schema', delete " + sql + " and "
                        + project.file("001_initial_schema.schema.json") + " and compile again with it as the @Schema"
                        + " head: they are written anew after its new parent. Otherwise restore its parent"
                        + " '000_older' and make the change in a new revision after the head.");
    }

    @Test
    void aFrozenRevisionMovedBehindANewOneIsAnErrorNamingItsParentClass() throws Exception {
        project.compileSuccessfully();
        project.source("app.AddName", """
                package app;

                import dev.migrata.annotations.Revision;

                @Revision(id = "002_add_name", parent = InitialSchema.class)
                final class AddName {}
                """).schema("AddName", "User");
        project.compileSuccessfully();
        // A revision slipped in before the frozen one, which now names it as parent.
        project.source("app.Between", """
                package app;

                import dev.migrata.annotations.Revision;

                @Revision(id = "002_between", parent = InitialSchema.class)
                final class Between {}
                """);
        project.source("app.AddName", """
                package app;

                import dev.migrata.annotations.Revision;

                @Revision(id = "002_add_name", parent = Between.class)
                final class AddName {}
                """);
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG708]")
                .inFile(project.sourceOf("app.AddName"))
                .onLineContaining("@Revision");
        assertThat(compilation)
                .hadErrorContaining("says the parent of revision '002_add_name' is '001_initial_schema', but"
                        + " @Revision(parent) names '002_between'. A frozen revision cannot move once a database"
                        + " applied it. If no database applied '002_add_name', delete "
                        + project.file("002_add_name.sql")
                        + " and " + project.file("002_add_name.schema.json") + " and compile again");
        assertThat(compilation)
                .hadErrorContaining("Otherwise restore @Revision(parent = InitialSchema.class) and make");
    }

    @Test
    void aFrozenFileOfAnotherRevisionIsAnError() throws Exception {
        project.compileSuccessfully();
        Path sql = project.file("001_initial_schema.sql");
        Files.writeString(
                sql,
                Files.readString(sql)
                        .replace("-- Migrata revision 001_initial_schema", "-- Migrata revision 001_other"));
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG709]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining("but its header names revision '001_other'");
    }

    @Test
    void aFrozenRevisionThatGainsAJavaStepIsAnError() throws Exception {
        project.compileSuccessfully();
        project.source("app.InitialSchema", """
                package app;

                import dev.migrata.annotations.Revision;
                import dev.migrata.runtime.DataMigration;
                import java.sql.Connection;

                @Revision(id = "001_initial_schema", message = "initial schema")
                final class InitialSchema implements DataMigration {
                    public void upgrade(Connection connection) {}

                    public void downgrade(Connection connection) {}
                }
                """);
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG714]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertThat(compilation)
                .hadErrorContaining("001_initial_schema.sql is frozen with no Java step, but app.InitialSchema now"
                        + " implements DataMigration");
    }

    @Test
    void aFrozenJavaStepWhoseClassNoLongerRunsJavaIsAnError() throws Exception {
        Path sql = project.file("001_initial_schema.sql");
        project.compileSuccessfully();
        // The file of a revision frozen with a Java step, as the processor writes it.
        String frozen = Files.readString(sql);
        String text = frozen.replace(
                "\n\n-- migrata:downgrade\n\n-- step 1 (transaction 1)",
                "\n\n-- step 2 (java) app.InitialSchema#upgrade\n\n-- migrata:downgrade\n\n"
                        + "-- step 1 (java) app.InitialSchema#downgrade\n\n-- step 2 (transaction 1)");
        assertNotEquals(frozen, text);
        Files.writeString(sql, text);
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG714]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
    }

    @Test
    void aHandEditedSnapshotIsAnError() throws Exception {
        project.compileSuccessfully();
        Path json = project.file("001_initial_schema.schema.json");
        Files.writeString(json, Files.readString(json).replace("\"nullable\": true", "\"nullable\": false"));
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG712]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertThat(compilation).hadErrorContaining("001_initial_schema.schema.json was edited by hand");
    }

    @Test
    void aHandEditedOlderSnapshotIsAnErrorWhenVerifying() throws Exception {
        project.compileSuccessfully();
        project.source("app.User", MigrataProject.USER.replace("String name)", "String name, Integer age)"))
                .source("app.AddAge", """
                        package app;

                        import dev.migrata.annotations.Revision;

                        @Revision(id = "002_add_age", parent = InitialSchema.class, message = "add age")
                        final class AddAge {}
                        """)
                .schema("AddAge", "User");
        project.compileSuccessfully();
        Path json = project.file("001_initial_schema.schema.json");
        Files.writeString(json, Files.readString(json).replace("\"nullable\": true", "\"nullable\": false"));

        // Nothing a build compiles reads a snapshot older than the head's parent, so only verifying reads it.
        assertThat(project.compile()).succeededWithoutWarnings();
        Compilation verified = project.compile("-Amigrata.verify=true");
        assertThat(verified)
                .hadErrorContaining("[MIG712]")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertThat(verified).hadErrorContaining("001_initial_schema.schema.json was edited by hand");
    }

    @Test
    void reformattingASnapshotIsNoEdit() throws Exception {
        project.compileSuccessfully();
        Path json = project.file("001_initial_schema.schema.json");
        Files.writeString(json, Files.readString(json).replace("\n", "\r\n").replace("  ", "\t"));
        assertThat(project.compile()).succeededWithoutWarnings();
    }

    @Test
    void aFolderThatCannotBeWrittenIsAnError() throws Exception {
        Files.writeString(project.migrations(), "a file where the folder should be");
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG710] Cannot write revision file")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
    }

    @Test
    void aStatementThatWouldReadBackAsTwoIsRefused() {
        project.source("app.InitialSchema", """
                package app;

                import dev.migrata.annotations.Revision;
                import dev.migrata.annotations.Sql;

                @Revision(id = "001_initial_schema", message = "initial schema")
                @Sql(up = "SELECT 1\\n-- step 3\\nSELECT 2")
                final class InitialSchema {}
                """);
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG711] Revision '001_initial_schema' cannot be written to")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("@Revision");
        assertTrue(Files.notExists(project.file("001_initial_schema.sql")));
    }

    @Test
    void aRecordWithoutComponentsCanBeADataMigration() {
        project.source("app.InitialSchema", """
                package app;

                import dev.migrata.annotations.Revision;
                import dev.migrata.runtime.DataMigration;
                import java.sql.Connection;

                @Revision(id = "001_initial_schema", message = "initial schema")
                record InitialSchema() implements DataMigration {
                    public void upgrade(Connection connection) {}

                    public void downgrade(Connection connection) {}
                }
                """);
        project.compileSuccessfully();
    }

    @Test
    void aDataMigrationWithoutANoArgumentConstructorIsAnError() {
        project.source("app.InitialSchema", """
                package app;

                import dev.migrata.annotations.Revision;
                import dev.migrata.runtime.DataMigration;
                import java.sql.Connection;

                @Revision(id = "001_initial_schema", message = "initial schema")
                final class InitialSchema implements DataMigration {
                    InitialSchema(String unused) {}

                    public void upgrade(Connection connection) {}

                    public void downgrade(Connection connection) {}
                }
                """);
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG801] app.InitialSchema implements DataMigration")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("final class InitialSchema");
    }

    @Test
    void aClassInTheWayOfAGeneratedOneIsAnError() {
        project.schemaWithMetamodel("InitialSchema", "User")
                .source("app.AppSchemaTables", "package app;\n\nfinal class AppSchemaTables {}\n");
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG802] Cannot write generated file app.AppSchemaTables")
                .inFile(project.sourceOf("app.AppSchema"))
                .onLineContaining("final class AppSchema");
    }

    /** The metamodel's name is taken only by a schema that asks for the metamodel. */
    @Test
    void aClassNamedLikeTheMetamodelIsNoClashWithoutIt() {
        project.source("app.AppSchemaTables", "package app;\n\nfinal class AppSchemaTables {}\n");
        project.compileSuccessfully();
    }

    /** The chain class is not written without its companion, so the clash is the only error. */
    @Test
    void aClassInTheWayOfTheRevisionsCompanionIsTheOnlyError() {
        project.source("app.AppSchemaRevisions", "package app;\n\nfinal class AppSchemaRevisions {}\n");
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG802] Cannot write generated file app.AppSchemaRevisions")
                .inFile(project.sourceOf("app.AppSchema"))
                .onLineContaining("final class AppSchema");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void twoTablesOfOneSimpleNameInTwoPackagesAreMig803OnTheSecond() {
        project.source("app.billing.User", """
                        package app.billing;

                        import dev.migrata.annotations.Column;
                        import dev.migrata.annotations.Table;

                        @Table(name = "billing_users")
                        public record User(@Column(primaryKey = true) long id) {}
                        """).schemaWithMetamodel("InitialSchema", "User", "app.billing.User");
        Compilation compilation = project.compile();
        assertThat(compilation)
                .hadErrorContaining("[MIG803] app.User and app.billing.User would both have the metamodel "
                        + "app.AppSchemaTables.UserTable")
                .inFile(project.sourceOf("app.billing.User"))
                .onLineContaining("public record User");
    }

    /** Two tables of one simple name clash only in the metamodel, which this schema does not ask for. */
    @Test
    void twoTablesOfOneSimpleNameInTwoPackagesAreFineWithoutTheMetamodel() {
        project.source("app.billing.User", """
                        package app.billing;

                        import dev.migrata.annotations.Column;
                        import dev.migrata.annotations.Table;

                        @Table(name = "billing_users")
                        public record User(@Column(primaryKey = true) long id) {}
                        """).schema("InitialSchema", "User", "app.billing.User");
        project.compileSuccessfully();
    }

    @Test
    void aTableInAnotherPackageGetsItsMetamodelInTheSchemasPackage() throws Exception {
        project.source("app.billing.Invoice", """
                        package app.billing;

                        import dev.migrata.annotations.Column;
                        import dev.migrata.annotations.Table;

                        @Table(name = "invoices")
                        public record Invoice(@Column(primaryKey = true) long id) {}
                        """).schemaWithMetamodel("InitialSchema", "User", "app.billing.Invoice");
        Compilation compilation = project.compileSuccessfully();
        assertThat(compilation)
                .generatedSourceFile("app.AppSchemaTables")
                .contentsAsUtf8String()
                .contains("public static final class InvoiceTable {\n"
                        + "        public static final String NAME = \"invoices\";");
    }

    @Test
    void aRevisionFileThatCannotBeCopiedToTheClassOutputIsMig802OnItsRevision() {
        Compilation compilation = project.compileWith(new FailingFilerProcessor(
                new MigrataProcessor(), "createResource", "META-INF/migrata/app_schema/001_initial_schema.sql"));
        assertThat(compilation)
                .hadErrorContaining(
                        "[MIG802] Cannot write generated file META-INF/migrata/app_schema/001_initial_schema.sql")
                .inFile(project.sourceOf("app.InitialSchema"))
                .onLineContaining("final class InitialSchema");
        assertThat(compilation).hadErrorContaining(": java.io.IOException");
    }

    @Test
    void aHeadSchemaThatCannotBeWrittenIsMig802OnTheSchema() {
        Compilation compilation =
                project.compileWith(new FailingFilerProcessor(new MigrataProcessor(), "createResource"));
        assertThat(compilation)
                .hadErrorContaining("[MIG802] Cannot write generated file META-INF/migrata/app_schema/head-schema.txt")
                .inFile(project.sourceOf("app.AppSchema"))
                .onLineContaining("final class AppSchema");
        assertThat(compilation).hadErrorCount(1);
    }

    @Test
    void aGeneratedFileFailingWithoutAReasonIsStillMig802() {
        Compilation compilation = project.compileWith(new FailingFilerProcessor(new MigrataProcessor()));
        // The first Java file written is the chain's companion, which the chain class needs.
        assertThat(compilation)
                .hadErrorContaining("[MIG802] Cannot write generated file app.AppSchemaRevisions")
                .inFile(project.sourceOf("app.AppSchema"))
                .onLineContaining("final class AppSchema");
        // The exception has no message: its type stands in, and nothing is reported as internal.
        assertThat(compilation).hadErrorContaining(": java.io.IOException");
        assertTrue(
                compilation.errors().stream().noneMatch(e -> e.getMessage(null).contains("[MIG999]")),
                compilation.errors().toString());
    }

    @Test
    void filesGoBesideTheJavaSourcesWithoutTheOption() throws Exception {
        Path sources = dir.resolve("project")
                .resolve("src")
                .resolve("main")
                .resolve("java")
                .resolve("app");
        Files.createDirectories(sources);
        List<JavaFileObject> files = new ArrayList<>();
        for (String[] source : new String[][] {
            {
                "AppSchema",
                "package app;\n\nimport dev.migrata.annotations.Schema;\n\n"
                        + "@Schema(head = InitialSchema.class, tables = User.class)\nfinal class AppSchema {}\n"
            },
            {"User", MigrataProject.USER},
            {"InitialSchema", MigrataProject.INITIAL}
        }) {
            Path file = sources.resolve(source[0] + ".java");
            Files.writeString(file, source[1]);
            files.add(JavaFileObjects.forResource(file.toUri().toURL()));
        }
        Compilation compilation =
                Compiler.javac().withProcessors(new MigrataProcessor()).compile(files);
        assertThat(compilation).succeeded();
        Path migrations = dir.resolve("project")
                .resolve("src")
                .resolve("main")
                .resolve("migrations")
                .resolve("app_schema");
        assertTrue(Files.isRegularFile(migrations.resolve("001_initial_schema.sql")));
        assertTrue(Files.isRegularFile(migrations.resolve("001_initial_schema.schema.json")));
    }
}
