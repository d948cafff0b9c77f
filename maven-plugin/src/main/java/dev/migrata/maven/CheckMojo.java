package dev.migrata.maven;

import dev.migrata.runtime.DriftReport;
import dev.migrata.runtime.MigrationChain;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * {@code mvn migrata:check}: compares the live catalog with the chain's head schema; any difference
 * fails the build, each one listed in the failure, so CI can gate on drift.
 */
@Mojo(name = "check", requiresDependencyResolution = ResolutionScope.RUNTIME, threadSafe = true)
public class CheckMojo extends ChainGoalMojo {

    /**
     * Tables to leave out unless the head schema declares them: a name, or {@code schema.table},
     * where {@code *} matches any characters ({@code tmp_*}, {@code audit.*}); with {@code
     * -Dmigrata.exclude}, separated by commas. The history tables of Alembic, Flyway and Liquibase are
     * always left out.
     */
    @Parameter(property = "migrata.exclude")
    List<String> excludes = new ArrayList<>();

    @Override
    void run(MigrationChain chain) throws MojoFailureException {
        DriftReport report = migrator(chain)
                .checkExclude(excludes.toArray(String[]::new))
                .build()
                .check();
        report.notes().forEach(this::info);
        if (report.isClean()) {
            getLog().info(report.summary());
            return;
        }
        String drifts =
                report.drifts().stream().map(DriftReport.Drift::toString).collect(Collectors.joining("\n"));
        throw new MojoFailureException(scrub(drifts + "\n" + report.summary()));
    }
}
