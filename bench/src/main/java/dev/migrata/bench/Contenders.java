package dev.migrata.bench;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.List;

/** The three tools set up over one workspace, in the bench's own JVM. */
final class Contenders {

    private Contenders() {}

    static List<MigrationTool> of(Workspace workspace) throws Exception {
        // The generated chain classes live outside the bench jar, as an application's would.
        URLClassLoader loader = new URLClassLoader(
                new URL[] {workspace.migrataClasses().toUri().toURL()}, Contenders.class.getClassLoader());
        return List.of(
                MigrataTool.fromClassPath(loader),
                new FlywayTool(workspace.flyway()),
                new LiquibaseTool(workspace.liquibase()));
    }
}
