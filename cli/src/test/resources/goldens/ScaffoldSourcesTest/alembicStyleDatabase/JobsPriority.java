package com.example.schema;

import dev.migrata.annotations.Trigger;
import dev.migrata.annotations.TriggerEvent;
import dev.migrata.annotations.TriggerTiming;

/**
 * Trigger <code>jobs_priority</code>, as scaffolded from the database.
 */
@Trigger(
        name = "jobs_priority",
        table = Jobs.class,
        timing = TriggerTiming.BEFORE,
        events = {TriggerEvent.INSERT, TriggerEvent.UPDATE},
        function = NoNegativePriority.class,
        when = "(new.priority < 0)"
)
public interface JobsPriority {
}
