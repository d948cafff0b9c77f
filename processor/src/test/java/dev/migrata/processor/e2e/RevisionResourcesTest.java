package dev.migrata.processor.e2e;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import dev.migrata.processor.CompiledClasses;
import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.MigrationException;
import dev.migrata.runtime.Migrator;
import dev.migrata.testing.TestDatabase;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Revisions run from their files on the class path, verified: a file changed after the build (in a
 * jar or a class directory) or missing is refused before anything is applied, and a database that is
 * up to date starts without reading any of them.
 */
class RevisionResourcesTest {

    @RegisterExtension
    static final TestDatabase server = new TestDatabase();

    private static final String ADD_AGE = "META-INF/migrata/app_schema/002_add_age.sql";

    @TempDir
    Path dir;

    private Compilation compilation;

    @BeforeEach
    void twoRevisions() {
        MigrataProject project = new MigrataProject(dir.resolve("src"))
                .source("app.User", MigrataProject.USER)
                .source("app.InitialSchema", MigrataProject.INITIAL)
                .schema("InitialSchema", "User");
        project.compileSuccessfully();
        project.source("app.User", MigrataProject.USER.replace("String name) {}", "String name, Integer age) {}"))
                .headRevision("002_add_age", "InitialSchema", "", "User");
        compilation = project.compileSuccessfully();
        assertThat(compilation).succeeded();
    }

    @Test
    void aRevisionFileChangedInsideAJarIsRefusedAndNothingIsApplied() throws Exception {
        Map<String, byte[]> output = classOutput();
        output.put(ADD_AGE, withOneByteChanged(output.get(ADD_AGE)));
        Path jar = dir.resolve("app.jar");
        writeJar(jar, output);
        assertRefusedAfterTheFirstRevision(jar, "jar:" + jar.toUri().toURL() + "!/" + ADD_AGE);
    }

    @Test
    void aRevisionFileChangedInAClassDirectoryIsRefusedAndNothingIsApplied() throws Exception {
        Map<String, byte[]> output = classOutput();
        output.put(ADD_AGE, withOneByteChanged(output.get(ADD_AGE)));
        Path classes = dir.resolve("classes");
        writeDirectory(classes, output);
        assertRefusedAfterTheFirstRevision(
                classes, classes.resolve(ADD_AGE).toUri().toURL().toString());
    }

    @Test
    void aMissingRevisionFileIsRefusedAndNothingIsApplied() throws Exception {
        Map<String, byte[]> output = classOutput();
        output.remove(ADD_AGE);
        Path classes = dir.resolve("classes");
        writeDirectory(classes, output);
        assertRefusedAfterTheFirstRevision(classes, "is missing from the class path of app.AppSchemaMigrations");
    }

