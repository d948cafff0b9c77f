package dev.migrata.annotations;

/** The pgvector type of a {@link Vector} column. */
public enum VectorType {
    /**
     * From the Java type: {@code float[]} and {@code com.pgvector.PGvector} → {@code vector},
     * {@code PGhalfvec} → {@code halfvec}, {@code PGsparsevec} → {@code sparsevec}, {@code PGbit} →
     * {@code bit}.
     */
    DEFAULT,
    /** {@code vector(n)}: single-precision floats, up to 16,000 dimensions (2,000 when indexed). */
    VECTOR,
    /** {@code halfvec(n)}: half-precision floats, up to 16,000 dimensions (4,000 when indexed). */
    HALFVEC,
    /** {@code sparsevec(n)}: sparse vectors; indexable with HNSW only, up to 1,000 non-zero elements. */
    SPARSEVEC,
    /** {@code bit(n)}: binary vectors, up to 64,000 dimensions when indexed. */
    BIT
}
