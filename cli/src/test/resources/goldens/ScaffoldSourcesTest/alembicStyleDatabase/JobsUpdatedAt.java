package com.example.schema;

import dev.migrata.annotations.Trigger;

/**
 * Trigger <code>jobs_updated_at</code>, as scaffolded from the database.
 */
@Trigger(
        table = Jobs.class,
        function = SetUpdatedAt.class,
        when = "(old.* IS DISTINCT FROM new.*)"
)
public interface JobsUpdatedAt {
}
