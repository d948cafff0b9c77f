package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.Compiler;
import com.google.testing.compile.JavaFileObjects;
import dev.migrata.processor.MigrataProcessor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two schemas compiled together keep their files apart and are both registered for ServiceLoader. */
class TwoSchemasTest {

    @TempDir
    Path dir;

    @Test
    void eachSchemaHasItsOwnFolderAndBothChainsAreRegistered() throws IOException {
        Compilation compilation =
                Compiler.javac().withProcessors(new MigrataProcessor()).compile(sourcesOnDisk());
        assertThat(compilation).succeeded();
        Path migrations = dir.resolve("src").resolve("main").resolve("migrations");
        assertTrue(Files.isRegularFile(migrations.resolve("billing").resolve("001_initial_schema.sql")));
        assertTrue(Files.isRegularFile(migrations.resolve("catalog").resolve("001_initial_schema.sql")));
        assertThat(compilation)
                .generatedFile(StandardLocation.CLASS_OUTPUT, "META-INF/services/dev.migrata.runtime.MigrationChain")
                .contentsAsUtf8String()
                .isEqualTo("billing.BillingMigrations\ncatalog.CatalogMigrations\n");
    }

    @Test
    void oneFolderOptionForTwoSchemasIsAnError() throws IOException {
        List<JavaFileObject> sources = sourcesOnDisk();
        Compilation compilation = Compiler.javac()
                .withProcessors(new MigrataProcessor())
                .withOptions("-Amigrata.dir=" + dir.resolve("shared"))
                .compile(sources);
        assertThat(compilation).hadErrorCount(1);
        assertThat(compilation).hadErrorContaining("would keep its revision files in " + dir.resolve("shared"));
        // The schema javac meets second (catalog: its sources follow billing's) is refused on its
        // @Schema class; the first keeps the folder.
        JavaFileObject catalogSchema = sources.stream()
                .filter(source -> source.toUri().getPath().endsWith("catalog/Catalog.java"))
                .findFirst()
                .orElseThrow();
        assertThat(compilation)
                .hadErrorContaining("[MIG713] Schema 'catalog'")
                .inFile(catalogSchema)
                .onLineContaining("final class Catalog");
    }

    /** Two schemas with a table and a revision each, as files under {@code src/main/java}. */
    private List<JavaFileObject> sourcesOnDisk() throws IOException {
        List<JavaFileObject> files = new ArrayList<>();
        for (String pkg : List.of("billing", "catalog")) {
            String schema = Character.toUpperCase(pkg.charAt(0)) + pkg.substring(1);
            Map<String, String> sources = Map.of(
                    schema,
                    "@dev.migrata.annotations.Schema(name = \"" + pkg
                            + "\", head = Initial.class, tables = Item.class)\n" + "final class " + schema + " {}\n",
                    "Item",
                    "@dev.migrata.annotations.Table(name = \"" + pkg + "_items\")\n"
                            + "record Item(@dev.migrata.annotations.Column(primaryKey = true) long id) {}\n",
                    "Initial",
                    "@dev.migrata.annotations.Revision(id = \"001_initial_schema\", message = \"initial\")\n"
                            + "final class Initial {}\n");
            Path folder = Files.createDirectories(
                    dir.resolve("src").resolve("main").resolve("java").resolve(pkg));
            for (Map.Entry<String, String> source : sources.entrySet()) {
                Path file = folder.resolve(source.getKey() + ".java");
                Files.writeString(file, "package " + pkg + ";\n\n" + source.getValue());
                files.add(JavaFileObjects.forResource(file.toUri().toURL()));
            }
        }
        return files;
    }
}
