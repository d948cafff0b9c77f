package dev.migrata.bench;

import java.util.List;
import java.util.Set;

/**
 * Applies one chain with every tool and with {@code psql} into fresh databases and fails unless all
 * four catalogs are identical: the comparison is only fair when the work is the same.
 */
final class EquivalenceCheck {

    private EquivalenceCheck() {}

    /** @return one line for the report */
    static String run(Server server, Workspace workspace, List<MigrationTool> tools) throws Exception {
        String reference = server.createDatabase("psql");
        try {
            Psql.run(server, reference, workspace.psqlScript());
            List<String> expected = CatalogSnapshot.read(server.dataSource(reference), Set.of());
            for (MigrationTool tool : tools) {
                String database = server.createDatabase("eq");
                try {
                    tool.upgrade(server.dataSource(database));
                    List<String> actual = CatalogSnapshot.read(server.dataSource(database), tool.historyTables());
                    if (!actual.equals(expected)) {
                        throw new IllegalStateException(tool.name() + " produced a different catalog than psql for N="
                                + workspace.revisions().size() + ": " + actual.size() + " vs " + expected.size()
                                + " lines");
                    }
                } finally {
                    server.dropDatabase(database);
                }
            }
            return "N=" + workspace.revisions().size() + ": " + expected.size() + " catalog lines, identical for psql, "
                    + String.join(", ", tools.stream().map(MigrationTool::name).toList());
        } finally {
            server.dropDatabase(reference);
        }
    }
}
