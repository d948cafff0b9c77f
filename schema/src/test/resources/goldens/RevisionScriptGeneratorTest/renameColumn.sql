-- upgrade
ALTER TABLE users RENAME COLUMN name TO full_name;

-- downgrade
ALTER TABLE users RENAME COLUMN full_name TO name;
