-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items RENAME TO stock;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on stock, briefly; no rewrite, no scan
ALTER TABLE stock RENAME COLUMN qty TO quantity;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on stock, briefly; no rewrite, no scan
ALTER TABLE stock RENAME CONSTRAINT pk_items TO pk_stock;
-- [MIG603] Revision '002' changes stock.quantity from text to integer: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on stock; rewrites it and its indexes, reads and writes wait
ALTER TABLE stock ALTER COLUMN quantity TYPE integer USING quantity::integer;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on stock; rewrites it and its indexes, reads and writes wait
ALTER TABLE stock ALTER COLUMN quantity TYPE text USING quantity::text;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on stock, briefly; no rewrite, no scan
ALTER TABLE stock RENAME TO items;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items RENAME COLUMN quantity TO qty;
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items RENAME CONSTRAINT pk_stock TO pk_items;

-- problems
[MIG603] Revision '002' changes stock.quantity from text to integer: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
