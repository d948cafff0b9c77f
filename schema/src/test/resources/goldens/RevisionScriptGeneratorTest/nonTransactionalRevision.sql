-- upgrade
-- non-transactional
ALTER TABLE users ADD COLUMN age integer;
-- non-transactional
UPDATE users SET age = 0;
-- non-transactional
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_age ON users (age);

-- downgrade
-- non-transactional
ALTER TABLE users DROP COLUMN age;
-- non-transactional
DROP INDEX CONCURRENTLY IF EXISTS ix_users_age;
