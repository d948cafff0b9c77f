-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on codes, briefly; no rewrite, no scan
ALTER TABLE codes ADD CONSTRAINT ck_codes_code_not_null CHECK (code IS NOT NULL) NOT VALID;
-- [MIG602] Revision '002' makes codes.code NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK ck_codes_code_not_null (code IS NOT NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this revision.
-- step 2 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on codes; scans codes, writes continue
ALTER TABLE codes VALIDATE CONSTRAINT ck_codes_code_not_null;
-- step 3 (transaction 3) locks: ACCESS EXCLUSIVE on codes, briefly; no rewrite, no scan
ALTER TABLE codes ALTER COLUMN code SET NOT NULL;
-- step 4 (transaction 3) locks: ACCESS EXCLUSIVE on codes, briefly; no rewrite, no scan
ALTER TABLE codes DROP CONSTRAINT ck_codes_code_not_null;
-- [MIG606] Revision '002' adds primary key pk_codes to existing table codes: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build is re-runnable.
-- step 5 (non-transactional, re-runnable, index pk_codes) locks: SHARE UPDATE EXCLUSIVE on codes; scans codes twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS pk_codes ON codes (code);
-- step 6 (transaction 4) locks: ACCESS EXCLUSIVE on codes, briefly; no rewrite, no scan
ALTER TABLE codes ADD CONSTRAINT pk_codes PRIMARY KEY USING INDEX pk_codes;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on codes, briefly; no rewrite, no scan
ALTER TABLE codes DROP CONSTRAINT pk_codes;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on codes, briefly; no rewrite, no scan
ALTER TABLE codes ALTER COLUMN code DROP NOT NULL;

-- problems
[MIG602] Revision '002' makes codes.code NOT NULL without scanning under an ACCESS EXCLUSIVE lock: CHECK ck_codes_code_not_null (code IS NOT NULL) is added NOT VALID, validated in a later transaction of its own (it scans the table while reads and writes continue, and fails if a row holds NULL), then SET NOT NULL relies on it instead of scanning, and the check is dropped. Backfill the NULLs first, e.g. with an @Sql step of this revision.
[MIG606] Revision '002' adds primary key pk_codes to existing table codes: its unique index is built by CREATE UNIQUE INDEX CONCURRENTLY outside any transaction (it scans the table twice while reads and writes continue), then attached by ADD CONSTRAINT ... USING INDEX in a later transaction (a brief ACCESS EXCLUSIVE lock; a primary key it replaces is dropped in that same transaction). The build fails if existing rows are duplicates: remove them and upgrade again, the build is re-runnable.
