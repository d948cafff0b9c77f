package dev.migrata.sample.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** A person who submits simulations. {@code user} is a reserved word, so the table is {@code users}. */
@Table(name = "users", comment = "People who own materials and submit simulations")
public record User(
        @Column(primaryKey = true) UUID id,

        @Column(length = 255, unique = true, nullable = false)
        String email,

        String fullName,
        @Column(nullable = false, defaultValue = "now()") Instant createdAt) {}
