-- upgrade
-- [MIG608] Revision '002' adds column users.token with the volatile default gen_random_uuid(): PostgreSQL computes it for every existing row, rewriting the table under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add it without that default, backfill it in batches, then set the default.
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users; rewrites it and its indexes, reads and writes wait
ALTER TABLE users ADD COLUMN token uuid NOT NULL DEFAULT gen_random_uuid();

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN token;

-- problems
[MIG608] Revision '002' adds column users.token with the volatile default gen_random_uuid(): PostgreSQL computes it for every existing row, rewriting the table under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add it without that default, backfill it in batches, then set the default.
