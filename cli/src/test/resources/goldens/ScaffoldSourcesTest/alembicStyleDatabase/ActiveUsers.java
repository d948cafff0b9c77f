package com.example.schema;

import dev.migrata.annotations.View;

/**
 * View <code>active_users</code>, as scaffolded from the database.
 */
@View(
        name = "active_users",
        query = "SELECT users.id,\n"
                        + "    users.email\n"
                        + "   FROM users"
)
public interface ActiveUsers {
}
