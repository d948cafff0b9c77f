-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT ck_users_name_not_null CHECK (name IS NOT NULL) NOT VALID;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN plan DROP DEFAULT;
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN score SET DEFAULT 0;
-- [MIG602] Revision '002' makes users.name NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK ck_users_name_not_null (name IS NOT NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this revision.
-- step 5 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on users; scans users, writes continue
ALTER TABLE users VALIDATE CONSTRAINT ck_users_name_not_null;
-- step 6 (transaction 3) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
-- step 7 (transaction 3) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT ck_users_name_not_null;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT ck_users_email_not_null CHECK (email IS NOT NULL) NOT VALID;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;
-- step 5 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on users; scans users, writes continue
ALTER TABLE users VALIDATE CONSTRAINT ck_users_email_not_null;
-- step 6 (transaction 3) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
-- step 7 (transaction 3) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT ck_users_email_not_null;

-- problems
[MIG602] Revision '002' makes users.name NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK ck_users_name_not_null (name IS NOT NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this revision.
