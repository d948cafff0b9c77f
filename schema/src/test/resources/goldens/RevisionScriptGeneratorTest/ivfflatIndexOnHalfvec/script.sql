-- upgrade
-- step 1 (non-transactional, re-runnable, index ix_images_features) locks: SHARE UPDATE EXCLUSIVE on images; scans images twice, writes continue, waits for older transactions
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_images_features ON images USING ivfflat (features halfvec_l2_ops) WITH (lists = 100);

-- downgrade
-- step 1 (non-transactional, re-runnable, index ix_images_features) locks: SHARE UPDATE EXCLUSIVE on images; no scan, writes continue, waits for older transactions
DROP INDEX CONCURRENTLY IF EXISTS ix_images_features;
