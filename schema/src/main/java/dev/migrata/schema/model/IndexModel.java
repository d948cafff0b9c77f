package dev.migrata.schema.model;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * An index: a plain, unique, partial or multi-column index from {@code @Index}, or a pgvector index
 * from {@code @VectorIndex}.
 *
 * @param name the index name, {@code ix_<table>_<cols>} unless given
 * @param columns the indexed columns in order
 * @param unique whether it is a unique index
 * @param method the access method: {@code btree}, {@code gin}, {@code gist}, {@code brin},
 *     {@code hash}, {@code hnsw} or {@code ivfflat}
 * @param operatorClass the operator class for the (single) column, e.g. {@code vector_cosine_ops},
 *     or {@code null} for the type's default
 * @param options storage parameters ({@code WITH (m = 16, ef_construction = 64)}), sorted by key
 * @param where the partial-index predicate, verbatim, or {@code null}
 * @param expression the key list written verbatim instead of the columns ({@code lower(email)},
 *     {@code meta jsonb_path_ops}, {@code created_at DESC}), or {@code null}; for a vector index
 *     through a halfvec cast, the cast ({@code (embedding::halfvec(3000))}), followed by
 *     {@code operatorClass}
 * @param include the non-key columns of {@code INCLUDE (…)}, in order; empty for none
 */
public record IndexModel(
        String name,
        List<String> columns,
        boolean unique,
        String method,
        String operatorClass,
        Map<String, Integer> options,
        String where,
        String expression,
        List<String> include) {

    /** Copies the lists and sorts the options. */
    public IndexModel {
        columns = List.copyOf(columns);
        include = include == null ? List.of() : List.copyOf(include);
        options = options == null ? Map.of() : java.util.Collections.unmodifiableMap(new TreeMap<>(options));
    }

    /** An index on columns, without an expression key list or {@code INCLUDE} columns. */
    public IndexModel(
            String name,
            List<String> columns,
            boolean unique,
            String method,
            String operatorClass,
            Map<String, Integer> options,
            String where) {
        this(name, columns, unique, method, operatorClass, options, where, null, List.of());
    }

    /** Whether this is a pgvector index (HNSW or IVFFlat). */
    public boolean isVectorIndex() {
        return "hnsw".equals(method) || "ivfflat".equals(method);
    }
}
