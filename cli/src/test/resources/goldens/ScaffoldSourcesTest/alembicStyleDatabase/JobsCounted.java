package com.example.schema;

import dev.migrata.annotations.Trigger;
import dev.migrata.annotations.TriggerEvent;
import dev.migrata.annotations.TriggerTiming;

/**
 * Trigger <code>jobs_counted</code>, as scaffolded from the database.
 */
@Trigger(
        table = Jobs.class,
        timing = TriggerTiming.AFTER,
        events = {TriggerEvent.INSERT, TriggerEvent.DELETE},
        forEachRow = false,
        function = RefreshJobCounts.class
)
public interface JobsCounted {
}
