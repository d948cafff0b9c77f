-- upgrade
ALTER TABLE items DROP CONSTRAINT ck_items_price;
ALTER TABLE items ADD CONSTRAINT ck_items_price CHECK (price > 0);

-- downgrade
ALTER TABLE items DROP CONSTRAINT ck_items_price;
ALTER TABLE items ADD CONSTRAINT ck_items_price CHECK (price >= 0);

-- problems
[MIG605] Revision '002' adds CHECK constraint ck_items_price to existing table items: it reads every row under an ACCESS EXCLUSIVE lock and fails if a row violates it.
