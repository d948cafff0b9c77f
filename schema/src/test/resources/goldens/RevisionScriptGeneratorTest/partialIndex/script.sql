-- upgrade
-- step 1 (non-transactional, re-runnable, index ix_jobs_run_at) locks: SHARE UPDATE EXCLUSIVE on jobs; scans jobs twice, writes continue, waits for older transactions
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_jobs_run_at ON jobs (run_at) WHERE state = 'queued';
-- [MIG611] Revision '002' adds unique index ix_jobs_state to existing table jobs: it is built CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue) and fails if existing rows are duplicates (the INVALID index a failed build leaves is dropped). Remove the duplicates before deploying.
-- step 2 (non-transactional, re-runnable, index ix_jobs_state) locks: SHARE UPDATE EXCLUSIVE on jobs; scans jobs twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS ix_jobs_state ON jobs (state) WHERE state <> 'done';

-- downgrade
-- step 1 (non-transactional, re-runnable, index ix_jobs_run_at) locks: SHARE UPDATE EXCLUSIVE on jobs; no scan, writes continue, waits for older transactions
DROP INDEX CONCURRENTLY IF EXISTS ix_jobs_run_at;
-- step 2 (non-transactional, re-runnable, index ix_jobs_state) locks: SHARE UPDATE EXCLUSIVE on jobs; no scan, writes continue, waits for older transactions
DROP INDEX CONCURRENTLY IF EXISTS ix_jobs_state;

-- problems
[MIG611] Revision '002' adds unique index ix_jobs_state to existing table jobs: it is built CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue) and fails if existing rows are duplicates (the INVALID index a failed build leaves is dropped). Remove the duplicates before deploying.
