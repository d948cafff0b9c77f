-- upgrade
CREATE EXTENSION IF NOT EXISTS vector;
ALTER TABLE documents ADD COLUMN embedding vector(3);
-- non-transactional
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding ON documents USING hnsw (embedding vector_cosine_ops) WITH (ef_construction = 64, m = 16);

-- downgrade
ALTER TABLE documents DROP COLUMN embedding;
-- non-transactional
DROP INDEX CONCURRENTLY IF EXISTS ix_documents_embedding;
