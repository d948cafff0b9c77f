package com.example.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Index;
import dev.migrata.annotations.Table;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * Table <code>users</code>, as scaffolded from the database.
 */
@Table(
        comment = "People who sign in"
)
@Index(
        expression = "lower((email)::text)",
        name = "users_lower_email"
)
public record Users(@Column(primaryKey = true) long id,
        @Column(length = 255, nullable = false, unique = true, comment = "Lower-case, as typed */ not code") String email,
        @Column(check = "(name <> ''::text)") String name, List<String> tags,
        @Column(nullable = false, defaultValue = "now()") OffsetDateTime createdAt,
        @Column(type = "tsvector", generated = "to_tsvector('english'::regconfig, COALESCE(name, ''::text))") String search) {
}
