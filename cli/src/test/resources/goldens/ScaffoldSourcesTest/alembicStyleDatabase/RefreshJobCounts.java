package com.example.schema;

import dev.migrata.annotations.SqlFunction;

/**
 * Function <code>refresh_job_counts</code>, as scaffolded from the database.
 */
@SqlFunction(
        returns = "trigger",
        body = "BEGIN REFRESH MATERIALIZED VIEW job_counts; RETURN NULL; END"
)
public interface RefreshJobCounts {
}
