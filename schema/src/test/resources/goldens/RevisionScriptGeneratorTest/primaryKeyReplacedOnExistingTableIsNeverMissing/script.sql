-- upgrade
-- [MIG606] Revision '002' adds primary key pk_memberships to existing table memberships: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build is re-runnable.
-- step 1 (non-transactional, re-runnable, index pk_memberships_new) locks: SHARE UPDATE EXCLUSIVE on memberships; scans memberships twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS pk_memberships_new ON memberships (user_id, org);
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on memberships, briefly; no rewrite, no scan
ALTER TABLE memberships DROP CONSTRAINT pk_memberships;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on memberships, briefly; no rewrite, no scan
ALTER TABLE memberships ADD CONSTRAINT pk_memberships PRIMARY KEY USING INDEX pk_memberships_new;

-- downgrade
-- step 1 (non-transactional, re-runnable, index pk_memberships_new) locks: SHARE UPDATE EXCLUSIVE on memberships; scans memberships twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS pk_memberships_new ON memberships (user_id);
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on memberships, briefly; no rewrite, no scan
ALTER TABLE memberships DROP CONSTRAINT pk_memberships;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on memberships, briefly; no rewrite, no scan
ALTER TABLE memberships ADD CONSTRAINT pk_memberships PRIMARY KEY USING INDEX pk_memberships_new;

-- problems
[MIG606] Revision '002' adds primary key pk_memberships to existing table memberships: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build is re-runnable.
