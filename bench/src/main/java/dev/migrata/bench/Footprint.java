package dev.migrata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Scenario 4's static half: the jars an application ships for each tool (JDBC driver excluded). */
final class Footprint {

    /**
     * One tool's jars.
     *
     * @param tool the tool
     * @param jars how many jars, its own included
     * @param bytes their total size
     * @param ownBytes the size of the declared artifacts alone
     */
    record Result(String tool, int jars, long bytes, long ownBytes) {}

    private Footprint() {}

    static Result of(String tool, BenchPaths paths) throws IOException {
        List<Path> jars = ToolJars.of(tool, paths);
        long total = 0;
        long own = 0;
        for (Path jar : jars) {
            long size = Files.size(jar);
            total += size;
            for (String declared : ToolJars.DECLARED.get(tool)) {
                if (jar.getFileName().toString().startsWith(declared + "-")) {
                    own += size;
                }
            }
        }
        return new Result(tool, jars.size(), total, own);
    }
}
