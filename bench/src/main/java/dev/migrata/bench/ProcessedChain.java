package dev.migrata.bench;

import dev.migrata.processor.MigrataProcessor;
import dev.migrata.processor.files.MalformedRevisionFileException;
import dev.migrata.processor.files.RevisionSqlFile;
import dev.migrata.schema.model.SchemaModel;
import dev.migrata.schema.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * A synthetic schema of T tables and a chain of R frozen revisions ({@link SyntheticSchemaSources},
 * {@link FrozenHistory}) as Migrata's own processor compiles it: the sources, their list for javac,
 * the frozen history, and on request the classes and revision resources the processor writes. The
 * head model comes from one compile of the tables as a one-revision chain.
 *
 * @param sources the source files
 * @param argFile their list, one path a line, for {@code javac @argFile}
 * @param frozen the frozen revision files of every revision
 * @param classPath what the sources compile against: Migrata's annotations and runtime
 */
record ProcessedChain(List<Path> sources, Path argFile, Path frozen, String classPath) {

    /** The chain class the processor generates for the synthetic schema. */
    static final String CHAIN_CLASS = SyntheticSchemaSources.PACKAGE + ".BenchSchemaMigrations";

    /** Writes the sources, their list and the frozen history of T tables and R revisions under {@code root}. */
    static ProcessedChain write(Path root, int tables, int revisions, BenchPaths paths)
            throws IOException, MalformedRevisionFileException {
        String classPath =
                BenchPaths.classPath(List.of(paths.jar("migrata-annotations"), paths.jar("migrata-runtime")));
        SchemaModel head = headModel(root.resolve("boot"), tables, classPath);
        List<Path> sources = SyntheticSchemaSources.write(root.resolve("src"), tables, revisions);
        Path argFile = root.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());
        Path frozen = root.resolve("frozen");
        FrozenHistory.write(frozen, head, tables, revisions);
        return new ProcessedChain(sources, argFile, frozen, classPath);
    }

    /**
     * Compiles the sources with Migrata's processor into {@code classes}: the chain class, the
     * metamodels and the revision files under {@code META-INF/migrata/}, as an application's build
     * leaves them.
     */
    void compile(Path classes) throws IOException {
        compile(sources, frozen, classes, classPath, false);
    }

    /**
     * Each revision's upgrade statements, read from its frozen file, root first: what the runtime
     * applies for it.
     */
    List<List<String>> upgradeStatements(int revisions) throws IOException, MalformedRevisionFileException {
        List<List<String>> all = new ArrayList<>(revisions);
        for (int r = 1; r <= revisions; r++) {
            String id = SyntheticSchemaSources.revisionId(r);
            RevisionSqlFile file = RevisionSqlFile.parse(Files.readString(frozen.resolve(id + ".sql")));
            all.add(file.upgrade().stream().map(SqlStatement::sql).toList());
        }
        return all;
    }

    /** The processor's model of the head: one compile of the same tables as a one-revision chain. */
    private static SchemaModel headModel(Path boot, int tables, String classPath)
            throws IOException, MalformedRevisionFileException {
        List<Path> sources = SyntheticSchemaSources.write(boot.resolve("src"), tables, 1);
        Path migrations = boot.resolve("migrations");
        compile(sources, migrations, Files.createDirectories(boot.resolve("out")), classPath, true);
        return FrozenHistory.readSnapshot(migrations.resolve(SyntheticSchemaSources.revisionId(1) + ".schema.json"));
    }

    private static void compile(List<Path> sources, Path migrations, Path classes, String classPath, boolean procOnly)
            throws IOException {
        Files.createDirectories(classes);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(
                    List.of("-d", classes.toString(), "-Amigrata.dir=" + migrations, "-implicit:none", "-nowarn"));
            if (procOnly) {
                options.add("-proc:only");
            }
            options.addAll(List.of("-cp", classPath));
            JavaCompiler.CompilationTask task =
                    javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new MigrataProcessor()));
            if (!task.call()) {
                throw new IllegalStateException("the synthetic schema in " + migrations + " failed to compile");
            }
        }
    }
}
