package com.example.schema;

import dev.migrata.annotations.SqlFunction;

/**
 * Function <code>set_updated_at</code>, as scaffolded from the database.
 */
@SqlFunction(
        returns = "trigger",
        body = "\n"
                        + "BEGIN\n"
                        + "    NEW.updated_at = now();\n"
                        + "    RETURN NEW;\n"
                        + "END "
)
public interface SetUpdatedAt {
}
