package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
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

    /**
     * How long to wait for another migrator's lock: {@code 30s}, {@code 10m}, {@code 500ms}, {@code
     * PT10M} (the CLI's {@code --lock-timeout}; default 10m).
     */
    @Parameter(property = "migrata.lockTimeout")
    String lockTimeout;

    /**
     * How long each migration statement waits for a table lock before its transaction group is rolled
     * back and tried again (the CLI's {@code --ddl-lock-timeout}; default 5s).
     */
    @Parameter(property = "migrata.ddlLockTimeout")
    String ddlLockTimeout;

    /** How often a group whose lock wait ran out is tried again (the CLI's {@code --ddl-lock-retries}; default 5). */
    @Parameter(property = "migrata.ddlLockRetries")
    String ddlLockRetries;

    /**
     * Accept a database that newer code has migrated past this chain's head (upgrade then does nothing)
     * instead of refusing it: for rolling deployments.
     */
    @Parameter(property = "migrata.allowUnknownRevisions", defaultValue = "false")
    boolean allowUnknownRevisions;

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

    /** A migrator for {@code chain} on the resolved database, with the lock settings; does not connect yet. */
    final Migrator.Builder migrator(MigrationChain chain) throws MojoFailureException {
        ConnectionSettings settings = settings();
        database();
        loadDriver();
        Migrator.Builder builder = Migrator.builder()
                .url(settings.url())
                .user(settings.user())
                .password(settings.password())
                .chain(chain);
        return new LockSettings(lockTimeout, ddlLockTimeout, ddlLockRetries, allowUnknownRevisions).applyTo(builder);
    }

    /** The goal's work on the chain. */
    abstract void run(MigrationChain chain) throws MojoExecutionException, MojoFailureException;
}
