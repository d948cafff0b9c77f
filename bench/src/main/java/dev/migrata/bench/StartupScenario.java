package dev.migrata.bench;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario 1 and 4: {@code upgrade head} against a database already at the head — in the bench's
 * warm JVM, then as a whole JVM from start to exit with its peak resident set. Tools take turns
 * within every round, and the first tool of a round rotates, so drift in the machine's load falls
 * on all of them alike.
 */
final class StartupScenario {

    /**
     * One N's results.
     *
     * @param revisions N
     * @param warm in-process milliseconds per call
     * @param process whole-process wall milliseconds
     * @param peakKb whole-process VmHWM in KiB
     */
    record Result(int revisions, Samples warm, Samples process, Samples peakKb) {}

    /** The floor of the in-process case: open a connection, {@code SELECT 1}, close. */
    static final String CONNECT = "connect + SELECT 1";

    private final Server server;
    private final BenchPaths paths;
    private final Budget budget;

    StartupScenario(Server server, BenchPaths paths, Budget budget) {
        this.server = server;
        this.paths = paths;
        this.budget = budget;
    }

    Result run(Workspace workspace, List<MigrationTool> tools) throws Exception {
        int n = workspace.revisions().size();
        List<String> databases = new ArrayList<>();
        try {
            for (MigrationTool tool : tools) {
                String database = server.createDatabase("start");
                databases.add(database);
                tool.upgrade(server.dataSource(database));
            }
            Samples warm = new Samples();
            for (int round = 0; round < budget.warmupRounds(); round++) {
                for (int i = 0; i < tools.size(); i++) {
                    tools.get(i).upgrade(server.dataSource(databases.get(i)));
                }
            }
            long deadline = System.nanoTime() + budget.warmSeconds() * 1_000_000_000L;
            for (int round = 0; round < budget.warmRounds() && System.nanoTime() < deadline; round++) {
                for (int k = 0; k < tools.size(); k++) {
                    int i = (round + k) % tools.size();
                    long start = System.nanoTime();
                    tools.get(i).upgrade(server.dataSource(databases.get(i)));
                    warm.add(tools.get(i).name(), (System.nanoTime() - start) / 1e6);
                }
                // What no tool can avoid: opening the connection and one round trip.
                long start = System.nanoTime();
                connectOnly(databases.get(0));
                warm.add(CONNECT, (System.nanoTime() - start) / 1e6);
            }
            Progress.say(
                    "startup N=%d in-process: %d rounds",
                    n, warm.count(tools.get(0).name()));
            Samples process = new Samples();
            Samples peak = new Samples();
            for (int round = 0; round < budget.processRounds(); round++) {
                for (int k = 0; k < tools.size(); k++) {
                    int i = (round + k) % tools.size();
                    String name = tools.get(i).name();
                    long start = System.nanoTime();
                    long kb = runChild(name, databases.get(i), workspace);
                    process.add(name, (System.nanoTime() - start) / 1e6);
                    peak.add(name, kb);
                }
            }
            Progress.say("startup N=%d whole-process: %d rounds", n, budget.processRounds());
            return new Result(n, warm, process, peak);
        } finally {
            for (String database : databases) {
                server.dropDatabase(database);
            }
        }
    }

    private void connectOnly(String database) throws java.sql.SQLException {
        try (java.sql.Connection connection = server.dataSource(database).getConnection();
                java.sql.Statement statement = connection.createStatement()) {
            statement.execute("SELECT 1");
        }
    }

    private long runChild(String tool, String database, Workspace workspace) throws Exception {
        List<Path> classPath = new ArrayList<>();
        classPath.add(paths.thinJar());
        classPath.addAll(ToolJars.of(tool, paths));
        classPath.add(paths.jar("postgresql"));
        String location = "";
        if (tool.equals("Migrata")) {
            classPath.add(workspace.migrataClasses());
        } else if (tool.equals("Flyway")) {
            location = workspace.flyway().toString();
        } else {
            location = workspace.liquibase().toString();
        }
        List<String> command = new ArrayList<>(List.of(
                BenchPaths.javaHomeTool("java").toString(),
                "-cp",
                BenchPaths.classPath(classPath),
                StartupProcess.class.getName(),
                tool,
                server.jdbcUrl(database),
                server.user(),
                location));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("REDGATE_DISABLE_TELEMETRY", "true");
        if (server.password() != null) {
            builder.environment().put("PGPASSWORD", server.password());
        }
        Process child = builder.start();
        long peakKb = -1;
        StringBuilder output = new StringBuilder();
        try (BufferedReader reader =
                new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("VmHWM_kB=")) {
                    peakKb = Long.parseLong(line.substring("VmHWM_kB=".length()));
                } else {
                    output.append(line).append('\n');
                }
            }
        }
        if (child.waitFor() != 0) {
            throw new IllegalStateException(tool + " child process failed:\n" + output);
        }
        return peakKb;
    }
}
