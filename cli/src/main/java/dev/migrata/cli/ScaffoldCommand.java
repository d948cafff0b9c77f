package dev.migrata.cli;

import dev.migrata.cli.scaffold.Scaffold;
import dev.migrata.cli.scaffold.ScaffoldResult;
import dev.migrata.runtime.DatabaseUrl;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code migrata scaffold}: writes the declarations of a live database (a {@code @Table} record per
 * table, its native enums, a {@code @Schema} and the baseline revision) as the first step of adopting
 * it, and lists what they cannot express. It writes only new files.
 */
@Command(
        name = "scaffold",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Write @Table records, a @Schema and a baseline @Revision (" + Scaffold.BASELINE_ID + ") from a live"
                    + " database, and list what they cannot express (sequences, domains, policies, ...).",
            "--schema names the PostgreSQL schema to read (default: the connection's current schema)."
        })
final class ScaffoldCommand extends ChainCommand {

    @Option(
            names = "--package",
            required = true,
            paramLabel = "PACKAGE",
            description = "The Java package of the written classes, e.g. com.example.schema.")
    String javaPackage;

    @Option(
            names = "--out",
            required = true,
            paramLabel = "DIR",
            description = "The source root to write into, e.g. src/main/java; the package's folders are created.")
    Path out;

    @Override
    public Integer call() {
        DatabaseUrl database = migrata.resolveDatabase();
        ScaffoldResult result;
        try (Connection connection = database.connect()) {
            result = Scaffold.fromDatabase(connection, migrata.schema, javaPackage);
        } catch (IllegalArgumentException e) {
            throw new CliFailure(e.getMessage(), e);
        } catch (SQLException e) {
            throw new CliFailure("Cannot read the catalog of " + database.masked() + ": " + e.getMessage(), e);
        }
        List<Path> written;
        try {
            written = result.writeTo(out);
        } catch (IOException e) {
            throw new CliFailure("Cannot write the sources: " + e.getMessage(), e);
        }
        out().println("Wrote " + written.size() + " files:");
        written.forEach(path -> out().println("  " + path));
        if (!result.notExpressed().isEmpty()) {
            out().println("Not expressed (listed in the Javadoc of the written classes too):");
            result.notExpressed().forEach(item -> out().println("  " + item));
        }
        out().println("Next: compile, run `migrata check` against this database (no drift expected), then"
                + " `migrata stamp head` to adopt it.");
        return OK;
    }
}
