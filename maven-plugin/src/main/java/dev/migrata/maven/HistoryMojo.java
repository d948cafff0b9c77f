package dev.migrata.maven;

import dev.migrata.runtime.HistoryEntry;
import dev.migrata.runtime.MigrationChain;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:history}: the chain newest first, as {@code migrata history} prints it, with
 * {@code (current)} on the revision the database is at.
 */
@Mojo(name = "history", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class HistoryMojo extends ChainGoalMojo {

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        List<HistoryEntry> entries = new ArrayList<>(migrator(chain).build().history());
        Collections.reverse(entries);
        entries.forEach(entry -> info(entry.summary()));
    }
}
