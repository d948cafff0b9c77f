package com.example.schema;

import dev.migrata.annotations.View;

/**
 * Materialized view <code>job_counts</code>, as scaffolded from the database.
 */
@View(
        name = "job_counts",
        query = "SELECT jobs.user_id,\n"
                        + "    count(*) AS jobs\n"
                        + "   FROM jobs\n"
                        + "  GROUP BY jobs.user_id",
        materialized = true
)
public interface JobCounts {
}
