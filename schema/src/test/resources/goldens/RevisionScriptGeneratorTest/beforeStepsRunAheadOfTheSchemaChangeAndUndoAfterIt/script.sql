-- upgrade
-- step 1 (transaction 1, extension pg_trgm) locks: no table locks; creates the extension's objects if missing, nothing waits
CREATE EXTENSION IF NOT EXISTS pg_trgm;
-- step 2 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE users SET nick = email WHERE nick IS NULL;
-- step 3 (transaction 1) locks: not analysed (hand-written SQL)
INSERT INTO audit (what) VALUES ('nicks');
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT ck_users_nick_not_null CHECK (nick IS NOT NULL) NOT VALID;
-- step 5 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE audit SET done = true;
-- [MIG602] Revision '002' makes users.nick NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK ck_users_nick_not_null (nick IS NOT NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this revision.
-- step 6 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on users; scans users, writes continue
ALTER TABLE users VALIDATE CONSTRAINT ck_users_nick_not_null;
-- step 7 (transaction 3) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN nick SET NOT NULL;
-- step 8 (transaction 3) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT ck_users_nick_not_null;

-- downgrade
-- step 1 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE audit SET done = false;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN nick DROP NOT NULL;
-- step 3 (transaction 1) locks: not analysed (hand-written SQL)
DELETE FROM audit WHERE what = 'nicks';
-- step 4 (transaction 1) locks: not analysed (hand-written SQL)
UPDATE users SET nick = NULL;

-- problems
[MIG602] Revision '002' makes users.nick NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK ck_users_nick_not_null (nick IS NOT NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this revision.
