package dev.migrata.processor.read;

import dev.migrata.schema.diag.Problem;
import dev.migrata.schema.diag.Problems;
import dev.migrata.schema.model.Origin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * pgvector's limits on columns and indexes (as of pgvector 0.8): storage dimensions, index
 * dimensions per type, HNSW and IVFFlat parameters, and the operator class for each type, method
 * and distance. Pure: values and origins in, problems out.
 */
public final class VectorColumnChecks {

    /** {@code vector} and {@code halfvec} store at most this many dimensions. */
    public static final int MAX_STORED_DIMENSIONS = 16_000;

    private static final Map<String, Integer> MAX_INDEXED_DIMENSIONS =
            Map.of("vector", 2_000, "halfvec", 4_000, "bit", 64_000);

    private static final List<String> FLOAT_DISTANCES = List.of("L2", "INNER_PRODUCT", "COSINE", "L1");
    private static final List<String> IVFFLAT_FLOAT_DISTANCES = List.of("L2", "INNER_PRODUCT", "COSINE");

    private VectorColumnChecks() {}

    /**
     * A {@code @VectorIndex} on a column of a known pgvector kind.
     *
     * @param description {@code Type.field}
     * @param kind {@code vector}, {@code halfvec}, {@code sparsevec} or {@code bit}
     * @param dimensions the column's dimensions
     * @param method {@code HNSW} or {@code IVFFLAT}
     * @param distance the {@code Distance} constant name
     * @param m HNSW's {@code m}
     * @param efConstruction HNSW's {@code ef_construction}
     * @param lists IVFFlat's {@code lists}
     * @param origin the annotation
     * @param methodOrigin its {@code method} value
     * @param distanceOrigin its {@code distance} value
     * @param mOrigin its {@code m} value
     * @param efConstructionOrigin its {@code efConstruction} value
     * @param listsOrigin its {@code lists} value
     */
    public record IndexSpec(
            String description,
            String kind,
            int dimensions,
            String method,
            String distance,
            int m,
            int efConstruction,
            int lists,
            Origin origin,
            Origin methodOrigin,
            Origin distanceOrigin,
            Origin mOrigin,
            Origin efConstructionOrigin,
            Origin listsOrigin) {}

    /** Checks the dimensions of a {@code @Vector} column. */
    public static List<Problem> checkDimensions(String description, String kind, int dimensions, Origin origin) {
        List<Problem> problems = new ArrayList<>();
        if (dimensions < 1) {
            problems.add(Problems.vectorDimensionsTooSmall(origin, dimensions, description));
        } else if ((kind.equals("vector") || kind.equals("halfvec")) && dimensions > MAX_STORED_DIMENSIONS) {
            problems.add(Problems.vectorDimensionsTooLarge(origin, dimensions, description, kind));
        }
        return problems;
    }

    /** Checks a {@code @VectorIndex}: method, parameters, dimensions and operator class. */
    public static List<Problem> checkIndex(IndexSpec index) {
        List<Problem> problems = new ArrayList<>();
        boolean hnsw = index.method().equals("HNSW");
        if (index.kind().equals("sparsevec")) {
            if (!hnsw) {
                problems.add(Problems.sparsevecIvfflat(
                        index.methodOrigin(),
                        index.description(),
                        supportedDistances("sparsevec", "HNSW").contains(index.distance()) ? index.distance() : "L2"));
                return problems;
            }
            problems.add(Problems.sparsevecHnswNonzeroLimit(index.origin(), index.description()));
        }
        Integer maxIndexed = MAX_INDEXED_DIMENSIONS.get(index.kind());
        if (maxIndexed != null && index.dimensions() > maxIndexed) {
            problems.add(Problems.vectorIndexTooManyDimensions(
                    index.origin(),
                    index.description(),
                    index.kind(),
                    maxIndexed,
                    index.dimensions(),
                    dimensionsFix(index.kind(), index.dimensions())));
        }
        if (operatorClass(index.kind(), index.method(), index.distance()) == null) {
            List<String> supported = supportedDistances(index.kind(), index.method());
            problems.add(Problems.distanceWithoutOperatorClass(
                    index.distanceOrigin(),
                    index.method(),
                    index.distance(),
                    index.description(),
                    index.method().toLowerCase(Locale.ROOT),
                    index.kind(),
                    supported.isEmpty() ? "none" : String.join(", ", supported)));
        }
        if (hnsw) {
            checkHnsw(index, problems);
        } else if (index.lists() < 1 || index.lists() > 32_768) {
            problems.add(Problems.ivfflatListsOutOfRange(index.listsOrigin(), index.lists(), index.description()));
        }
        return problems;
    }

    private static void checkHnsw(IndexSpec index, List<Problem> problems) {
        boolean mValid = index.m() >= 2 && index.m() <= 100;
        if (!mValid) {
            problems.add(Problems.hnswMOutOfRange(index.mOrigin(), index.m(), index.description()));
        }
        int ef = index.efConstruction();
        if (ef < 4 || ef > 1000) {
            problems.add(Problems.hnswEfConstructionOutOfRange(index.efConstructionOrigin(), ef, index.description()));
        } else if (mValid && ef < 2 * index.m()) {
            problems.add(Problems.hnswEfConstructionBelow2m(
                    index.efConstructionOrigin(),
                    index.m(),
                    ef,
                    index.description(),
                    2 * index.m(),
                    Math.max(2 * index.m(), 64)));
        }
    }

    private static String dimensionsFix(String kind, int dimensions) {
        switch (kind) {
            case "vector":
                return "Index it cast to halfvec, which indexes up to 4,000 dimensions: @VectorIndex(castToHalfvec = "
                        + "true), or store halfvec: @Vector(dimensions = " + dimensions
                        + ", type = VectorType.HALFVEC), or reduce the dimensions of the embeddings.";
            case "halfvec":
                return "Reduce the dimensions of the embeddings to at most 4,000, or index a binary quantization "
                        + "(a bit(n) column) instead.";
            default:
                return "Reduce the dimensions to at most 64,000.";
        }
    }

    /**
     * The operator class for a pgvector kind, method ({@code HNSW}, {@code IVFFLAT}) and distance
     * ({@code Distance} constant name), or {@code null} when pgvector has none.
     */
    public static String operatorClass(String kind, String method, String distance) {
        if (!supportedDistances(kind, method).contains(distance)) {
            return null;
        }
        switch (distance) {
            case "L2":
                return kind + "_l2_ops";
            case "INNER_PRODUCT":
                return kind + "_ip_ops";
            case "COSINE":
                return kind + "_cosine_ops";
            case "L1":
                return kind + "_l1_ops";
            case "HAMMING":
                return "bit_hamming_ops";
            case "JACCARD":
                return "bit_jaccard_ops";
            default:
                return null;
        }
    }

    /** The distances pgvector has operator classes for, for this kind and method. */
    static List<String> supportedDistances(String kind, String method) {
        boolean hnsw = method.equals("HNSW");
        switch (kind) {
            case "vector":
            case "halfvec":
                return hnsw ? FLOAT_DISTANCES : IVFFLAT_FLOAT_DISTANCES;
            case "sparsevec":
                return hnsw ? FLOAT_DISTANCES : List.of();
            case "bit":
                return hnsw ? List.of("HAMMING", "JACCARD") : List.of("HAMMING");
            default:
                return List.of();
        }
    }
}
