-- upgrade
ALTER TABLE users DROP CONSTRAINT uq_users_email;
ALTER TABLE users DROP COLUMN email;

-- downgrade
ALTER TABLE users ADD COLUMN email varchar(255) NOT NULL;
ALTER TABLE users ADD CONSTRAINT uq_users_email UNIQUE (email);
