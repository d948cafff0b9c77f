package dev.migrata.processor.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.runtime.Migration;
import dev.migrata.runtime.MigrationChain;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text that other tools treat as a line break (U+2028, U+2029, a carriage return) in a revision's
 * message or {@code @Sql}: the compiled revision says exactly what its reviewed file says.
 */
class SmuggledTextTest {

    @TempDir
    Path dir;

    private MigrataProject project;

    @BeforeEach
    void project() {
        project =
                new MigrataProject(dir).source("app.User", MigrataProject.USER).schema("InitialSchema", "User");
    }

    @Test
    void sqlWithLineSeparatorsCompilesToTheStatementOfTheFile() throws Exception {
        String statement = "UPDATE users\n   SET name = 'a\u2028b'\n WHERE name IS NULL\u2029 OR name = '\u2028'";
        project.source("app.InitialSchema", """
                package app;

                import dev.migrata.annotations.Revision;
                import dev.migrata.annotations.Sql;

                @Revision(id = "001_initial_schema", message = "initial schema")
                @Sql(up = \"""
                        %s\""")
                final class InitialSchema {}
                """.formatted(statement.replace("\n", "\n        ")));
        Compilation compilation = project.compileSuccessfully();

        RevisionSqlFile file = RevisionSqlFile.parse(project.read("001_initial_schema.sql"));
        String fromFile = file.upgrade().get(file.upgrade().size() - 1).sql();
        assertEquals(statement, fromFile);
        Migration migration = chain(compilation).migrations().get(0);
        String compiled = migration
                .upgradeSteps()
                .get(migration.upgradeSteps().size() - 1)
                .sql();
        assertEquals(fromFile, compiled, "the compiled statement is the file's, byte for byte");
        assertEquals(file.checksum(), migration.checksum());
    }

    @Test
    void messageIsReadAsOneTrimmedLine() throws Exception {
        project.source("app.InitialSchema", """
                package app;

                import dev.migrata.annotations.Revision;

                @Revision(id = "001_initial_schema",
                        message = "  initial\\r\\nDROP TABLE victims;\\u2028x\\u2029y\\rz  ")
                final class InitialSchema {}
                """);
        Compilation compilation = project.compileSuccessfully();

        String expected = "initial DROP TABLE victims; x y z";
        String sql = project.read("001_initial_schema.sql");
        assertTrue(sql.contains("\n-- Message:  " + expected + "\n"), sql);
        assertEquals(expected, RevisionSqlFile.parse(sql).message());
        assertEquals(expected, chain(compilation).migrations().get(0).message());
    }

    private static MigrationChain chain(Compilation compilation) throws ReflectiveOperationException {
        return (MigrationChain) new CompiledClasses(compilation).instantiate("app.AppSchemaMigrations");
    }
}
