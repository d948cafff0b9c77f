package dev.migrata.bench;

import java.util.List;

/**
 * Scenario 2: apply all N revisions to an empty database, in the bench's warm JVM, next to the
 * floor of {@code psql} running the same statements as one script. Database creation is outside the
 * timing; contenders take turns within every round.
 */
final class FreshApplyScenario {

    static final String PSQL = "psql";

    /**
     * One N's results.
     *
     * @param revisions N
     * @param samples milliseconds per contender, {@link #PSQL} included
     */
    record Result(int revisions, Samples samples) {}

    private final Server server;
    private final Budget budget;

    FreshApplyScenario(Server server, Budget budget) {
        this.server = server;
        this.budget = budget;
    }

    Result run(Workspace workspace, List<MigrationTool> tools) throws Exception {
        Samples samples = new Samples();
        int contenders = tools.size() + 1;
        for (int round = 0; round < budget.freshRounds(); round++) {
            for (int k = 0; k < contenders; k++) {
                int i = (round + k) % contenders;
                String database = server.createDatabase("fresh");
                try {
                    long start = System.nanoTime();
                    if (i == tools.size()) {
                        Psql.run(server, database, workspace.psqlScript());
                    } else {
                        tools.get(i).upgrade(server.dataSource(database));
                    }
                    double ms = (System.nanoTime() - start) / 1e6;
                    samples.add(i == tools.size() ? PSQL : tools.get(i).name(), ms);
                } finally {
                    server.dropDatabase(database);
                }
            }
            Progress.say("fresh N=%d round %d/%d", workspace.revisions().size(), round + 1, budget.freshRounds());
        }
        return new Result(workspace.revisions().size(), samples);
    }
}