    @Test
    void anUpToDateStartReadsNoRevisionFile() throws Exception {
        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            CompiledClasses first = new CompiledClasses(compilation);
            assertEquals(
                    List.of("001_initial_schema", "002_add_age"),
                    migrator(url, first).upgrade("head"));
            assertTrue(first.resourceLookups().contains(ADD_AGE), first.resourceLookups()::toString);

            // A new start of the application, its files changed: up to date, so none is read, none refused.
            CompiledClasses restarted = new CompiledClasses(compilation);
            restarted.withResource(
                    ADD_AGE, withOneByteChanged(restarted.resources().get(ADD_AGE)));
            assertEquals(List.of(), migrator(url, restarted).upgrade("head"));
            assertEquals(
                    List.of(),
                    restarted.resourceLookups().stream()
                            .filter(path -> path.startsWith("META-INF/migrata/"))
                            .toList());
            assertTrue(restarted.isLoaded("app.AppSchemaMigrations"));
        } finally {
            server.dropDatabase(database);
        }
    }

    @Test
    void aDowngradeReadsEveryFileFirstAndRevertsNothingWhenOneIsRefused() throws Exception {
        String database = server.createDatabase();
        try {
            String url = server.jdbcUrl(database);
            migrator(url, new CompiledClasses(compilation)).upgrade("head");

            // The root's file is changed; the head's is intact and would be reverted first.
            CompiledClasses changed = new CompiledClasses(compilation);
            String root = "META-INF/migrata/app_schema/001_initial_schema.sql";
            changed.withResource(root, withOneByteChanged(changed.resources().get(root)));
            MigrationException refused = assertThrows(
                    MigrationException.class, () -> migrator(url, changed).downgrade("base"));
            assertEquals(MigrationException.Reason.CHECKSUM_MISMATCH, refused.reason());
            assertTrue(refused.getMessage().contains(root), refused.getMessage());
            assertEquals(
                    List.of("001_initial_schema", "002_add_age"),
                    ChainDatabases.query(url, "SELECT id FROM migrata_revisions ORDER BY position"));
            assertEquals(
                    List.of("id", "name", "age"),
                    ChainDatabases.query(
                            url,
                            "SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"
                                    + " ORDER BY ordinal_position"));
        } finally {
            server.dropDatabase(database);
        }
    }

    /**
     * {@code check()} compares the catalog with the head schema the processor wrote beside the chain
     * class; changed after the build, that file is refused as the revision files are, naming it.
     */
    @Test
    void aHeadSchemaChangedInsideAJarIsRefusedByCheck() throws Exception {
        String headSchema = "META-INF/migrata/app_schema/head-schema.txt";
        Map<String, byte[]> output = classOutput();
        assertTrue(output.containsKey(headSchema), output.keySet()::toString);
        Path intact = dir.resolve("intact.jar");
        writeJar(intact, output);
        output.put(headSchema, withOneByteChanged(output.get(headSchema)));
        Path changed = dir.resolve("changed.jar");
        writeJar(changed, output);
        String database = server.createDatabase();
        try (URLClassLoader intactLoader = new URLClassLoader(
                        new URL[] {intact.toUri().toURL()}, getClass().getClassLoader());
                URLClassLoader changedLoader = new URLClassLoader(
                        new URL[] {changed.toUri().toURL()}, getClass().getClassLoader())) {
            String url = server.jdbcUrl(database);
            migrator(url, intactLoader).upgrade("head");
            assertTrue(migrator(url, intactLoader).check().isClean(), "the intact head schema finds no drift");

            MigrationException refused = assertThrows(
                    MigrationException.class, () -> migrator(url, changedLoader).check());
            assertEquals(MigrationException.Reason.CHECKSUM_MISMATCH, refused.reason());
            assertTrue(
                    refused.getMessage().contains("jar:" + changed.toUri().toURL() + "!/" + headSchema),
                    refused.getMessage());
            assertTrue(refused.getMessage().contains("changed after the build"), refused.getMessage());
        } finally {
            server.dropDatabase(database);
        }
    }

    /**
     * The chain loaded from {@code classPath} upgrades to revision 1 (its file is intact) and then
     * refuses revision 2, naming its file and where it was found; the database stays at revision 1.
     */
    private void assertRefusedAfterTheFirstRevision(Path classPath, String where) throws Exception {
        String database = server.createDatabase();
        try (URLClassLoader loader = new URLClassLoader(
                new URL[] {classPath.toUri().toURL()}, getClass().getClassLoader())) {
            String url = server.jdbcUrl(database);
            Migrator migrator = migrator(url, loader);
            assertEquals(List.of("001_initial_schema"), migrator.upgrade("001_initial_schema"));

            MigrationException refused = assertThrows(MigrationException.class, () -> migrator.upgrade("head"));
            assertEquals(MigrationException.Reason.CHECKSUM_MISMATCH, refused.reason());
            assertTrue(refused.getMessage().contains(ADD_AGE), refused.getMessage());
            assertTrue(refused.getMessage().contains(where), refused.getMessage());
            assertTrue(refused.getMessage().contains("Nothing was applied"), refused.getMessage());
            assertEquals(
                    List.of("001_initial_schema"),
                    ChainDatabases.query(url, "SELECT id FROM migrata_revisions ORDER BY position"));
            assertEquals(
                    List.of("id", "name"),
                    ChainDatabases.query(
                            url,
                            "SELECT column_name FROM information_schema.columns WHERE table_name = 'users'"
                                    + " ORDER BY ordinal_position"));
            assertEquals(List.of(), migrator.upgrade("001_initial_schema"), "still at revision 1");
        } finally {
            server.dropDatabase(database);
        }
    }

    private static Migrator migrator(String url, ClassLoader loader) throws ReflectiveOperationException {
        MigrationChain chain = (MigrationChain)
                loader.loadClass("app.AppSchemaMigrations").getConstructor().newInstance();
        return Migrator.builder().url(url).chain(chain).build();
    }

    /** The compilation's class output: class files and resources, by path. */
    private Map<String, byte[]> classOutput() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (JavaFileObject file : compilation.generatedFiles()) {
            String path = file.toUri().getPath();
            int at = path.indexOf("/CLASS_OUTPUT/");
            if (at >= 0) {
                try (var in = file.openInputStream()) {
                    files.put(path.substring(at + "/CLASS_OUTPUT/".length()), in.readAllBytes());
                }
            }
        }
        assertTrue(files.containsKey(ADD_AGE), files.keySet()::toString);
        assertFalse(files.containsKey("app/AddAgeMigration.class"), "no class per revision");
        return files;
    }

    /** The file with one byte of its last statement changed (a table name), as a hand edit after the build would. */
    private static byte[] withOneByteChanged(byte[] bytes) {
        byte[] changed = Arrays.copyOf(bytes, bytes.length);
        int at = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1).lastIndexOf("users");
        assertTrue(at > 0);
        changed[at] = 'x';
        return changed;
    }

    private static void writeJar(Path jar, Map<String, byte[]> files) throws IOException {
        try (OutputStream out = Files.newOutputStream(jar);
                JarOutputStream entries = new JarOutputStream(out)) {
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                entries.putNextEntry(new JarEntry(file.getKey()));
                entries.write(file.getValue());
                entries.closeEntry();
            }
        }
    }

    private static void writeDirectory(Path root, Map<String, byte[]> files) throws IOException {
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Path target = root.resolve(file.getKey());
            Files.createDirectories(target.getParent());
            Files.write(target, file.getValue());
        }
    }
}
