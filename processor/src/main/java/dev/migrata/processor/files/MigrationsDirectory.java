package dev.migrata.processor.files;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.util.TreePath;
import com.sun.source.util.Trees;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.TypeElement;

/**
 * Finds the folder holding one schema's revision files: {@code <dir>} when the build passes
 * {@code -Amigrata.dir=<dir>}, else {@code src/main/migrations/<schema name>/} beside
 * the {@code src/main/java} root that holds the {@code @Schema} class's source (for another source
 * set, such as {@code src/test/java}, its own {@code src/test/migrations}).
 */
public final class MigrationsDirectory {

    private MigrationsDirectory() {}

    /**
     * The folder, or empty when no option is given and the source path does not lead to one (the
     * source is in memory, or not under a {@code src/main/java} folder).
     */
    public static Optional<Path> locate(ProcessingEnvironment env, TypeElement schemaClass, String schemaName) {
        String option = env.getOptions().get(ProcessorOptions.DIR);
        if (option != null && !option.isBlank()) {
            return Optional.of(Path.of(option));
        }
        return sourceFile(env, schemaClass)
                .flatMap(MigrationsDirectory::besideSourceRoot)
                .map(root -> root.resolve(schemaName));
    }

    /** Where javac read the class from, when it can tell (not for classes read from class files). */
    public static Optional<URI> sourceUri(ProcessingEnvironment env, TypeElement schemaClass) {
        try {
            TreePath path = Trees.instance(env).getPath(schemaClass);
            CompilationUnitTree unit = path == null ? null : path.getCompilationUnit();
            return Optional.ofNullable(
                    unit == null ? null : unit.getSourceFile().toUri());
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            // Trees only works on javac's own environment; other compilers (or wrappers) need the option.
            return Optional.empty();
        }
    }

    /** The source file of the class as a path, when it is a file on disk. */
    static Optional<Path> sourceFile(ProcessingEnvironment env, TypeElement schemaClass) {
        return sourceUri(env, schemaClass)
                .filter(uri -> "file".equals(uri.getScheme()))
                .map(Path::of);
    }

    /**
     * {@code .../src/main/java/a/b/C.java} → {@code .../src/main/migrations}; any other source set
     * ({@code src/test/java}, {@code src/integrationTest/java}) gets its own {@code migrations}
     * folder the same way. The innermost match wins.
     */
    static Optional<Path> besideSourceRoot(Path sourceFile) {
        for (Path dir = sourceFile.getParent(); dir != null; dir = dir.getParent()) {
            Path sourceSet = dir.getParent();
            Path src = sourceSet == null ? null : sourceSet.getParent();
            if (named(dir, "java") && sourceSet.getFileName() != null && named(src, "src")) {
                return Optional.of(sourceSet.resolve("migrations"));
            }
        }
        return Optional.empty();
    }

    private static boolean named(Path path, String name) {
        return path != null
                && path.getFileName() != null
                && path.getFileName().toString().equals(name);
    }
}
