package dev.migrata.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A pgvector index on a {@link Vector} column: {@code CREATE INDEX <name> ON <table> USING
 * hnsw (<column> <opclass>) WITH (m = 16, ef_construction = 64)}, or {@code USING ivfflat ...
 * WITH (lists = 100)}. On an existing table it is built {@code CONCURRENTLY}, outside the
 * revision's transaction.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.FIELD, ElementType.RECORD_COMPONENT})
public @interface VectorIndex {

    /** The access method. Default {@link IndexMethod#HNSW}. */
    IndexMethod method() default IndexMethod.HNSW;

    /** The distance the index serves, which selects the operator class. Default {@link Distance#L2}. */
    Distance distance() default Distance.L2;

    /** HNSW only: the maximum number of connections per layer, {@code WITH (m = ...)}; 2 to 100. Default {@code 16}. */
    int m() default 16;

    /**
     * HNSW only: the size of the candidate list while building, {@code WITH (ef_construction = ...)};
     * 4 to 1,000 and at least {@code 2 * m}. Default {@code 64}.
     */
    int efConstruction() default 64;

    /** IVFFlat only: the number of inverted lists, {@code WITH (lists = ...)}; 1 to 32,768. Default {@code 100}. */
    int lists() default 100;

    /** The index name. Default {@code ""}: {@code ix_<table>_<column>}. */
    String name() default "";
}
