package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import java.io.IOException;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * A goal that works on the project's compiled chain ({@code target/classes} and the runtime class
 * path, so run {@code compile} first: {@code mvn compile migrata:upgrade}).
 */
abstract class ChainGoalMojo extends AbstractMigrataMojo {

    /** The chain to use when the project holds several: its {@code @Schema} name. */
    @Parameter(property = "migrata.schema")
    String schema;

    @Override
    final void run() throws MojoExecutionException, MojoFailureException {
        ProjectChain loaded;
        try {
            loaded = ProjectChain.load(project.getRuntimeClasspathElements(), schema);
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("The project's runtime class path is not resolved", e);
        }
        try (ProjectChain projectChain = loaded) {
            run(projectChain.chain());
        } catch (IOException e) {
            getLog().debug("Closing the project's class loader failed: " + e);
        }
    }

    /** The goal's work on the chain. */
    abstract void run(MigrationChain chain) throws MojoExecutionException, MojoFailureException;
}
