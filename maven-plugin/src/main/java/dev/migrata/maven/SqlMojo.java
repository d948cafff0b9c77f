package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:sql}: the offline script from {@code from} to {@code to}, as {@code migrata
 * upgrade --sql} writes it (an upgrade when {@code to} comes after {@code from}, a downgrade
 * otherwise). Needs no database.
 */
@Mojo(name = "sql", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class SqlMojo extends ChainGoalMojo {

    /** Where the script starts: {@code base}, {@code head} or a revision. */
    @Parameter(property = "migrata.from", defaultValue = "base")
    String from;

    /** Where the script ends: {@code head}, {@code base} or a revision. */
    @Parameter(property = "migrata.to", defaultValue = "head")
    String to;

    /** Write a comment where a revision's Java data migration would run, instead of refusing. */
    @Parameter(property = "migrata.allowDataMigrations", defaultValue = "false")
    boolean allowDataMigrations;

    /** The file to write the script to; without one, the script goes to the build log. */
    @Parameter(property = "migrata.sqlFile")
    File outputFile;

    @Override
    void run(MigrationChain chain) throws MojoExecutionException {
        String script = Migrator.builder()
                .offline()
                .chain(chain)
                .allowDataMigrationsInSql(allowDataMigrations)
                .build()
                .sql(from, to);
        if (outputFile == null) {
            info(script);
            return;
        }
        try {
            File parent = outputFile.getAbsoluteFile().getParentFile();
            Files.createDirectories(parent.toPath());
            Files.writeString(outputFile.toPath(), script, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new MojoExecutionException("Cannot write the script to " + outputFile + ": " + e.getMessage(), e);
        }
        getLog().info("Wrote the script " + from + " -> " + to + " to " + outputFile);
    }
}
