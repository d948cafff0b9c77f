-- upgrade
ALTER TABLE users ADD COLUMN age integer;

-- downgrade
ALTER TABLE users DROP COLUMN age;
