package dev.migrata.bench;

import dev.migrata.schema.model.SchemaModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.ToolProvider;

/**
 * Scenario 3: {@code javac} over a synthetic schema of T tables and R revisions — without the
 * processor ({@code -proc:none}), with it and every revision frozen, and with it generating the head
 * revision's files (the frozen history minus the head); each as a new {@code javac} process (a clean
 * command-line build) and in the bench's warm JVM (a build daemon). One more variant compiles the
 * processor's output without the processor, to tell running it from compiling what it writes. The
 * variants take turns within every round. A last one runs {@link FileCountFloorProcessor}, which
 * writes as many one-line classes as the processor generates: what javac charges any processor that
 * generates that many files.
 */
final class CompileScenario {

    static final String PLAIN = "javac -proc:none";
    static final String GENERATED = "-proc:none + generated sources";
    static final String FROZEN = "processor, all frozen";
    static final String NEW_HEAD = "processor, new head";
    static final String FLOOR = "a processor writing as many one-line classes";
    static final String WARM = " (warm)";

    /** The processor's run-time class path, as its POM declares it. */
    private static final List<String> PROCESSOR_JARS = List.of(
            "migrata-processor",
            "migrata-runtime",
            "migrata-schema",
            "migrata-annotations",
            "javapoet",
            "jackson-core");

