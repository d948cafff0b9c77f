package dev.migrata.annotations;

/**
 * The distance a {@link VectorIndex} serves; it selects the operator class, and queries must use the
 * matching operator for the index to be used.
 */
public enum Distance {
    /** Euclidean distance, operator {@code <->}: {@code vector_l2_ops}, {@code halfvec_l2_ops}, {@code sparsevec_l2_ops}. */
    L2,
    /** Negative inner product, operator {@code <#>}: {@code vector_ip_ops}, {@code halfvec_ip_ops}, {@code sparsevec_ip_ops}. */
    INNER_PRODUCT,
    /** Cosine distance, operator {@code <=>}: {@code vector_cosine_ops}, {@code halfvec_cosine_ops}, {@code sparsevec_cosine_ops}. */
    COSINE,
    /** Taxicab distance, operator {@code <+>}: {@code vector_l1_ops}, {@code halfvec_l1_ops}, {@code sparsevec_l1_ops}; HNSW only. */
    L1,
    /** Hamming distance for {@code bit} columns, operator {@code <~>}: {@code bit_hamming_ops}. */
    HAMMING,
    /** Jaccard distance for {@code bit} columns, operator {@code <%>}: {@code bit_jaccard_ops}; HNSW only. */
    JACCARD
}
