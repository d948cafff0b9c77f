package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.MigrataProcessor;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two schemas compiled together keep their files apart and are both registered for ServiceLoader. */
class TwoSchemasTest {

    @TempDir
    Path dir;

    @Test
    void eachSchemaHasItsOwnFolderAndBothChainsAreRegistered() {
        Compilation compilation = Compiler.javac()
                .withProcessors(new MigrataProcessor())
                .withOptions("-Amigrata.dir=" + dir)
                .compile(
                        schema("billing", "Billing", "Invoice", "BillingInitial"),
                        table("billing", "Invoice", "invoices"),
                        revision("billing", "BillingInitial"),
                        schema("catalog", "Catalog", "Product", "CatalogInitial"),
                        table("catalog", "Product", "products"),
                        revision("catalog", "CatalogInitial"));
        assertThat(compilation).succeeded();
        assertTrue(Files.isRegularFile(dir.resolve("billing").resolve("001_initial_schema.sql")));
        assertTrue(Files.isRegularFile(dir.resolve("catalog").resolve("001_initial_schema.sql")));
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.migrata.runtime.MigrationChain")
                .contentsAsUtf8String()
                .isEqualTo("billing.BillingMigrations\ncatalog.CatalogMigrations\n");
    }

    private static javax.tools.JavaFileObject schema(String pkg, String name, String table, String head) {
        return JavaFileObjects.forSourceString(pkg + "." + name, "package " + pkg + ";\n\n"
                + "@dev.migrata.annotations.Schema(name = \"" + pkg + "\", head = " + head + ".class, tables = " + table + ".class)\n"
                + "final class " + name + " {}\n");
    }

    private static javax.tools.JavaFileObject table(String pkg, String name, String tableName) {
        return JavaFileObjects.forSourceString(pkg + "." + name, "package " + pkg + ";\n\n"
                + "@dev.migrata.annotations.Table(name = \"" + tableName + "\")\n"
                + "record " + name + "(@dev.migrata.annotations.Column(primaryKey = true) long id) {}\n");
    }

    private static javax.tools.JavaFileObject revision(String pkg, String name) {
        return JavaFileObjects.forSourceString(pkg + "." + name, "package " + pkg + ";\n\n"
                + "@dev.migrata.annotations.Revision(id = \"001_initial_schema\", message = \"initial\")\n"
                + "final class " + name + " {}\n");
    }
}
