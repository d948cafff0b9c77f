package dev.migrata.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Where the build put things: the executable jar, the thin jar with only the bench's classes, and
 * {@code lib/} with every dependency jar as Maven resolved it (plus {@code dependency-tree.txt}).
 *
 * @param target the build directory holding {@code migrata-bench.jar}
 */
record BenchPaths(Path target) {

    static BenchPaths locate() {
        try {
            Path jar = Path.of(BenchPaths.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new BenchPaths(jar.getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    Path lib() {
        return target.resolve("lib");
    }

    /** The jar in {@code lib/} whose name is {@code <artifactId>-<version>.jar}. */
    Path jar(String artifactId) {
        try (Stream<Path> files = Files.list(lib())) {
            return files.filter(f -> f.getFileName().toString().matches("\\Q" + artifactId + "\\E-\\d.*\\.jar"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no " + artifactId + " jar in " + lib()));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The jar with only the bench's own classes: the child processes' entry point, nothing else. */
    Path thinJar() {
        try (Stream<Path> files = Files.list(target)) {
            return files.filter(f -> {
                        String name = f.getFileName().toString();
                        return name.startsWith("migrata-bench-") && name.endsWith(".jar");
                    })
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("no thin bench jar in " + target));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    Path dependencyTree() {
        return lib().resolve("dependency-tree.txt");
    }

    static Path javaHomeTool(String name) {
        return Path.of(System.getProperty("java.home"), "bin", name);
    }

    static String classPath(List<Path> entries) {
        List<String> parts = new ArrayList<>();
        for (Path entry : entries) {
            parts.add(entry.toString());
        }
        return String.join(java.io.File.pathSeparator, parts);
    }
}
