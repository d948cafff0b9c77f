package dev.migrata.cli.scaffold;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The sources {@link Scaffold} wrote, in memory until {@link #writeTo(Path)}, and what they could not
 * express.
 */
public final class ScaffoldResult {

    private final List<JavaFile> files;
    private final List<String> notExpressed;
    private final String schemaClass;

    ScaffoldResult(List<JavaFile> files, List<String> notExpressed, String schemaClass) {
        this.files = List.copyOf(files);
        this.notExpressed = List.copyOf(notExpressed);
        this.schemaClass = schemaClass;
    }

    /** Qualified class name → source text, tables first, then enums, the baseline revision and the schema. */
    public Map<String, String> sources() {
        Map<String, String> sources = new LinkedHashMap<>();
        for (JavaFile file : files) {
            sources.put(qualifiedName(file), file.toString());
        }
        return sources;
    }

    /** The qualified name of the {@code @Schema} class. */
    public String schemaClass() {
        return schemaClass;
    }

    /**
     * What the declarations do not express, one sentence each (a view, a trigger, a foreign key over
     * two columns, …); the same sentences are in the Javadoc of the classes they concern.
     */
    public List<String> notExpressed() {
        return notExpressed;
    }

    /**
     * Writes each source under {@code sourceRoot} in its package's folder, refusing before writing
     * anything when one of the files exists already.
     *
     * @return the files written
     * @throws IOException when a file exists or cannot be written
     */
    public List<Path> writeTo(Path sourceRoot) throws IOException {
        List<Path> paths = new ArrayList<>();
        for (JavaFile file : files) {
            paths.add(sourceRoot.resolve(qualifiedName(file).replace('.', '/') + ".java"));
        }
        for (Path path : paths) {
            if (Files.exists(path)) {
                throw new IOException(path + " exists already; scaffold writes only new files");
            }
        }
        for (int i = 0; i < files.size(); i++) {
            Files.createDirectories(paths.get(i).getParent());
            Files.writeString(paths.get(i), files.get(i).toString(), StandardCharsets.UTF_8);
        }
        return paths;
    }

    private static String qualifiedName(JavaFile file) {
        return file.packageName().isEmpty()
                ? file.typeSpec().name()
                : file.packageName() + "." + file.typeSpec().name();
    }
}
