-- upgrade
ALTER TABLE items ALTER COLUMN id TYPE bigint;
ALTER TABLE items ALTER COLUMN code TYPE varchar(40);
ALTER TABLE items ALTER COLUMN price TYPE numeric(12,2);
ALTER TABLE items ALTER COLUMN seen_at TYPE timestamptz;

-- downgrade
ALTER TABLE items ALTER COLUMN id TYPE integer;
ALTER TABLE items ALTER COLUMN code TYPE varchar(20);
ALTER TABLE items ALTER COLUMN price TYPE numeric(10,2);
ALTER TABLE items ALTER COLUMN seen_at TYPE timestamp;

-- problems
[MIG603] Revision '002' changes items.id from integer to bigint: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
[MIG603] Revision '002' changes items.seen_at from timestamp to timestamptz: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
