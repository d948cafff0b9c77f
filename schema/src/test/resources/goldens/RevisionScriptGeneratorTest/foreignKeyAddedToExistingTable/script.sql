-- upgrade
-- step 1 (transaction 1) locks: SHARE ROW EXCLUSIVE on users, SHARE ROW EXCLUSIVE on orgs, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT fk_users_org_id_orgs FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE SET NULL NOT VALID;
-- [MIG601] Revision '002' adds foreign key fk_users_org_id_orgs to existing table users: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated by VALIDATE CONSTRAINT in a later transaction of its own, which scans users while reads and writes continue, and fails if a row has no match in orgs. Fix such rows first, e.g. with an @Sql step of this revision.
-- step 2 (transaction 2) locks: SHARE UPDATE EXCLUSIVE on users, ROW SHARE on orgs; scans users, writes continue
ALTER TABLE users VALIDATE CONSTRAINT fk_users_org_id_orgs;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, ACCESS EXCLUSIVE on orgs, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT fk_users_org_id_orgs;

-- problems
[MIG601] Revision '002' adds foreign key fk_users_org_id_orgs to existing table users: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated by VALIDATE CONSTRAINT in a later transaction of its own, which scans users while reads and writes continue, and fails if a row has no match in orgs. Fix such rows first, e.g. with an @Sql step of this revision.
