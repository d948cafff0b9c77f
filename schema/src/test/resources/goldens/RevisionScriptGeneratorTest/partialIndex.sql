-- upgrade
-- non-transactional
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_jobs_run_at ON jobs (run_at) WHERE state = 'queued';
-- non-transactional
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_jobs_state ON jobs (state) WHERE state <> 'done';

-- downgrade
-- non-transactional
DROP INDEX CONCURRENTLY IF EXISTS ix_jobs_run_at;
-- non-transactional
DROP INDEX CONCURRENTLY IF EXISTS ix_jobs_state;
