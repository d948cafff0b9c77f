package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:plan}: what {@code upgrade} would run, revision by revision, each step with its
 * transaction group and locks; nothing is applied or written.
 */
@Mojo(name = "plan", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class PlanMojo extends ChainGoalMojo {

    /** Where an upgrade would stop: {@code head}, {@code +N}, a revision id or a unique prefix of one. */
    @Parameter(property = "migrata.target", defaultValue = "head")
    String target;

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        info(migrator(chain).build().plan(target).toString());
    }
}
