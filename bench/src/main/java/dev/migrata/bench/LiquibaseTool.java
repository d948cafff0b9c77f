package dev.migrata.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import liquibase.ui.LoggerUIService;

/** Liquibase {@code update} over a formatted-SQL changelog with one changeset per revision. */
final class LiquibaseTool implements MigrationTool {

    static final String CHANGELOG = "changelog.sql";

    private final Path directory;

    LiquibaseTool(Path directory) {
        this.directory = directory;
    }

    @Override
    public String name() {
        return "Liquibase";
    }

    @Override
    @SuppressWarnings("deprecation") // Liquibase.update is the embedding API its docs still show
    public void upgrade(DataSource dataSource) throws Exception {
        // The console UI would print a summary per run; routed to the (silenced) logger like the others.
        Scope.child(Map.of(Scope.Attr.ui.name(), new LoggerUIService()), () -> {
            Connection connection = dataSource.getConnection();
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            try (Liquibase liquibase = new Liquibase(CHANGELOG, new DirectoryResourceAccessor(directory), database)) {
                liquibase.update("");
            }
        });
    }

    @Override
    public Set<String> historyTables() {
        return Set.of("databasechangelog", "databasechangeloglock");
    }
}
