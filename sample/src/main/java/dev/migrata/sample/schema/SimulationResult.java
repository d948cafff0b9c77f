package dev.migrata.sample.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.References;
import dev.migrata.annotations.ReferentialAction;
import dev.migrata.annotations.Table;
import java.time.Instant;

/** The outcome of a finished job. */
@Table(name = "simulation_results")
public record SimulationResult(
        @Column(primaryKey = true, identity = true) long id,

        @References(value = SimulationJob.class, onDelete = ReferentialAction.CASCADE)
        @Column(nullable = false, unique = true)
        long jobId,

        @Column(comment = "Total energy in eV") Double totalEnergy,
        boolean converged,
        @Column(nullable = false, defaultValue = "now()") Instant finishedAt) {}
