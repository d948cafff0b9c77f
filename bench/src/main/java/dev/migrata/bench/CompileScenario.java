package dev.migrata.bench;

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
 * command-line build) and in the bench's warm JVM (a build daemon). Two {@link FloorProcessor}
 * variants split the cold overhead into what any processor costs, what javac charges for compiling
 * and writing Migrata's output (the chain class, the metamodels and the revision files copied to
 * {@code META-INF/migrata/}, replayed by a processor that does nothing else), and what is
 * left: Migrata's own work, which {@link TimedMigrataProcessor} also measures from inside the same
 * compiles. The variants take turns within every round.
 */
final class CompileScenario {

    static final String PLAIN = "javac -proc:none";
    static final String FROZEN = "processor, all frozen";
    static final String NEW_HEAD = "processor, new head";
    static final String FROZEN_METAMODEL = "processor, all frozen, with the metamodel";
    static final String ANY_PROCESSOR = "a processor writing nothing";
    static final String ONE_CLASS = "a processor writing one empty class";
    static final String REPLAY = "a processor writing Migrata's output";
    static final String WARM = " (warm)";
    static final String INSIDE = ", inside Migrata";

    /** Where the processor copies the frozen revision files, in the class output. */
    private static final String RESOURCE_ROOT = "META-INF";

    /** The processor's run-time class path, as its POM declares it. */
    private static final List<String> PROCESSOR_JARS = List.of(
            "migrata-processor",
            "migrata-runtime",
            "migrata-schema",
            "migrata-annotations",
            "javapoet",
            "jackson-core");

    /** What javac runs with. */
    enum Processing {
        /** {@code -proc:none}. */
        NONE,
        /** Migrata's processor, every revision frozen. */
        MIGRATA_FROZEN,
        /** Migrata's processor, the head revision's files missing, so it generates them. */
        MIGRATA_NEW_HEAD,
        /** Migrata's processor, every revision frozen, the schema asking for {@code @Schema(metamodel = true)}. */
        MIGRATA_FROZEN_METAMODEL,
        /** {@link FloorProcessor} writing nothing. */
        FLOOR_NOTHING,
        /** {@link FloorProcessor} writing one empty class: the extra round any generated source costs. */
        FLOOR_ONE_CLASS,
        /** {@link FloorProcessor} writing Migrata's output of the untimed compile again. */
        FLOOR_REPLAY
    }

    /**
     * One way of compiling the synthetic schema.
     *
     * @param name the column in the report
     * @param inProcess through {@code javax.tools} in the bench's warm JVM, as a build daemon runs
     *     javac, instead of a new {@code javac} process
     * @param processing the processor javac runs, if any
     */
    record Variant(String name, boolean inProcess, Processing processing) {}

    static final List<Variant> VARIANTS = List.of(
            new Variant(PLAIN, false, Processing.NONE),
            new Variant(FROZEN, false, Processing.MIGRATA_FROZEN),
            new Variant(NEW_HEAD, false, Processing.MIGRATA_NEW_HEAD),
            new Variant(FROZEN_METAMODEL, false, Processing.MIGRATA_FROZEN_METAMODEL),
            new Variant(ANY_PROCESSOR, false, Processing.FLOOR_NOTHING),
            new Variant(ONE_CLASS, false, Processing.FLOOR_ONE_CLASS),
            new Variant(REPLAY, false, Processing.FLOOR_REPLAY),
            new Variant(PLAIN + WARM, true, Processing.NONE),
            new Variant(FROZEN + WARM, true, Processing.MIGRATA_FROZEN),
            new Variant(NEW_HEAD + WARM, true, Processing.MIGRATA_NEW_HEAD));

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
        ProcessedChain chain = ProcessedChain.write(root, tables, revisions, paths);
        List<Path> sources = chain.sources();
        Path frozen = chain.frozen();
        Path argFile = chain.argFile();
        // The same sources, but for a schema root that asks for the table metamodels.
        Path metamodelRoot =
                SyntheticSchemaSources.writeSchemaRoot(root.resolve("src-metamodel"), tables, revisions, true);
        Path metamodelArgFile = root.resolve("sources-metamodel.txt");
        Files.write(
                metamodelArgFile,
                sources.stream()
                        .map(f -> f.getFileName().equals(metamodelRoot.getFileName()) ? metamodelRoot : f)
                        .map(Path::toString)
                        .toList());

