-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD COLUMN domain text;
-- step 2 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE users SET domain = split_part(email, '@', 2);
-- step 3 (transaction 1) locks: not analysed (hand-written SQL)
INSERT INTO audit (what) VALUES ('domains');
-- step 4 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE users SET name = email WHERE name IS NULL;
-- step 5 (non-transactional, re-runnable, index ix_users_domain) locks: SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits for older transactions
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_domain ON users (domain);

-- downgrade
-- step 1 (non-transactional, re-runnable, index ix_users_domain) locks: SHARE UPDATE EXCLUSIVE on users; no scan, writes continue, waits for older transactions
DROP INDEX CONCURRENTLY IF EXISTS ix_users_domain;
-- step 2 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE users SET name = NULL WHERE name = email;
-- step 3 (transaction 1) locks: not analysed (hand-written SQL)
DELETE FROM audit WHERE what = 'domains';
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN domain;
