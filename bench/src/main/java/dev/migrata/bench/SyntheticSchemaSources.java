package dev.migrata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Java sources of a synthetic schema with T tables and R revisions: one {@code @Table} record per
 * file, the revision chain as nested classes of {@code Revisions}, and the {@code @Schema} root. Table
 * {@code j} arrives in revision {@link #revisionOf}, so every revision adds at least one table.
 */
final class SyntheticSchemaSources {

    static final String PACKAGE = "benchschema";
    static final String SCHEMA_NAME = "bench";

    private SyntheticSchemaSources() {}

    /** The 1-based revision that introduces 1-based table {@code table}. */
    static int revisionOf(int table, int tables, int revisions) {
        return (int) ((long) (table - 1) * revisions / tables) + 1;
    }

    static String tableName(int table) {
        return String.format("t%04d", table);
    }

    static String revisionId(int revision) {
        return String.format("r%04d", revision);
    }

    /** Writes the sources and returns the files, for javac's command line. */
    static List<Path> write(Path root, int tables, int revisions) throws IOException {
        Path dir = Files.createDirectories(root.resolve(PACKAGE));
        List<Path> files = new ArrayList<>();
        for (int t = 1; t <= tables; t++) {
            String type = "T" + tableName(t).substring(1);
            Path file = dir.resolve(type + ".java");
            Files.writeString(
                    file,
                    "package " + PACKAGE + ";\n\n"
                            + "import dev.migrata.annotations.Column;\n"
                            + "import dev.migrata.annotations.Table;\n"
                            + "import java.time.Instant;\n\n"
                            + "/** Synthetic table " + t + ". */\n"
                            + "@Table(name = \"" + tableName(t) + "\")\n"
                            + "public record " + type + "(\n"
                            + "        @Column(primaryKey = true) long id,\n"
                            + "        @Column(nullable = false, length = 200) String name,\n"
                            + "        int qty,\n"
                            + "        String note,\n"
                            + "        @Column(defaultValue = \"now()\") Instant createdAt) {}\n");
            files.add(file);
        }
        StringBuilder chain = new StringBuilder("package " + PACKAGE + ";\n\n"
                + "import dev.migrata.annotations.Revision;\n\n"
                + "/** The synthetic chain. */\n"
                + "public final class Revisions {\n"
                + "    private Revisions() {}\n");
        for (int r = 1; r <= revisions; r++) {
            chain.append("\n    @Revision(id = \"")
                    .append(revisionId(r))
                    .append("\", ")
                    .append(r == 1 ? "" : "parent = R" + revisionId(r - 1).substring(1) + ".class, ")
                    .append("message = \"")
                    .append(message(r))
                    .append("\")\n")
                    .append("    public static final class R")
                    .append(revisionId(r).substring(1))
                    .append(" {}\n");
        }
        chain.append("}\n");
        Path revisionsFile = dir.resolve("Revisions.java");
        Files.writeString(revisionsFile, chain);
        files.add(revisionsFile);
        files.add(writeSchemaRoot(root, tables, revisions, false));
        return files;
    }

    /**
     * Writes {@code BenchSchema}, the {@code @Schema} class over every table with the last revision
     * as head, under {@code root}; {@code metamodel} is its {@code @Schema(metamodel)}.
     */
    static Path writeSchemaRoot(Path root, int tables, int revisions, boolean metamodel) throws IOException {
        StringBuilder tableList = new StringBuilder();
        for (int t = 1; t <= tables; t++) {
            tableList
                    .append(t == 1 ? "" : ",\n            ")
                    .append("T" + tableName(t).substring(1))
                    .append(".class");
        }
        Path schemaFile = Files.createDirectories(root.resolve(PACKAGE)).resolve("BenchSchema.java");
        Files.writeString(
                schemaFile,
                "package " + PACKAGE + ";\n\n"
                        + "import dev.migrata.annotations.Schema;\n\n"
                        + "/** The synthetic schema root. */\n"
                        + "@Schema(name = \"" + SCHEMA_NAME + "\", head = Revisions.R"
                        + revisionId(revisions).substring(1) + ".class,"
                        + (metamodel ? " metamodel = true," : "")
                        + " tables = {\n            " + tableList + "})\n"
                        + "public final class BenchSchema {}\n");
        return schemaFile;
    }

    static String message(int revision) {
        return "synthetic revision " + revision;
    }
}
