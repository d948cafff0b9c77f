package dev.migrata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The jars each tool brings into an application, read from the bench's resolved dependency tree:
 * a tool is its top-level artifacts and everything below them. The JDBC driver is left out: every
 * tool needs the same one.
 */
final class ToolJars {

    /** Top-level artifact ids per tool, as an application would declare them. */
    static final Map<String, List<String>> DECLARED = new LinkedHashMap<>();

    static {
        DECLARED.put("Migrata", List.of("migrata-runtime"));
        DECLARED.put("Flyway", List.of("flyway-core", "flyway-database-postgresql"));
        DECLARED.put("Liquibase", List.of("liquibase-core"));
    }

    private ToolJars() {}

    /** The tool's jars in {@code lib/}, declared artifacts first. */
    static List<Path> of(String tool, BenchPaths paths) throws IOException {
        List<String> declared = DECLARED.get(tool);
        List<Path> jars = new ArrayList<>();
        boolean inside = false;
        for (String line : Files.readAllLines(paths.dependencyTree())) {
            boolean topLevel = line.startsWith("+- ") || line.startsWith("\\- ");
            if (!topLevel && !line.startsWith("|") && !line.startsWith(" ")) {
                continue;
            }
            String coordinates = line.replaceFirst("^[|+\\\\\\- ]+", "");
            String[] parts = coordinates.split(":");
            if (parts.length < 5) {
                continue;
            }
            if (topLevel) {
                inside = declared.contains(parts[1]);
            }
            String scope = parts[parts.length - 1].replaceAll("\\s.*", "");
            if (inside && !scope.equals("test")) {
                jars.add(paths.lib().resolve(parts[1] + "-" + parts[3] + ".jar"));
            }
        }
        return jars;
    }
}
