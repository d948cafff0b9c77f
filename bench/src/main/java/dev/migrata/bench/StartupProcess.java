package dev.migrata.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The child JVM of the whole-process startup scenario: one tool's {@code upgrade head}, then the
 * process's peak resident set ({@code VmHWM}) on stdout. Its class path holds only the bench's own
 * classes, that tool's jars and the JDBC driver, as an application's would.
 */
public final class StartupProcess {

    private StartupProcess() {}

    /** Arguments: tool name, JDBC URL, user, location of the tool's files (Flyway, Liquibase). */
    public static void main(String[] args) throws Exception {
        Quiet.logging();
        PGSimpleDataSource dataSource = new PGSimpleDataSource();
        dataSource.setURL(args[1]);
        dataSource.setUser(args[2]);
        MigrationTool tool;
        if (args[0].equals("Migrata")) {
            tool = MigrataTool.fromClassPath(StartupProcess.class.getClassLoader());
        } else if (args[0].equals("Flyway")) {
            tool = new FlywayTool(Path.of(args[3]));
        } else {
            tool = new LiquibaseTool(Path.of(args[3]));
        }
        tool.upgrade(dataSource);
        System.out.println("VmHWM_kB=" + peakResidentKb());
    }

    static long peakResidentKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
        } catch (java.io.IOException | NumberFormatException e) {
            // Not Linux: the footprint column stays empty.
        }
        return -1;
    }
}
