package dev.migrata.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.StandardLocation;

/**
 * The floors of the compile scenario: an annotation processor that claims Migrata's annotations and
 * does none of Migrata's work. What javac charges for it is what any processor costs, so the
 * difference to Migrata's processor is Migrata's own. In its first round it writes:
 *
 * <ul>
 *   <li>nothing, by default: the cost of running a processor at all (javac keeps every tree for
 *       another round and enters the sources once more);
 *   <li>{@code -Abench.floor.oneClass=true}: one empty class — the cost of the extra round that any
 *       generated source file makes javac run, in which it enters every source once more;
 *   <li>{@code -Abench.floor.replay=<dir>}: every Java file under {@code dir} — Migrata's output of
 *       an earlier compile, byte for byte — what javac charges for compiling that output through a
 *       processor round;
 *   <li>with it, {@code -Abench.floor.resources=<dir>}: every file under {@code dir} as a class
 *       output resource at the same relative path — the revision files Migrata copies to {@code
 *       META-INF/migrata/<schema>/}, so the replay writes all of Migrata's output.
 * </ul>
 */
public final class FloorProcessor extends AbstractProcessor {

    /** The folder whose Java files to write again. */
    static final String OPTION_REPLAY = "bench.floor.replay";

    /** Write one empty class, nothing else. */
    static final String OPTION_ONE_CLASS = "bench.floor.oneClass";

    /** The folder whose files to write again as class output resources. */
    static final String OPTION_RESOURCES = "bench.floor.resources";

    private boolean written;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("dev.migrata.annotations.*");
    }

    @Override
    public Set<String> getSupportedOptions() {
        return Set.of(OPTION_ONE_CLASS, OPTION_REPLAY, OPTION_RESOURCES);
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        if (written || round.processingOver()) {
            return false;
        }
        written = true;
        try {
            if (Boolean.parseBoolean(processingEnv.getOptions().get(OPTION_ONE_CLASS))) {
                write("bench.floor.Empty", "package bench.floor;\n\nfinal class Empty {}\n");
            }
            String replay = processingEnv.getOptions().get(OPTION_REPLAY);
            if (replay != null) {
                replay(Path.of(replay));
            }
            String resources = processingEnv.getOptions().get(OPTION_RESOURCES);
            if (resources != null) {
                replayResources(Path.of(resources));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return false;
    }

    private void replay(Path root) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        for (Path source : sources) {
            String relative = root.relativize(source).toString();
            String typeName = relative.substring(0, relative.length() - ".java".length())
                    .replace(source.getFileSystem().getSeparator(), ".");
            write(typeName, Files.readString(source));
        }
    }

    private void replayResources(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file)
                    .toString()
                    .replace(file.getFileSystem().getSeparator(), "/");
            try (OutputStream out = processingEnv
                    .getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", relative)
                    .openOutputStream()) {
                out.write(Files.readAllBytes(file));
            }
        }
    }

    private void write(String typeName, String text) throws IOException {
        try (Writer writer = processingEnv.getFiler().createSourceFile(typeName).openWriter()) {
            writer.write(text);
        }
    }
}
