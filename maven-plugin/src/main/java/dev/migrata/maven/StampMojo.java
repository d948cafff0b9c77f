package dev.migrata.maven;

import dev.migrata.runtime.MigrationChain;
import dev.migrata.runtime.Migrator;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:stamp -Dmigrata.target=head}: records {@code target} as the database's revision
 * without running any SQL, for a database whose schema was made another way.
 */
@Mojo(name = "stamp", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class StampMojo extends ChainGoalMojo {

    /** {@code head}, {@code base}, {@code +N}, {@code -N}, a revision id or a unique prefix of one. Required. */
    @Parameter(property = "migrata.target", required = true)
    String target;

    /**
     * Rewrite the history to exactly the chain up to {@code target}, even when it holds revisions this
     * code does not know or changed checksums (no SQL runs).
     */
    @Parameter(property = "migrata.purge", defaultValue = "false")
    boolean purge;

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        Migrator migrator = migrator(chain).build();
        // The runtime logs every stamp ("Stamped 006 -> 005"), which the log bridge shows.
        if (purge) {
            migrator.stampPurge(target);
        } else {
            migrator.stamp(target);
        }
    }
}
