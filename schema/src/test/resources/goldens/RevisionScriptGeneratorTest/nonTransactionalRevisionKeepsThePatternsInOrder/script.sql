-- upgrade
-- step 1 (non-transactional) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT ck_users_age CHECK (age >= 0) NOT VALID;
-- step 2 (non-transactional) locks: SHARE ROW EXCLUSIVE on users, SHARE ROW EXCLUSIVE on orgs, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT fk_users_org_id_orgs FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE NOT VALID;
-- [MIG605] Revision '002' adds CHECK constraint ck_users_age to existing table users: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated in a later transaction of its own, which scans the table while reads and writes continue, and fails if a row violates it. Fix such rows first, e.g. with an @Sql step of this revision.
-- step 3 (non-transactional) locks: SHARE UPDATE EXCLUSIVE on users; scans users, writes continue
ALTER TABLE users VALIDATE CONSTRAINT ck_users_age;
-- [MIG601] Revision '002' adds foreign key fk_users_org_id_orgs to existing table users: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated by VALIDATE CONSTRAINT in a later transaction of its own, which scans users while reads and writes continue, and fails if a row has no match in orgs. Fix such rows first, e.g. with an @Sql step of this revision.
-- step 4 (non-transactional) locks: SHARE UPDATE EXCLUSIVE on users, ROW SHARE on orgs; scans users, writes continue
ALTER TABLE users VALIDATE CONSTRAINT fk_users_org_id_orgs;

-- downgrade
-- step 1 (non-transactional) locks: ACCESS EXCLUSIVE on users, ACCESS EXCLUSIVE on orgs, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT fk_users_org_id_orgs;
-- step 2 (non-transactional) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT ck_users_age;

-- problems
[MIG605] Revision '002' adds CHECK constraint ck_users_age to existing table users: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated in a later transaction of its own, which scans the table while reads and writes continue, and fails if a row violates it. Fix such rows first, e.g. with an @Sql step of this revision.
[MIG601] Revision '002' adds foreign key fk_users_org_id_orgs to existing table users: it is added NOT VALID (a brief lock; rows written from then on are checked) and validated by VALIDATE CONSTRAINT in a later transaction of its own, which scans users while reads and writes continue, and fails if a row has no match in orgs. Fix such rows first, e.g. with an @Sql step of this revision.
