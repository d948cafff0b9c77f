-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD COLUMN age integer;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN age;
