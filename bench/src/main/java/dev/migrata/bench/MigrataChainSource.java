package dev.migrata.bench;

import dev.migrata.schema.sql.Checksums;
import dev.migrata.schema.sql.SqlStatement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Writes and compiles a synthetic chain in the shape the processor generates: one final class per
 * revision with its statements and checksums as constants, and one chain class listing them as
 * {@code DeferredMigration}s that create a revision's class, through a switch, only when its
 * statements are needed. A whole-process start then pays the same class loading as an application
 * with N generated revisions.
 */
final class MigrataChainSource {

    static final String PACKAGE = "benchgen";
    static final String CHAIN_CLASS = PACKAGE + ".BenchChain";

    private MigrataChainSource() {}

    /** Writes the sources under {@code sources} and compiles them into {@code classes}. */
    static void compile(List<SyntheticRevisions.Revision> revisions, Path sources, Path classes, String classPath)
            throws IOException {
        Path packageDir = sources.resolve(PACKAGE);
        Files.createDirectories(packageDir);
        Files.createDirectories(classes);
        List<String> files = new ArrayList<>();
        String parentChain = null;
        String parentId = null;
        StringBuilder list = new StringBuilder();
        StringBuilder cases = new StringBuilder();
        int position = 0;
        for (SyntheticRevisions.Revision revision : revisions) {
            String checksum = Checksums.revision(
                    List.of(new SqlStatement(revision.up(), true)), List.of(new SqlStatement(revision.down(), true)));
            String chain = Checksums.chain(parentChain, checksum);
            String className = "R" + revision.id().substring(1);
            Path file = packageDir.resolve(className + ".java");
            Files.writeString(file, revisionClass(className, revision, parentId, checksum, chain));
            files.add(file.toString());
            list.append(list.length() == 0 ? "" : ",\n            ")
                    .append("new DeferredMigration(")
                    .append(className)
                    .append(".ID, ")
                    .append(parentId == null ? "null" : literal(parentId))
                    .append(", ")
                    .append(literal("synthetic " + revision.id()))
                    .append(", ")
                    .append(className)
                    .append(".CHECKSUM, ")
                    .append(className)
                    .append(".CHAIN_CHECKSUM, CLASSES, ")
                    .append(position)
                    .append(")");
            cases.append("                case ")
                    .append(position)
                    .append(" -> new ")
                    .append(className)
                    .append("();\n");
            position++;
            parentChain = chain;
            parentId = revision.id();
        }
        Path chainFile = packageDir.resolve("BenchChain.java");
        Files.writeString(chainFile, chainClass(list.toString(), cases.toString()));
        files.add(chainFile.toString());

        List<String> arguments =
                new ArrayList<>(List.of("-d", classes.toString(), "-cp", classPath, "-proc:none", "-nowarn"));
        arguments.addAll(files);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        int status = javac.run(null, null, null, arguments.toArray(new String[0]));
        if (status != 0) {
            throw new IllegalStateException("javac failed on the synthetic chain in " + sources);
        }
    }

    private static String revisionClass(
            String className, SyntheticRevisions.Revision revision, String parentId, String checksum, String chain) {
        return "package " + PACKAGE + ";\n\n"
                + "import dev.migrata.runtime.Migration;\n"
                + "import dev.migrata.runtime.MigrationStep;\n"
                + "import java.util.List;\n"
                + "import java.util.Optional;\n\n"
                + "public final class " + className + " implements Migration {\n"
                + "    public static final String ID = " + literal(revision.id()) + ";\n"
                + "    public static final String CHECKSUM = " + literal(checksum) + ";\n"
                + "    public static final String CHAIN_CHECKSUM = " + literal(chain) + ";\n"
                + "    private static final List<MigrationStep> UPGRADE_STEPS = List.of(MigrationStep.transactional("
                + literal(revision.up()) + "));\n"
                + "    private static final List<MigrationStep> DOWNGRADE_STEPS = List.of(MigrationStep.transactional("
                + literal(revision.down()) + "));\n"
                + "    @Override public String id() { return ID; }\n"
                + "    @Override public Optional<String> parentId() { return "
                + (parentId == null ? "Optional.empty()" : "Optional.of(" + literal(parentId) + ")") + "; }\n"
                + "    @Override public String message() { return " + literal("synthetic " + revision.id()) + "; }\n"
                + "    @Override public String checksum() { return CHECKSUM; }\n"
                + "    @Override public String chainChecksum() { return CHAIN_CHECKSUM; }\n"
                + "    @Override public List<MigrationStep> upgradeSteps() { return UPGRADE_STEPS; }\n"
                + "    @Override public List<MigrationStep> downgradeSteps() { return DOWNGRADE_STEPS; }\n"
                + "}\n";
    }

    private static String chainClass(String list, String cases) {
        return "package " + PACKAGE + ";\n\n"
                + "import dev.migrata.runtime.DeferredMigration;\n"
                + "import dev.migrata.runtime.Migration;\n"
                + "import dev.migrata.runtime.MigrationChain;\n"
                + "import dev.migrata.runtime.SchemaDefinition;\n"
                + "import java.util.List;\n"
                + "import java.util.function.IntFunction;\n\n"
                + "public final class BenchChain implements MigrationChain {\n"
                + "    private static final IntFunction<Migration> CLASSES = new RevisionClasses();\n"
                + "    private static final List<Migration> MIGRATIONS = List.of(\n            " + list + ");\n"
                + "    @Override public String name() { return \"bench\"; }\n"
                + "    @Override public List<Migration> migrations() { return MIGRATIONS; }\n"
                + "    @Override public SchemaDefinition headSchema() { return new SchemaDefinition(List.of()); }\n"
                + "    private static final class RevisionClasses implements IntFunction<Migration> {\n"
                + "        @Override public Migration apply(int position) {\n"
                + "            return switch (position) {\n"
                + cases
                + "                default -> throw new IllegalArgumentException(\"no revision \" + position);\n"
                + "            };\n"
                + "        }\n"
                + "    }\n"
                + "}\n";
    }

    private static String literal(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
