package dev.migrata.bench;

import dev.migrata.processor.MigrataProcessor;
import dev.migrata.schema.model.SchemaModel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/**
 * Writes a synthetic schema of T tables and a chain of R frozen revisions, for measuring one cold
 * {@code javac} of a long chain by hand (e.g. under {@code /usr/bin/time -v}): the sources, their
 * list in {@code sources.txt} and the frozen history in {@code frozen/}. The head model comes from
 * one in-process compile of the tables as a one-revision chain, as {@link CompileScenario} does.
 *
 * <p>Usage: {@code LongChainSources <directory> <tables> <revisions>}.
 */
public final class LongChainSources {

    private LongChainSources() {}

    /** Writes the files; see the class comment. */
    public static void main(String[] args) throws Exception {
        Path root = Path.of(args[0]);
        int tables = Integer.parseInt(args[1]);
        int revisions = Integer.parseInt(args[2]);
        SchemaModel head = headModel(root.resolve("boot"), tables);
        List<Path> sources = SyntheticSchemaSources.write(root.resolve("src"), tables, revisions);
        Files.write(
                root.resolve("sources.txt"),
                sources.stream().map(Path::toString).toList());
        FrozenHistory.write(root.resolve("frozen"), head, tables, revisions);
    }

    private static SchemaModel headModel(Path boot, int tables) throws Exception {
        List<Path> sources = SyntheticSchemaSources.write(boot.resolve("src"), tables, 1);
        Path migrations = boot.resolve("migrations");
        Path out = Files.createDirectories(boot.resolve("out"));
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, null)) {
            List<String> options = new ArrayList<>(List.of(
                    "-d", out.toString(), "-proc:only", "-Amigrata.dir=" + migrations, "-implicit:none", "-nowarn"));
            JavaCompiler.CompilationTask task =
                    javac.getTask(null, files, null, options, null, files.getJavaFileObjectsFromPaths(sources));
            task.setProcessors(List.of(new MigrataProcessor()));
            if (!task.call()) {
                throw new IllegalStateException("the one-revision compile failed");
            }
        }
        return FrozenHistory.readSnapshot(migrations.resolve(SyntheticSchemaSources.revisionId(1) + ".schema.json"));
    }
}
