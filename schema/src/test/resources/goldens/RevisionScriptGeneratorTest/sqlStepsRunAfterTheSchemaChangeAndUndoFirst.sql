-- upgrade
ALTER TABLE users ADD COLUMN domain text;
UPDATE users SET domain = split_part(email, '@', 2);
INSERT INTO audit (what) VALUES ('domains');
UPDATE users SET name = email WHERE name IS NULL;
-- non-transactional
CREATE INDEX CONCURRENTLY IF NOT EXISTS ix_users_domain ON users (domain);

-- downgrade
UPDATE users SET name = NULL WHERE name = email;
DELETE FROM audit WHERE what = 'domains';
ALTER TABLE users DROP COLUMN domain;
-- non-transactional
DROP INDEX CONCURRENTLY IF EXISTS ix_users_domain;
