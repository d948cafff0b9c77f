package dev.migrata.sample.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Index;
import dev.migrata.annotations.References;
import dev.migrata.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** A simulation (DFT relaxation, MD run, …) submitted for one structure. */
@Table(name = "simulation_jobs")
@Index(
        columns = {"status"},
        where = "status IN ('QUEUED', 'RUNNING')",
        name = "ix_simulation_jobs_active")
public record SimulationJob(
        @Column(primaryKey = true, identity = true) long id,

        @References(Structure.class) @Column(nullable = false)
        long structureId,

        @References(User.class) @Column(nullable = false) UUID submittedBy,
        @References(WorkflowTemplate.class) Long workflowTemplateId,
        @Column(nullable = false, defaultValue = "'QUEUED'") JobStatus status,

        @Column(type = "jsonb", nullable = false, defaultValue = "'{}'::jsonb")
        String parameters,

        @Column(nullable = false, defaultValue = "now()") Instant submittedAt) {}
