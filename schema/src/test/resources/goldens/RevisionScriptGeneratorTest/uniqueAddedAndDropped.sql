-- upgrade
ALTER TABLE users DROP CONSTRAINT uq_users_email;
ALTER TABLE users ADD CONSTRAINT uq_users_handle UNIQUE (handle);

-- downgrade
ALTER TABLE users DROP CONSTRAINT uq_users_handle;
ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);

-- problems
[MIG606] Revision '002' adds unique constraint uq_users_handle to existing table users: its index is built under a lock that blocks writes, and the migration fails if existing rows are duplicates.
