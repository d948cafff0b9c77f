package dev.migrata.processor.read;

import dev.migrata.schema.model.Origin;
import java.util.Map;

/**
 * A valid {@code @VectorIndex} on a column.
 *
 * @param name the index name, or {@code ""} for {@code ix_<table>_<column>}
 * @param nameOrigin where {@code name} was written
 * @param method {@code hnsw} or {@code ivfflat}
 * @param operatorClass e.g. {@code vector_cosine_ops}
 * @param options {@code m} and {@code ef_construction}, or {@code lists}
 * @param where the partial-index predicate, or {@code null}
 * @param castToHalfvec whether the column is indexed cast to {@code halfvec} of its dimensions
 */
public record VectorIndexRead(
        String name,
        Origin nameOrigin,
        String method,
        String operatorClass,
        Map<String, Integer> options,
        String where,
        boolean castToHalfvec) {

    /** Copies the options. */
    public VectorIndexRead {
        options = Map.copyOf(options);
    }
}
