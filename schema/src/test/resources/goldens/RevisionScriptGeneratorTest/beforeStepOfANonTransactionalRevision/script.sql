-- upgrade
-- step 1 (non-transactional) locks: not analysed (hand-written SQL)
UPDATE users SET name = email WHERE name IS NULL;
-- step 2 (non-transactional) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD COLUMN age integer;
-- step 3 (non-transactional) locks: not analysed (hand-written SQL)
UPDATE users SET age = 0;

-- downgrade
-- step 1 (non-transactional) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN age;
