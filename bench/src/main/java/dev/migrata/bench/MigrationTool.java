package dev.migrata.bench;

import javax.sql.DataSource;

/** One tool's {@code upgrade head}: what an application runs at startup. */
interface MigrationTool {

    /** The name in the report. */
    String name();

    /** Brings the database to the newest revision; a no-op when it is there already. */
    void upgrade(DataSource dataSource) throws Exception;

    /** The tool's history tables, left out of the catalog comparison. */
    java.util.Set<String> historyTables();
}
