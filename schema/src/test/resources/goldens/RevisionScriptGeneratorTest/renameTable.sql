-- upgrade
ALTER TABLE users RENAME TO accounts;
ALTER TABLE posts RENAME CONSTRAINT fk_posts_author_id_users TO fk_posts_author_id_accounts;
ALTER TABLE accounts RENAME CONSTRAINT pk_users TO pk_accounts;
ALTER TABLE accounts RENAME CONSTRAINT uq_users_email TO uq_accounts_email;
ALTER INDEX ix_users_email RENAME TO ix_accounts_email;

-- downgrade
ALTER TABLE accounts RENAME TO users;
ALTER TABLE users RENAME CONSTRAINT pk_accounts TO pk_users;
ALTER TABLE users RENAME CONSTRAINT uq_accounts_email TO uq_users_email;
ALTER INDEX ix_accounts_email RENAME TO ix_users_email;
ALTER TABLE posts RENAME CONSTRAINT fk_posts_author_id_accounts TO fk_posts_author_id_users;
