package com.example.schema;

import dev.migrata.annotations.SqlFunction;

/**
 * Function <code>jobs_of</code>, as scaffolded from the database.
 */
@SqlFunction(
        arguments = "owner bigint, minimum integer DEFAULT 0",
        returns = "bigint",
        language = "sql",
        body = "SELECT count(*) FROM jobs WHERE user_id = owner AND priority >= minimum"
)
public interface JobsOf {
}
