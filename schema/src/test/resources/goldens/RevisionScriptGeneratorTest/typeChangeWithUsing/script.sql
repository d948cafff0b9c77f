-- upgrade
-- [MIG603] Revision '002' changes items.qty from text to integer: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN qty TYPE integer USING trim(qty)::integer;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN qty TYPE text USING qty::text;

-- problems
[MIG603] Revision '002' changes items.qty from text to integer: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
