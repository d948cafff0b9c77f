package dev.migrata.sample.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Table;

/** A reusable recipe of simulation steps. */
@Table(name = "workflow_templates")
public record WorkflowTemplate(
        @Column(primaryKey = true, identity = true) long id,

        @Column(length = 120, nullable = false, unique = true)
        String name,

        @Column(type = "jsonb", nullable = false) String definition) {}
