-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT uq_users_email;
-- [MIG606] Revision '002' adds unique constraint uq_users_handle to existing table users: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build is re-runnable.
-- step 2 (non-transactional, re-runnable, index uq_users_handle) locks: SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_users_handle ON users (handle);
-- step 3 (transaction 2) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT uq_users_handle UNIQUE USING INDEX uq_users_handle;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT uq_users_handle;
-- step 2 (non-transactional, re-runnable, index uq_users_email) locks: SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_users_email ON users (email);
-- step 3 (transaction 2) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email;

-- problems
[MIG606] Revision '002' adds unique constraint uq_users_handle to existing table users: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build is re-runnable.
