package dev.migrata.sample.schema;

import dev.migrata.annotations.Schema;

/**
 * The materials-lab schema: its tables at the head, and the newest revision. The processor turns
 * it into {@code SampleSchemaMigrations}, with its revision files in {@code src/main/migrations/lab}.
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
        })
public final class SampleSchema {
    private SampleSchema() {}
}
