package com.example.schema;

import dev.migrata.annotations.ConstraintNaming;
import dev.migrata.annotations.Schema;

/**
 * The schema as scaffolded from the database.
 *
 * <p>Not expressed by these declarations, so not created in a fresh database nor compared by
 * {@code check()}:
 * <ul>
 *   <li>sequence invoice_numbers
 * </ul>
 */
@Schema(
        head = Baseline.class,
        tables = {Jobs.class, Users.class},
        naming = ConstraintNaming.POSTGRESQL,
        extensions = "pg_trgm",
        views = {ActiveUsers.class, ActiveEmails.class, JobCounts.class},
        functions = {JobsOf.class, NoNegativePriority.class, RefreshJobCounts.class, SetUpdatedAt.class},
        triggers = {JobsCounted.class, JobsPriority.class, JobsUpdatedAt.class}
)
public final class PublicSchema {
}
