package com.example.schema;

import dev.migrata.annotations.SqlFunction;

/**
 * Function <code>no_negative_priority</code>, as scaffolded from the database.
 */
@SqlFunction(
        returns = "trigger",
        body = "\n"
                        + "BEGIN\n"
                        + "    NEW.priority := greatest(NEW.priority, 0);\n"
                        + "    RETURN NEW;\n"
                        + "END "
)
public interface NoNegativePriority {
}
