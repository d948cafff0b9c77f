-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED', 'ARCHIVED')) NOT VALID;
-- [MIG609] Revision '002' adds ARCHIVED to the enum column tickets.state: its CHECK constraint ck_tickets_state is replaced NOT VALID (a brief lock) and validated in a later transaction of its own, which scans the table while reads and writes continue. It cannot fail: every value allowed before is still allowed.
-- step 3 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on tickets; scans tickets, writes continue
ALTER TABLE tickets VALIDATE CONSTRAINT ck_tickets_state;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on tickets, briefly; no rewrite, no scan
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED')) NOT VALID;
-- step 3 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on tickets; scans tickets, writes continue
ALTER TABLE tickets VALIDATE CONSTRAINT ck_tickets_state;

-- problems
[MIG609] Revision '002' adds ARCHIVED to the enum column tickets.state: its CHECK constraint ck_tickets_state is replaced NOT VALID (a brief lock) and validated in a later transaction of its own, which scans the table while reads and writes continue. It cannot fail: every value allowed before is still allowed.
