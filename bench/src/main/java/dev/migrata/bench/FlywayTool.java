package dev.migrata.bench;

import java.nio.file.Path;
import java.util.Set;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Flyway community {@code migrate} over {@code V<n>__<id>.sql} files in a directory. */
final class FlywayTool implements MigrationTool {

    private final Path directory;

    FlywayTool(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "Flyway";
    }

    @Override
    public void upgrade(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("filesystem:" + directory.toAbsolutePath())
                .load()
                .migrate();
    }

    @Override
    public Set<String> historyTables() {
        return Set.of("flyway_schema_history");
    }
}
