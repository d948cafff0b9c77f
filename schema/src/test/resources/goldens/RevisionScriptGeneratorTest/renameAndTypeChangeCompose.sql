-- upgrade
ALTER TABLE items RENAME TO stock;
ALTER TABLE stock RENAME COLUMN qty TO quantity;
ALTER TABLE stock RENAME CONSTRAINT pk_items TO pk_stock;
ALTER TABLE stock ALTER COLUMN quantity TYPE integer USING quantity::integer;

-- downgrade
ALTER TABLE stock ALTER COLUMN quantity TYPE text USING quantity::text;
ALTER TABLE stock RENAME TO items;
ALTER TABLE items RENAME COLUMN quantity TO qty;
ALTER TABLE items RENAME CONSTRAINT pk_stock TO pk_items;

-- problems
[MIG603] Revision '002' changes stock.quantity from text to integer: PostgreSQL rewrites the table and its indexes under an ACCESS EXCLUSIVE lock (reads and writes wait). For a large table, add a new column, backfill it in batches and switch over instead.
