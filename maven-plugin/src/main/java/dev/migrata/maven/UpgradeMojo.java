package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn compile migrata:upgrade}: applies the project's revisions up to {@code target}, one
 * {@code Running upgrade A -> B} line per revision, or says there was nothing to do.
 */
@Mojo(name = "upgrade", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class UpgradeMojo extends ChainGoalMojo {

    /** Where to stop: {@code head}, {@code +N}, a revision id or a unique prefix of one. */
    @Parameter(property = "migrata.target", defaultValue = "head")
    String target;

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        Migrator migrator = migrator(chain).build();
        if (migrator.upgrade(target).isEmpty()) {
            getLog().info("Nothing to upgrade: the database is at " + migrator.describeCurrent());
        }
    }
}
