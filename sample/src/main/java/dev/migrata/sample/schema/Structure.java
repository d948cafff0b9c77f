package dev.migrata.sample.schema;

import dev.migrata.annotations.Column;
import dev.migrata.annotations.Distance;
import dev.migrata.annotations.IndexMethod;
import dev.migrata.annotations.References;
import dev.migrata.annotations.ReferentialAction;
import dev.migrata.annotations.Table;
import dev.migrata.annotations.VectorIndex;

/** A crystal structure of a material, with a 768-dimensional embedding for similarity search. */
@Table(name = "structures")
public record Structure(
        @Column(primaryKey = true, identity = true) long id,

        @References(value = Material.class, onDelete = ReferentialAction.CASCADE) @Column(nullable = false)
        long materialId,

        @Column(length = 32) String spaceGroup,
        @Column(type = "jsonb") String lattice,

        @dev.migrata.annotations.Vector(dimensions = 768)
        @VectorIndex(method = IndexMethod.HNSW, distance = Distance.COSINE)
        float[] embedding) {}
