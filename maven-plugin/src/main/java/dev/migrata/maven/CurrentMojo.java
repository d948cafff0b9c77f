package dev.migrata.maven;

import dev.migrata.runtime.DatabaseUrl;
import dev.migrata.runtime.MigrationChain;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/** {@code mvn migrata:current}: the revision the database is at, and which database that is. */
@Mojo(name = "current", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CurrentMojo extends ChainGoalMojo {

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        String revision = migrator(chain).build().describeCurrent();
        DatabaseUrl database = database();
        getLog().info(revision + " in database " + database.database() + " on " + database.hosts());
    }
}
