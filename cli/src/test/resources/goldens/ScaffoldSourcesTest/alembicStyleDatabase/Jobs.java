package com.example.schema;

import dev.migrata.annotations.Check;
import dev.migrata.annotations.Column;
import dev.migrata.annotations.Distance;
import dev.migrata.annotations.Index;
import dev.migrata.annotations.References;
import dev.migrata.annotations.ReferentialAction;
import dev.migrata.annotations.Table;
import dev.migrata.annotations.Unique;
import dev.migrata.annotations.Vector;
import dev.migrata.annotations.VectorIndex;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/**
 * Table <code>jobs</code>, as scaffolded from the database.
 */
@Table
@Unique(
        columns = {"user_id", "starts_at"}
)
@Check("((ends_at IS NULL) OR (starts_at IS NOT NULL))")
@Check(
        value = "(starts_at < ends_at)",
        name = "jobs_time_order"
)
@Index(
        columns = "status",
        where = "status <> 'queued'::job_status"
)
@Index(
        columns = "user_id",
        include = "priority",
        name = "jobs_user_priority"
)
public record Jobs(@Column(primaryKey = true, identity = true) long id,
        @References(value = Users.class, onDelete = ReferentialAction.CASCADE) long userId,
        @Column(nullable = false, defaultValue = "'queued'::job_status") JobStatus status,
        @Column(defaultValue = "0") int priority, OffsetDateTime startsAt, OffsetDateTime endsAt,
        OffsetDateTime updatedAt, @Column(precision = 10, scale = 2) BigDecimal score,
        @Vector(dimensions = 3) @VectorIndex(distance = Distance.COSINE, name = "jobs_embedding_idx") float[] embedding,
        @Column(type = "jsonb") String payload) {
}
