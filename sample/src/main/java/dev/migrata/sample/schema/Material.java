package dev.migrata.sample.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Index;
import dev.migrata.annotations.References;
import dev.migrata.annotations.Table;
import java.time.Instant;
import java.util.UUID;

/** A material under study, e.g. a perovskite, identified by its chemical formula. */
@Table(name = "materials")
@Index(columns = {"formula"})
public record Material(
        @Column(primaryKey = true, identity = true) long id,
        @Column(nullable = false) String name,
        @Column(length = 120, nullable = false) String formula,
        @References(User.class) UUID createdBy,
        @Column(nullable = false, defaultValue = "now()") Instant createdAt) {}
