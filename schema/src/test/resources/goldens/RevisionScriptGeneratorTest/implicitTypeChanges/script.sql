-- upgrade
-- [MIG603] Revision '002' changes items.id from integer to bigint: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN id TYPE bigint;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items ALTER COLUMN code TYPE varchar(40);
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);
-- [MIG603] Revision '002' changes items.seen_at from timestamp to timestamptz: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN seen_at TYPE timestamptz;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN id TYPE integer;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN code TYPE varchar(20);
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN price TYPE numeric(10,2);
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on items; rewrites it and its indexes, reads and writes wait
ALTER TABLE items ALTER COLUMN seen_at TYPE timestamp;

-- problems
[MIG603] Revision '002' changes items.id from integer to bigint: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
[MIG603] Revision '002' changes items.seen_at from timestamp to timestamptz: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
