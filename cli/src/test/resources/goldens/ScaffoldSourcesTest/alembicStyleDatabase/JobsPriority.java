package com.example.schema;

import dev.migrata.annotations.Trigger;
import dev.migrata.annotations.TriggerEvent;

/**
 * Trigger <code>jobs_priority</code>, as scaffolded from the database.
 */
@Trigger(
        table = Jobs.class,
        events = {TriggerEvent.INSERT, TriggerEvent.UPDATE},
        function = NoNegativePriority.class,
        when = "(new.priority < 0)"
)
public interface JobsPriority {
}
