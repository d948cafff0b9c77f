package dev.migrata.bench;

import dev.migrata.processor.files.MalformedRevisionFileException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One chain of N revisions written out for every contender. Migrata's is a synthetic schema compiled
 * by Migrata's own processor ({@link ProcessedChain}): its chain class, metamodels and revision
 * resources, loaded from outside the bench's jar as an application's are. Flyway's {@code
 * V<n>__<id>.sql} files, Liquibase's formatted-SQL changelog and the plain script that {@code psql}
 * runs as the floor carry the upgrade statements of Migrata's frozen revision files, in the same
 * order.
 *
 * @param revisions each revision's upgrade statements, root first
 * @param flyway Flyway's location
 * @param liquibase the directory holding Liquibase's changelog
 * @param migrataClasses the processor's output: classes and {@code META-INF/migrata/} resources
 * @param psqlScript the statements as one script
 */
record Workspace(List<List<String>> revisions, Path flyway, Path liquibase, Path migrataClasses, Path psqlScript) {

    /**
     * At most this many tables: every snapshot in the frozen history is the whole model at its
     * revision, so the history grows with tables × revisions. Beyond this many revisions, a revision
     * adds no table and is empty, in every tool alike.
     */
    static final int MAX_TABLES = 100;

    static Workspace create(Path root, int count, BenchPaths paths) throws IOException, MalformedRevisionFileException {
        ProcessedChain chain = ProcessedChain.write(root.resolve("migrata"), Math.min(count, MAX_TABLES), count, paths);
        Path classes = root.resolve("migrata-classes");
        chain.compile(classes);
        List<List<String>> revisions = chain.upgradeStatements(count);

        Path flyway = Files.createDirectories(root.resolve("flyway"));
        Path liquibase = Files.createDirectories(root.resolve("liquibase"));
        StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n\n");
        StringBuilder script = new StringBuilder();
        for (int r = 1; r <= revisions.size(); r++) {
            String id = SyntheticSchemaSources.revisionId(r);
            String statements = script(revisions.get(r - 1));
            Files.writeString(flyway.resolve("V" + r + "__" + id + ".sql"), statements);
            changelog
                    .append("--changeset bench:")
                    .append(id)
                    .append('\n')
                    .append(statements)
                    .append('\n');
            script.append(statements);
        }
        Files.writeString(liquibase.resolve(LiquibaseTool.CHANGELOG), changelog);
        Path psqlScript = root.resolve("all.sql");
        Files.writeString(psqlScript, script);
        return new Workspace(revisions, flyway, liquibase, classes, psqlScript);
    }

    /**
     * A revision's statements, one per line with its semicolon; an empty revision is a comment, which
     * Flyway and Liquibase record as applied without running a statement, as Migrata does.
     */
    private static String script(List<String> statements) {
        if (statements.isEmpty()) {
            return "-- no change\n";
        }
        StringBuilder text = new StringBuilder();
        for (String statement : statements) {
            text.append(statement).append(";\n");
        }
        return text.toString();
    }
}
