package dev.migrata.annotations;

/** The pgvector index access method of a {@link VectorIndex}. */
public enum IndexMethod {
    /** {@code USING hnsw}: a graph index; better recall and speed, slower to build, no training data needed. */
    HNSW,
    /** {@code USING ivfflat}: an inverted-file index; faster to build, best created after the table has data. */
    IVFFLAT
}
