package dev.migrata.processor.read;

import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Errors and warnings about pgvector columns and indexes: MIG4xx. */
class VectorErrorsTest extends ProcessorTestSupport {

    private static JavaFileObject schema(String... columns) {
        String[] all = new String[columns.length + 4];
        all[0] = "import com.pgvector.*;";
        all[1] = "@Schema(head = Init.class, tables = {Doc.class}) final class App {}";
        all[2] = ROOT_REVISION;
        all[3] = "@Table record Doc(@Column(primaryKey = true) long id,";
        System.arraycopy(columns, 0, all, 4, columns.length);
        all[all.length - 1] = all[all.length - 1] + ") {}";
        return source("App", all);
    }

    private void assertVectorError(JavaFileObject source, String line, String... fragments) {
        assertError(with(pgvectorStubs(), source), source, line, fragments);
    }

    @Test
    void vectorOnWrongJavaType() {
        JavaFileObject source = schema("@Vector(dimensions = 3) double[] embedding");
        assertVectorError(
                source, "double[] embedding", "[MIG401] @Vector on Doc.embedding, whose Java type is double[]");
    }

    @Test
    void vectorTypeMismatch() {
        JavaFileObject source = schema("@Vector(dimensions = 8, type = VectorType.BIT) PGvector embedding");
        assertVectorError(
                source,
                "VectorType.BIT",
                "[MIG402] @Vector(type = VectorType.BIT) on Doc.embedding does not fit its Java type com.pgvector.PGvector",
                "@Vector(dimensions = 8, type = VectorType.VECTOR), or change the Java type to com.pgvector.PGbit");
    }

    @Test
    void vectorIndexWithoutVector() {
        JavaFileObject source = schema("@VectorIndex float[] embedding");
        assertVectorError(
                source, "@VectorIndex", "[MIG403] @VectorIndex on Doc.embedding, which is not a @Vector column");
    }

    @Test
    void zeroDimensions() {
        JavaFileObject source = schema("@Vector(dimensions = 0) float[] embedding");
        assertVectorError(source, "dimensions = 0", "[MIG404] @Vector(dimensions = 0) on Doc.embedding");
    }

    @Test
    void tooManyStoredDimensions() {
        JavaFileObject source = schema("@Vector(dimensions = 16001, type = VectorType.HALFVEC) float[] embedding");
        assertVectorError(
                source,
                "dimensions = 16001",
                "[MIG405] @Vector(dimensions = 16001) on Doc.embedding: pgvector's halfvec stores at most 16,000 dimensions");
    }

    @Test
    void vectorIndexOverTwoThousandDimensions() {
        JavaFileObject source =
                schema("@Vector(dimensions = 3072) @VectorIndex(distance = Distance.COSINE) float[] embedding");
        assertVectorError(
                source,
                "@VectorIndex",
                "[MIG406] @VectorIndex on Doc.embedding: pgvector indexes vector columns of at most 2,000 dimensions, but it "
                        + "has 3,072",
                "@VectorIndex(castToHalfvec = true)",
                "@Vector(dimensions = 3072, type = VectorType.HALFVEC)");
    }

    @Test
    void halfvecIndexOverFourThousandDimensions() {
        JavaFileObject source = schema("@Vector(dimensions = 4001) @VectorIndex PGhalfvec embedding");
        assertVectorError(
                source,
                "@VectorIndex",
                "[MIG406] @VectorIndex on Doc.embedding: pgvector indexes halfvec columns of "
                        + "at most 4,000 dimensions, but it has 4,001");
    }

    @Test
    void halfvecCastOverFourThousandDimensions() {
        JavaFileObject source = schema(
                "@Vector(dimensions = 4001) @VectorIndex(castToHalfvec = true, distance = Distance.COSINE) float[] e");
        assertVectorError(
                source,
                "@VectorIndex",
                "[MIG406] @VectorIndex on Doc.e: pgvector indexes halfvec columns of at most 4,000 dimensions");
    }

    @Test
    void halfvecCastOfAColumnThatIsNotVector() {
        JavaFileObject source = schema(
                "@Vector(dimensions = 64) @VectorIndex(castToHalfvec = true,",
                "distance = Distance.HAMMING) PGbit bits");
        assertVectorError(
                source,
                "castToHalfvec = true",
                "[MIG415] @VectorIndex(castToHalfvec = true) on Doc.bits, a bit column: only a vector column");
    }

    @Test
    void vectorIndexPredicateWithASecondStatement() {
        JavaFileObject source =
                schema("@Vector(dimensions = 3)", "@VectorIndex(where = \"true; DROP TABLE doc\") float[] e");
        assertVectorError(
                source,
                "where = ",
                "[MIG414] @VectorIndex(where = \"true; DROP TABLE doc\") on Doc.e is not one SQL predicate: it contains "
                        + "';' outside quotes");
    }

