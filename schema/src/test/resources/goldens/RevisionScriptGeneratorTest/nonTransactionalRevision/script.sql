-- upgrade
-- step 1 (non-transactional) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD COLUMN age integer;
-- step 2 (non-transactional) locks: not analysed (hand-written SQL)
UPDATE users SET age = 0;
-- step 3 (non-transactional, re-runnable, index ix_users_age) locks: SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits for older transactions
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_age ON users (age);

-- downgrade
-- step 1 (non-transactional, re-runnable, index ix_users_age) locks: SHARE UPDATE EXCLUSIVE on users; no scan, writes continue, waits for older transactions
DROP INDEX CONCURRENTLY IF EXISTS ix_users_age;
-- step 2 (non-transactional) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN age;
