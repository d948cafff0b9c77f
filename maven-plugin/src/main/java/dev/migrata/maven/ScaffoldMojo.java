package dev.migrata.maven;

import dev.migrata.cli.scaffold.Scaffold;
import dev.migrata.cli.scaffold.ScaffoldResult;
import dev.migrata.runtime.DatabaseUrl;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * {@code mvn migrata:scaffold -Dmigrata.package=app.db}: writes the declarations of a live database (a
 * {@code @Table} record per table, its native enums, a {@code @Schema} and the baseline revision
 * {@code 001_baseline}) into the project's sources as the first step of adopting it, and
 * lists what they cannot express. It writes only new files: when one exists, it writes none.
 */
@Mojo(name = "scaffold", threadSafe = true)
public class ScaffoldMojo extends AbstractMigrataMojo {

    /** The Java package of the written classes, e.g. {@code com.example.db}. */
    @Parameter(property = "migrata.package", required = true)
    String javaPackage;

    /** The PostgreSQL schema to read; default: the connection's current schema (usually {@code public}). */
    @Parameter(property = "migrata.schema")
    String schema;

    /** The source root to write into; the package's folders are created. */
    @Parameter(property = "migrata.scaffoldDir", defaultValue = "${project.build.sourceDirectory}")
    File scaffoldDir;

    @Override
    void run() throws MojoFailureException {
        DatabaseUrl database = database();
        loadDriver();
        ScaffoldResult result;
        try (Connection connection = database.connect()) {
            result = Scaffold.fromDatabase(connection, schema, javaPackage);
        } catch (SQLException e) {
            throw new MojoFailureException(
                    scrub("Cannot read the catalog of " + database.masked() + ": " + e.getMessage()));
        }
        List<Path> written;
        try {
            written = result.writeTo(scaffoldDir.toPath());
        } catch (IOException e) {
            throw new MojoFailureException("Cannot write the sources: " + e.getMessage());
        }
        getLog().info("Wrote " + written.size() + " files:");
        Path basedir = project.getBasedir().toPath();
        written.forEach(path -> getLog().info("  " + (path.startsWith(basedir) ? basedir.relativize(path) : path)));
        if (!result.notExpressed().isEmpty()) {
            getLog().warn("Not expressed (listed in the Javadoc of the written classes too):");
            result.notExpressed().forEach(item -> getLog().warn("  " + scrub(item)));
        }
        getLog().info("Next: mvn compile, then mvn migrata:check against this database (no drift expected),"
                + " then mvn migrata:stamp -Dmigrata.target=head to adopt it.");
    }
}
