package dev.migrata.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/** The machine, software versions and load a run happened on, as report lines. */
final class MachineInfo {

    private MachineInfo() {}

    static List<String> describe(Server server, BenchPaths paths) throws IOException, SQLException {
        List<String> lines = new ArrayList<>();
        lines.add("Date: "
                + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")));
        lines.add("CPU: " + cpuModel() + ", " + Runtime.getRuntime().availableProcessors()
                + " cores available to the JVM");
        lines.add("Memory: " + memTotal());
        lines.add("OS: " + System.getProperty("os.name") + " " + System.getProperty("os.version"));
        lines.add("JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"));
        lines.add("PostgreSQL: " + serverVersion(server));
        lines.add("Tools: " + jarVersion(paths, "migrata-runtime") + ", " + jarVersion(paths, "flyway-core")
                + " (+ flyway-database-postgresql), " + jarVersion(paths, "liquibase-core") + ", PostgreSQL JDBC "
                + jarVersion(paths, "postgresql"));
        return lines;
    }

    static String load() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static String cpuModel() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // Not Linux.
        }
        return System.getProperty("os.arch");
    }

    private static String memTotal() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/meminfo"))) {
                if (line.startsWith("MemTotal:")) {
                    long kb = Long.parseLong(line.replaceAll("[^0-9]", ""));
                    return String.format("%.1f GiB", kb / 1024.0 / 1024.0);
                }
            }
        } catch (IOException e) {
            // Not Linux.
        }
        return "unknown";
    }

    private static String serverVersion(Server server) throws SQLException {
        try (Connection connection = server.dataSource("postgres").getConnection();
                Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT current_setting('server_version'), (SELECT version FROM pg_available_extension_versions"
                                + " WHERE name = 'vector' ORDER BY version DESC LIMIT 1)")) {
            rows.next();
            return rows.getString(1)
                    + (rows.getString(2) == null ? "" : " (pgvector " + rows.getString(2) + " available)");
        }
    }

    static String jarVersion(BenchPaths paths, String artifactId) {
        String name = paths.jar(artifactId).getFileName().toString();
        return artifactId + " " + name.substring(artifactId.length() + 1, name.length() - ".jar".length());
    }
}
