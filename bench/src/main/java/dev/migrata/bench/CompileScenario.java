package dev.migrata.bench;

import dev.migrata.schema.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Scenario 3: a cold {@code javac} process over a synthetic schema of T tables and R revisions —
 * without the processor ({@code -proc:none}), with it and every revision frozen, and with it
 * generating the head revision's files (the frozen history minus the head). The three variants
 * take turns within every round.
 */
final class CompileScenario {

    static final String PLAIN = "javac -proc:none";
    static final String FROZEN = "processor, all frozen";
    static final String NEW_HEAD = "processor, new head";

    /** The processor's run-time class path, as its POM declares it. */
    private static final List<String> PROCESSOR_JARS = List.of(
            "migrata-processor", "migrata-schema", "migrata-annotations", "javapoet",
            "jackson-databind", "jackson-core", "jackson-annotations");

    /**
     * One schema size's results.
     *
     * @param tables T
     * @param revisions R
     * @param sourceFiles how many files javac compiles
     * @param samples wall milliseconds per variant
     */
    record Result(int tables, int revisions, int sourceFiles, Samples samples) {}

    private final BenchPaths paths;
    private final Budget budget;
    private final Path work;

    CompileScenario(BenchPaths paths, Budget budget, Path work) {
        this.paths = paths;
        this.budget = budget;
        this.work = work;
    }

    Result run(int tables, int revisions) throws Exception {
        Path root = Files.createDirectories(work.resolve("compile-" + tables + "x" + revisions));
        SchemaModel head = headModel(root, tables);
        List<Path> sources = SyntheticSchemaSources.write(root.resolve("src"), tables, revisions);
        Path frozen = root.resolve("frozen");
        FrozenHistory.write(frozen, head, tables, revisions);
        String headId = SyntheticSchemaSources.revisionId(revisions);
        Path argFile = root.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());

        Samples samples = new Samples();
        List<String> variants = List.of(PLAIN, FROZEN, NEW_HEAD);
        for (int round = 0; round < budget.compileRounds(); round++) {
            for (int k = 0; k < variants.size(); k++) {
                String variant = variants.get((round + k) % variants.size());
                Path out = root.resolve("out");
                delete(out);
                Path migrations = frozen;
                if (variant.equals(NEW_HEAD)) {
                    migrations = root.resolve("newhead");
                    delete(migrations);
                    copyExcept(frozen, migrations, headId);
                }
                long start = System.nanoTime();
                javac(out, argFile, variant.equals(PLAIN) ? null : migrations);
                samples.add(variant, (System.nanoTime() - start) / 1e6);
                if (variant.equals(NEW_HEAD)) {
                    // The generated head must be the one the frozen variant reads, or the two cases differ.
                    if (!Files.readString(migrations.resolve(headId + ".sql")).equals(Files.readString(frozen.resolve(headId + ".sql")))) {
                        throw new IllegalStateException("generated head differs from the frozen one in " + migrations);
                    }
                }
            }
        }
        Progress.say("compile %d tables x %d revisions: %d rounds", tables, revisions, budget.compileRounds());
        Result result = new Result(tables, revisions, sources.size(), samples);
        delete(root);
        return result;
    }

    /** The processor's model of the head: one compile of the same tables as a one-revision chain. */
    private SchemaModel headModel(Path root, int tables) throws Exception {
        Path boot = root.resolve("boot");
        List<Path> sources = SyntheticSchemaSources.write(boot.resolve("src"), tables, 1);
        Path argFile = boot.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());
        Path migrations = boot.resolve("migrations");
        javac(boot.resolve("out"), argFile, migrations);
        return FrozenHistory.readSnapshot(migrations.resolve(SyntheticSchemaSources.revisionId(1) + ".schema.json"));
    }

    private void javac(Path out, Path argFile, Path migrations) throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                BenchPaths.javaHomeTool("javac").toString(),
                "-d", out.resolve("classes").toString(),
                "-s", out.resolve("generated").toString(),
                "-encoding", "UTF-8", "-nowarn", "-implicit:none",
                "-cp", BenchPaths.classPath(List.of(paths.jar("migrata-annotations"), paths.jar("migrata-runtime")))));
        if (migrations == null) {
            command.add("-proc:none");
        } else {
            List<Path> processor = new ArrayList<>();
            for (String artifact : PROCESSOR_JARS) {
                processor.add(paths.jar(artifact));
            }
            command.add("-processorpath");
            command.add(BenchPaths.classPath(processor));
            command.add("-Amigrata.dir=" + migrations);
        }
        command.add("@" + argFile);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("javac failed:\n" + output);
        }
    }

    private static void copyExcept(Path from, Path to, String revisionId) throws IOException {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (!file.getFileName().toString().startsWith(revisionId + ".")) {
                    Files.copy(file, to.resolve(file.getFileName()));
                }
            }
        }
    }

    static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
