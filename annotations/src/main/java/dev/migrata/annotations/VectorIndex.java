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
 * revision's transaction. A {@code vector} column of more than 2,000 dimensions is indexed through
 * a {@code halfvec} cast ({@link #castToHalfvec()}).
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

    /**
     * The partial-index predicate, a SQL boolean expression written verbatim after {@code WHERE}
     * (e.g. {@code "embedding IS NOT NULL"}). Default {@code ""}: the index covers every row.
     */
    String where() default "";

    /**
     * For a {@code vector} column: index the column cast to {@code halfvec} of the same dimensions,
     * {@code ((<column>::halfvec(<n>)) halfvec_<distance>_ops)}. pgvector indexes {@code vector}
     * columns of at most 2,000 dimensions and {@code halfvec} expressions of at most 4,000; a query
     * uses the index only when it orders by the same cast, e.g. {@code ORDER BY embedding::halfvec(3000)
     * <=> ?::halfvec(3000)}. Default {@code false}.
     */
    boolean castToHalfvec() default false;
}
