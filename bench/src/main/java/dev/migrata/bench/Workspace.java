package dev.migrata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One chain of N revisions written out for every contender: Flyway's {@code V<n>__<id>.sql} files,
 * Liquibase's formatted-SQL changelog, Migrata's compiled chain classes and the plain script that
 * {@code psql} runs as the floor. All four carry the same statements in the same order.
 *
 * @param revisions the chain
 * @param flyway Flyway's location
 * @param liquibase the directory holding Liquibase's changelog
 * @param migrataClasses compiled {@code benchgen} classes
 * @param psqlScript the statements as one script
 */
record Workspace(
        List<SyntheticRevisions.Revision> revisions,
        Path flyway,
        Path liquibase,
        Path migrataClasses,
        Path psqlScript) {

    static Workspace create(Path root, int count, BenchPaths paths) throws IOException {
        List<SyntheticRevisions.Revision> revisions = SyntheticRevisions.of(count);
        Path flyway = Files.createDirectories(root.resolve("flyway"));
        Path liquibase = Files.createDirectories(root.resolve("liquibase"));
        StringBuilder changelog = new StringBuilder("--liquibase formatted sql\n\n");
        StringBuilder script = new StringBuilder();
        for (SyntheticRevisions.Revision revision : revisions) {
            Files.writeString(
                    flyway.resolve("V" + revision.number() + "__" + revision.id() + ".sql"), revision.up() + ";\n");
            changelog
                    .append("--changeset bench:")
                    .append(revision.id())
                    .append('\n')
                    .append(revision.up())
                    .append(";\n\n");
            script.append(revision.up()).append(";\n");
        }
        Files.writeString(liquibase.resolve(LiquibaseTool.CHANGELOG), changelog);
        Path psqlScript = root.resolve("all.sql");
        Files.writeString(psqlScript, script);
        Path classes = root.resolve("migrata-classes");
        MigrataChainSource.compile(
                revisions,
                root.resolve("migrata-src"),
                classes,
                paths.jar("migrata-runtime").toString());
        return new Workspace(revisions, flyway, liquibase, classes, psqlScript);
    }
}