        // One untimed compile with the processor: proves the frozen history is accepted, and keeps
        // what it generates for the floor that replays it.
        Path out = root.resolve("out");
        javac(false, out, argFile, migrata(frozen));
        Path generated = root.resolve("generated");
        Files.move(out.resolve("generated"), generated);
        Path resources = root.resolve("resources");
        Files.createDirectories(resources);
        Files.move(out.resolve("classes").resolve(RESOURCE_ROOT), resources.resolve(RESOURCE_ROOT));
        int generatedFiles = javaFiles(generated);
        int resourceFiles = regularFiles(resources);
        Schema schema = new Schema(
                root,
                out,
                argFile,
                metamodelArgFile,
                frozen,
                SyntheticSchemaSources.revisionId(revisions),
                generated,
                generatedFiles,
                resources,
                resourceFiles);
        // Untimed warm-up of the in-process compiler before its first timed round.
        for (Variant variant : VARIANTS) {
            if (variant.inProcess()) {
                compile(variant, schema, new Samples());
            }
        }

        Samples samples = new Samples();
        int rounds = budget.compileRounds(tables, revisions);
        for (int round = 0; round < rounds; round++) {
            for (int k = 0; k < VARIANTS.size(); k++) {
                Variant variant = VARIANTS.get((round + k) % VARIANTS.size());
                samples.add(variant.name(), compile(variant, schema, samples));
            }
        }
        Progress.say("compile %d tables x %d revisions: %d rounds", tables, revisions, rounds);
        long frozenBytes;
        try (Stream<Path> files = Files.list(frozen)) {
            frozenBytes = files.mapToLong(f -> f.toFile().length()).sum();
        }
        Result result = new Result(tables, revisions, sources.size(), generatedFiles, frozenBytes, samples);
        delete(root);
        return result;
    }

    /**
     * One synthetic schema on disk, ready to compile.
     *
     * @param root its work folder
     * @param out where each compile writes classes and generated sources (emptied before each)
     * @param argFile javac's list of the sources
     * @param metamodelArgFile the same list, with a schema root that asks for the table metamodels
     * @param frozen the frozen revision files of every revision
     * @param headId the head revision's id
     * @param generated what the processor generated in the untimed compile
     * @param generatedFiles how many Java files that is
     * @param resources the revision files it copied to the class output, under {@code META-INF/}
     * @param resourceFiles how many files that is
     */
    private record Schema(
            Path root,
            Path out,
            Path argFile,
            Path metamodelArgFile,
            Path frozen,
            String headId,
            Path generated,
            int generatedFiles,
            Path resources,
            int resourceFiles) {}

    /** One timed compile; setup and the check of its output are outside the timing. */
    private double compile(Variant variant, Schema schema, Samples samples) throws Exception {
        delete(schema.out());
        Path migrations = schema.frozen();
        if (variant.processing() == Processing.MIGRATA_NEW_HEAD) {
            migrations = schema.root().resolve("newhead");
            delete(migrations);
            copyExcept(schema.frozen(), migrations, schema.headId());
        }
        Path inside = schema.root().resolve("inside-migrata.txt");
        Files.deleteIfExists(inside);
        List<String> processing = processing(variant.processing(), schema, migrations, inside);
        Path argFile = variant.processing() == Processing.MIGRATA_FROZEN_METAMODEL
                ? schema.metamodelArgFile()
                : schema.argFile();
        long start = System.nanoTime();
        javac(variant.inProcess(), schema.out(), argFile, processing);
        double ms = (System.nanoTime() - start) / 1e6;
        if (Files.exists(inside)) {
            samples.add(variant.name() + INSIDE, Double.parseDouble(Files.readString(inside)));
        }
        if (variant.processing() == Processing.MIGRATA_NEW_HEAD
                && !Files.readString(migrations.resolve(schema.headId() + ".sql"))
                        .equals(Files.readString(schema.frozen().resolve(schema.headId() + ".sql")))) {
            // The generated head must be the one the frozen variant reads, or the two cases differ.
            throw new IllegalStateException("generated head differs from the frozen one in " + migrations);
        }
        if (variant.processing() == Processing.MIGRATA_FROZEN_METAMODEL
                && !Files.exists(schema.out()
                        .resolve("generated")
                        .resolve(SyntheticSchemaSources.PACKAGE)
                        .resolve("BenchSchemaTables.java"))) {
            // Without its metamodel class this variant would measure the default again.
            throw new IllegalStateException(variant.name() + " wrote no BenchSchemaTables");
        }
        if (variant.processing() == Processing.FLOOR_REPLAY
                && (javaFiles(schema.out().resolve("generated")) != schema.generatedFiles()
                        || regularFiles(schema.out().resolve("classes").resolve(RESOURCE_ROOT))
                                != schema.resourceFiles())) {
            // The replay must write all of Migrata's output, or it is not its floor.
            throw new IllegalStateException(
                    "the replay wrote other files than " + schema.generated() + " and " + schema.resources());
        }
        if (variant.processing() != Processing.NONE
                && variant.processing() != Processing.FLOOR_NOTHING
                && variant.processing() != Processing.FLOOR_ONE_CLASS
                && regularFiles(schema.out().resolve("classes").resolve(RESOURCE_ROOT)) != schema.resourceFiles()) {
            // Every variant that stands for Migrata's output must leave all its revision resources.
            throw new IllegalStateException(variant.name() + " did not write every revision resource");
        }
        return ms;
    }

    /**
     * javac's options for the processing a variant runs: a processor path and its options, or none.
     * Migrata runs behind {@link TimedMigrataProcessor}, which writes its own time to {@code inside}.
     */
    private List<String> processing(Processing processing, Schema schema, Path migrations, Path inside) {
        switch (processing) {
            case NONE:
                return List.of("-proc:none");
            case MIGRATA_FROZEN:
            case MIGRATA_NEW_HEAD:
            case MIGRATA_FROZEN_METAMODEL:
                return List.of(
                        "-processorpath",
                        paths.thinJar() + java.io.File.pathSeparator + migrataPath(),
                        "-processor",
                        TimedMigrataProcessor.class.getName(),
                        "-A" + TimedMigrataProcessor.OPTION_OUT + "=" + inside,
                        "-Amigrata.dir=" + migrations);
            case FLOOR_NOTHING:
                return floor();
            case FLOOR_ONE_CLASS:
                return floor("-A" + FloorProcessor.OPTION_ONE_CLASS + "=true");
            case FLOOR_REPLAY:
                return floor(
                        "-A" + FloorProcessor.OPTION_REPLAY + "=" + schema.generated(),
                        "-A" + FloorProcessor.OPTION_RESOURCES + "=" + schema.resources());
            default:
                throw new IllegalStateException(processing.toString());
        }
    }

    /**
     * Migrata's processor as an application's build runs it — found on its processor path — reading
     * and writing {@code migrations}.
     */
    private List<String> migrata(Path migrations) {
        return List.of("-processorpath", migrataPath(), "-Amigrata.dir=" + migrations);
    }

    /** The processor's jar and its run-time dependencies. */
    private String migrataPath() {
        List<Path> processor = new ArrayList<>();
        for (String artifact : PROCESSOR_JARS) {
            processor.add(paths.jar(artifact));
        }
        return BenchPaths.classPath(processor);
    }

    /** {@link FloorProcessor}, from the bench's own classes, with the given options. */
    private List<String> floor(String... options) {
        List<String> all = new ArrayList<>(
                List.of("-processorpath", paths.thinJar().toString(), "-processor", FloorProcessor.class.getName()));
        all.addAll(List.of(options));
        return all;
    }

    /** One javac run over the sources in {@code argFile} with the given processing options. */
    private void javac(boolean inProcess, Path out, Path argFile, List<String> processing)
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
        command.addAll(processing);
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

    private static int javaFiles(Path folder) throws IOException {
        try (Stream<Path> walk = Files.walk(folder)) {
            return (int) walk.filter(f -> f.toString().endsWith(".java")).count();
        }
    }

    private static int regularFiles(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> walk = Files.walk(folder)) {
            return (int) walk.filter(Files::isRegularFile).count();
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
