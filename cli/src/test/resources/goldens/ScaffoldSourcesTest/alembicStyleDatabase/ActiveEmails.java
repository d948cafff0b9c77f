package com.example.schema;

import dev.migrata.annotations.View;

/**
 * View <code>active_emails</code>, as scaffolded from the database.
 */
@View(
        name = "active_emails",
        query = "SELECT active_users.email\n"
                        + "   FROM active_users\n"
                        + "  WHERE ((active_users.email)::text ~~ '%@%'::text)"
)
public interface ActiveEmails {
}