    @Test
    void bitIndexOverSixtyFourThousandDimensions() {
        JavaFileObject source =
                schema("@Vector(dimensions = 64001) @VectorIndex(distance = Distance.HAMMING) PGbit bits");
        assertVectorError(
                source,
                "@VectorIndex",
                "[MIG406] @VectorIndex on Doc.bits: pgvector indexes bit columns of at most " + "64,000 dimensions");
    }

    @Test
    void sparsevecWithIvfflat() {
        JavaFileObject source = schema(
                "@Vector(dimensions = 30000) @VectorIndex(method = IndexMethod.IVFFLAT, distance = Distance.INNER_PRODUCT)",
                "PGsparsevec terms");
        assertVectorError(
                source,
                "IndexMethod.IVFFLAT",
                "[MIG407] @VectorIndex(method = IndexMethod.IVFFLAT) on Doc.terms: IVFFlat cannot index sparsevec",
                "@VectorIndex(method = IndexMethod.HNSW, distance = Distance.INNER_PRODUCT)");
    }

    @Test
    void sparsevecWithHnswWarnsAboutNonZeroLimit() {
        JavaFileObject source = schema("@Vector(dimensions = 30000) @VectorIndex PGsparsevec terms");
        assertWarning(
                with(pgvectorStubs(), source),
                source,
                "@VectorIndex",
                "[MIG408] @VectorIndex on sparsevec column Doc.terms: an HNSW index on sparsevec accepts only vectors with "
                        + "at most 1,000 non-zero elements");
    }

    @Test
    void hnswMOutOfRange() {
        JavaFileObject source = schema("@Vector(dimensions = 3) @VectorIndex(m = 1) float[] embedding");
        assertVectorError(source, "m = 1", "[MIG409] @VectorIndex(m = 1) on Doc.embedding: HNSW's m");
    }

    @Test
    void hnswEfConstructionOutOfRange() {
        JavaFileObject source = schema("@Vector(dimensions = 3) @VectorIndex(efConstruction = 2000) float[] embedding");
        assertVectorError(
                source,
                "efConstruction = 2000",
                "[MIG410] @VectorIndex(efConstruction = 2000) on Doc.embedding: HNSW's ef_construction must be between 4 and 1000");
    }

    @Test
    void hnswEfConstructionBelowTwiceM() {
        JavaFileObject source =
                schema("@Vector(dimensions = 3) @VectorIndex(m = 48, efConstruction = 64) float[] embedding");
        assertVectorError(
                source,
                "efConstruction = 64",
                "[MIG411] @VectorIndex(m = 48, efConstruction = 64) on Doc.embedding: ef_construction must be at least "
                        + "2 * m = 96",
                "@VectorIndex(m = 48, efConstruction = 96)");
    }

    @Test
    void ivfflatListsOutOfRange() {
        JavaFileObject source = schema(
                "@Vector(dimensions = 3) @VectorIndex(method = IndexMethod.IVFFLAT, lists = 0) float[] embedding");
        assertVectorError(source, "lists = 0", "[MIG412] @VectorIndex(lists = 0) on Doc.embedding");
    }

    @Test
    void ivfflatHasNoL1() {
        JavaFileObject source = schema(
                "@Vector(dimensions = 3) @VectorIndex(method = IndexMethod.IVFFLAT, distance = Distance.L1) float[] embedding");
        assertVectorError(
                source,
                "Distance.L1",
                "[MIG413] @VectorIndex(method = IndexMethod.IVFFLAT, distance = Distance.L1) on Doc.embedding: pgvector has no "
                        + "ivfflat operator class for vector with this distance. Supported distances for vector with IVFFLAT: "
                        + "L2, INNER_PRODUCT, COSINE.");
    }

    @Test
    void hammingOnFloatVector() {
        JavaFileObject source =
                schema("@Vector(dimensions = 3) @VectorIndex(distance = Distance.HAMMING) float[] embedding");
        assertVectorError(
                source,
                "Distance.HAMMING",
                "[MIG413]",
                "Supported distances for vector with HNSW: L2, INNER_PRODUCT, COSINE, L1.");
    }

    @Test
    void jaccardOnBitWithIvfflat() {
        JavaFileObject source = schema(
                "@Vector(dimensions = 64) @VectorIndex(method = IndexMethod.IVFFLAT, distance = Distance.JACCARD) PGbit bits");
        assertVectorError(source, "Distance.JACCARD", "[MIG413]", "Supported distances for bit with IVFFLAT: HAMMING.");
    }
}
