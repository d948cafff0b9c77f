-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED')) NOT VALID;
-- [MIG604] Revision '002' removes ARCHIVED from the enum column tickets.state: its CHECK constraint is replaced NOT VALID (rows written from then on must hold a remaining constant) and validated in a later transaction of its own, which scans the table while reads and writes continue, and fails if a row still holds a removed value. Update those rows first, e.g. with an @Sql step of this revision.
-- step 3 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on tickets; scans tickets, writes continue
ALTER TABLE tickets VALIDATE CONSTRAINT ck_tickets_state;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED', 'ARCHIVED')) NOT VALID;
-- step 3 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on tickets; scans tickets, writes continue
ALTER TABLE tickets VALIDATE CONSTRAINT ck_tickets_state;

-- problems
[MIG604] Revision '002' removes ARCHIVED from the enum column tickets.state: its CHECK constraint is replaced NOT VALID (rows written from then on must hold a remaining constant) and validated in a later transaction of its own, which scans the table while reads and writes continue, and fails if a row still holds a removed value. Update those rows first, e.g. with an @Sql step of this revision.
