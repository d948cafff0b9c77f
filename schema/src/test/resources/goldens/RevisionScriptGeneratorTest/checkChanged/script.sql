-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items DROP CONSTRAINT ck_items_price;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items ADD CONSTRAINT ck_items_price CHECK (price > 0) NOT VALID;
-- [MIG605] Revision '002' adds CHECK constraint ck_items_price to existing table items: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated in a later transaction of its own, which scans the table while reads and writes continue, and fails if a row violates it. Fix such rows first, e.g. with an @Sql step of this revision.
-- step 3 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on items; scans items, writes continue
ALTER TABLE items VALIDATE CONSTRAINT ck_items_price;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items DROP CONSTRAINT ck_items_price;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on items, briefly; no rewrite, no scan
ALTER TABLE items ADD CONSTRAINT ck_items_price CHECK (price >= 0) NOT VALID;
-- step 3 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on items; scans items, writes continue
ALTER TABLE items VALIDATE CONSTRAINT ck_items_price;

-- problems
[MIG605] Revision '002' adds CHECK constraint ck_items_price to existing table items: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated in a later transaction of its own, which scans the table while reads and writes continue, and fails if a row violates it. Fix such rows first, e.g. with an @Sql step of this revision.
