-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD COLUMN active boolean NOT NULL DEFAULT true;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN active;
