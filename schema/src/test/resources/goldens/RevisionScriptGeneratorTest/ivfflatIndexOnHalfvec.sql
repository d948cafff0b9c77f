-- upgrade
-- non-transactional
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_images_features ON images USING ivfflat (features halfvec_l2_ops) WITH (lists = 100);

-- downgrade
-- non-transactional
DROP INDEX CONCURRENTLY IF EXISTS ix_images_features;
