-- upgrade
-- step 1 (transaction 1, extension vector) locks: no table locks; creates the extension's objects if missing, nothing waits
CREATE EXTENSION IF NOT EXISTS vector;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on documents, briefly; no rewrite, no scan
ALTER TABLE documents ADD COLUMN embedding vector(3);
-- step 3 (non-transactional, re-runnable, index ix_documents_embedding) locks: SHARE UPDATE EXCLUSIVE on documents; scans documents twice, writes continue, waits for older transactions
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_documents_embedding ON documents USING hnsw (embedding vector_cosine_ops) WITH (ef_construction = 64, m = 16);

-- downgrade
-- step 1 (non-transactional, re-runnable, index ix_documents_embedding) locks: SHARE UPDATE EXCLUSIVE on documents; no scan, writes continue, waits for older transactions
DROP INDEX CONCURRENTLY IF EXISTS ix_documents_embedding;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on documents, briefly; no rewrite, no scan
ALTER TABLE documents DROP COLUMN embedding;
