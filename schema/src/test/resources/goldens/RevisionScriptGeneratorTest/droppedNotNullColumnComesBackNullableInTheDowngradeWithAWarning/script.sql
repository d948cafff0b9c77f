-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP CONSTRAINT uq_users_email;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users DROP COLUMN email;

-- downgrade
-- [MIG610] Revision '002' drops NOT NULL column users.email, which has no default: its downgrade restores users.email without NOT NULL, since the dropped values are gone and NOT NULL would fail on a table with rows. For a downgrade that restores NOT NULL, give the column a default in an earlier revision (@Column(defaultValue = "...")) before dropping it; or, after a downgrade, fill the column and run ALTER TABLE users ALTER COLUMN email SET NOT NULL by hand.
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD COLUMN email varchar(255);
-- step 2 (non-transactional, re-runnable, index uq_users_email) locks: SHARE UPDATE EXCLUSIVE on users; scans users twice, writes continue, waits for older transactions
CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS uq_users_email ON users (email);
-- step 3 (transaction 2) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE USING INDEX uq_users_email;

-- problems
[MIG610] Revision '002' drops NOT NULL column users.email, which has no default: its downgrade restores users.email without NOT NULL, since the dropped values are gone and NOT NULL would fail on a table with rows. For a downgrade that restores NOT NULL, give the column a default in an earlier revision (@Column(defaultValue = "...")) before dropping it; or, after a downgrade, fill the column and run ALTER TABLE users ALTER COLUMN email SET NOT NULL by hand.
