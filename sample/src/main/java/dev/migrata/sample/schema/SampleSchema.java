package dev.migrata.sample.schema;

import dev.migrata.annotations.Schema;

/**
 * The materials-lab schema: its tables at the head, and the newest revision. The processor turns
 * it into {@code SampleSchemaMigrations}, with its revision files in {@code src/main/migrations/lab},
 * and, as it asks for the metamodel, {@code SampleSchemaTables}.
 */
@Schema(
        name = "lab",
        head = Revisions.AddEmbeddingIndex.class,
        tables = {
            User.class,
            Material.class,
            Structure.class,
            SimulationJob.class,
            SimulationResult.class,
            WorkflowTemplate.class
        },
        // The application's SQL names tables and columns through SampleSchemaTables.
        metamodel = true)
public final class SampleSchema {
    private SampleSchema() {}
}
