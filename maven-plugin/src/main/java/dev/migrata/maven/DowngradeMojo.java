package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile migrata:downgrade -Dmigrata.target=-1}: reverts revisions down to {@code
 * target}, which stays applied; one {@code Running downgrade A -> B} line per revision.
 */
@Mojo(name = "downgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class DowngradeMojo extends ChainGoalMojo {

    /** Where to stop: {@code base}, {@code -N}, a revision id or a unique prefix of one. Required. */
    @Parameter(property = "migrata.target", required = true)
    String target;

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        Migrator migrator = migrator(chain).build();
        if (migrator.downgrade(target).isEmpty()) {
            getLog().info("Nothing to downgrade: the database is at " + migrator.describeCurrent());
        }
    }
}