    /**
     * One way of compiling the synthetic schema.
     *
     * @param name the column in the report
     * @param inProcess through {@code javax.tools} in the bench's warm JVM, as a build daemon runs
     *     javac, instead of a new {@code javac} process
     * @param processor whether the processor runs
     * @param newHead whether the head revision's files are missing, so the processor generates them
     * @param generatedSources whether the sources the processor would generate are compiled too
     *     (without the processor): separates compiling its output from running it
     * @param floor whether {@link FileCountFloorProcessor} runs instead of Migrata's processor
     */
    record Variant(
            String name,
            boolean inProcess,
            boolean processor,
            boolean newHead,
            boolean generatedSources,
            boolean floor) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant(PLAIN, false, false, false, false, false),
            new Variant(GENERATED, false, false, false, true, false),
            new Variant(FROZEN, false, true, false, false, false),
            new Variant(NEW_HEAD, false, true, true, false, false),
            new Variant(FLOOR, false, false, false, false, true),
            new Variant(PLAIN + WARM, true, false, false, false, false),
            new Variant(FROZEN + WARM, true, true, false, false, false),
            new Variant(NEW_HEAD + WARM, true, true, true, false, false));

    /**
     * One schema size's results.
     *
     * @param tables T
     * @param revisions R
     * @param sourceFiles how many files javac compiles
     * @param generatedFiles how many Java files the processor adds
     * @param frozenBytes the size of the frozen files the processor reads (every snapshot is the whole
     *     model at its revision, so this grows with tables × revisions)
     * @param samples wall milliseconds per variant name
     */
    record Result(int tables, int revisions, int sourceFiles, int generatedFiles, long frozenBytes, Samples samples) {}

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

        // One untimed compile with the processor: proves the frozen history is accepted, and keeps
        // what it generates for the variant that compiles those sources without it.
        Path out = root.resolve("out");
        javac(false, out, argFile, frozen, 0);
        Path generated = root.resolve("generated");
        Files.move(out.resolve("generated"), generated);
        List<String> allSources =
                new ArrayList<>(sources.stream().map(Path::toString).toList());
        int generatedFiles;
        try (Stream<Path> walk = Files.walk(generated)) {
            List<String> files = walk.filter(f -> f.toString().endsWith(".java"))
                    .map(Path::toString)
                    .toList();
            generatedFiles = files.size();
            allSources.addAll(files);
        }
        Path withGenerated = root.resolve("sources-and-generated.txt");
        Files.write(withGenerated, allSources);
        // Untimed warm-up of the in-process compiler before its first timed round.
        for (Variant variant : VARIANTS) {
            if (variant.inProcess()) {
                compile(variant, root, out, argFile, withGenerated, frozen, headId, generatedFiles);
            }
        }

        Samples samples = new Samples();
        for (int round = 0; round < budget.compileRounds(); round++) {
            for (int k = 0; k < VARIANTS.size(); k++) {
                Variant variant = VARIANTS.get((round + k) % VARIANTS.size());
                samples.add(
                        variant.name(),
                        compile(variant, root, out, argFile, withGenerated, frozen, headId, generatedFiles));
            }
        }
        Progress.say("compile %d tables x %d revisions: %d rounds", tables, revisions, budget.compileRounds());
        long frozenBytes;
        try (Stream<Path> files = Files.list(frozen)) {
            frozenBytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        Result result = new Result(tables, revisions, sources.size(), generatedFiles, frozenBytes, samples);
        delete(root);
        return result;
    }

    /** One timed compile; setup and the check of its output are outside the timing. */
    private double compile(
            Variant variant,
            Path root,
            Path out,
            Path argFile,
            Path withGenerated,
            Path frozen,
            String headId,
            int generatedFiles)
            throws Exception {
        delete(out);
        Path migrations = frozen;
        if (variant.newHead()) {
            migrations = root.resolve("newhead");
            delete(migrations);
            copyExcept(frozen, migrations, headId);
        }
        long start = System.nanoTime();
        javac(
                variant.inProcess(),
                out,
                variant.generatedSources() ? withGenerated : argFile,
                variant.processor() ? migrations : null,
                variant.floor() ? generatedFiles : 0);
        double ms = (System.nanoTime() - start) / 1e6;
        if (variant.newHead()
                && !Files.readString(migrations.resolve(headId + ".sql"))
                        .equals(Files.readString(frozen.resolve(headId + ".sql")))) {
            // The generated head must be the one the frozen variant reads, or the two cases differ.
            throw new IllegalStateException("generated head differs from the frozen one in " + migrations);
        }
        return ms;
    }

    /** The processor's model of the head: one compile of the same tables as a one-revision chain. */
    private SchemaModel headModel(Path root, int tables) throws Exception {
        Path boot = root.resolve("boot");
        List<Path> sources = SyntheticSchemaSources.write(boot.resolve("src"), tables, 1);
        Path argFile = boot.resolve("sources.txt");
        Files.write(argFile, sources.stream().map(Path::toString).toList());
        Path migrations = boot.resolve("migrations");
        javac(false, boot.resolve("out"), argFile, migrations, 0);
        return FrozenHistory.readSnapshot(migrations.resolve(SyntheticSchemaSources.revisionId(1) + ".schema.json"));
    }

    /**
     * One javac run: with Migrata's processor when {@code migrations} is given, with {@link
     * FileCountFloorProcessor} writing {@code floorFiles} classes when that is positive, else with
     * {@code -proc:none}.
     */
    private void javac(boolean inProcess, Path out, Path argFile, Path migrations, int floorFiles)
            throws IOException, InterruptedException {
        Files.createDirectories(out);
        List<String> command = new ArrayList<>(List.of(
                "-d",
                out.resolve("classes").toString(),
                "-s",
                out.resolve("generated").toString(),
                "-encoding",
                "UTF-8",
                "-nowarn",
                "-implicit:none",
                "-cp",
                BenchPaths.classPath(List.of(paths.jar("migrata-annotations"), paths.jar("migrata-runtime")))));
        if (floorFiles > 0) {
            command.add("-processorpath");
            command.add(floorProcessorPath().toString());
            command.add("-processor");
            command.add(FileCountFloorProcessor.class.getName());
            command.add("-A" + FileCountFloorProcessor.OPTION_FILES + "=" + floorFiles);
        } else if (migrations == null) {
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
        if (inProcess) {
            java.io.ByteArrayOutputStream output = new java.io.ByteArrayOutputStream();
            int status = ToolProvider.getSystemJavaCompiler().run(null, output, output, command.toArray(new String[0]));
            if (status != 0) {
                throw new IllegalStateException("javac failed:\n" + output);
            }
            return;
        }
        command.add(0, BenchPaths.javaHomeTool("javac").toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (process.waitFor() != 0) {
            throw new IllegalStateException("javac failed:\n" + output);
        }
    }

    /** Where {@link FileCountFloorProcessor} was loaded from: the bench's jar. */
    private static Path floorProcessorPath() {
        try {
            return Path.of(FileCountFloorProcessor.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
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
