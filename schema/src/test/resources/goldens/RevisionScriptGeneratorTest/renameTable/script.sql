-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users RENAME TO accounts;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on posts, briefly; no rewrite, no scan
ALTER TABLE posts RENAME CONSTRAINT fk_posts_author_id_users TO fk_posts_author_id_accounts;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on accounts, briefly; no rewrite, no scan
ALTER TABLE accounts RENAME CONSTRAINT pk_users TO pk_accounts;
-- step 4 (transaction 1) locks: ACCESS EXCLUSIVE on accounts, briefly; no rewrite, no scan
ALTER TABLE accounts RENAME CONSTRAINT uq_users_email TO uq_accounts_email;
-- step 5 (transaction 1) locks: SHARE UPDATE EXCLUSIVE on index ix_users_email, briefly; no rewrite, no scan
ALTER INDEX ix_users_email RENAME TO ix_accounts_email;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on accounts, briefly; no rewrite, no scan
ALTER TABLE accounts RENAME TO users;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users RENAME CONSTRAINT pk_accounts TO pk_users;
-- step 3 (transaction 1) locks: ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
ALTER TABLE users RENAME CONSTRAINT uq_accounts_email TO uq_users_email;
-- step 4 (transaction 1) locks: SHARE UPDATE EXCLUSIVE on index ix_accounts_email, briefly; no rewrite, no scan
ALTER INDEX ix_accounts_email RENAME TO ix_users_email;
-- step 5 (transaction 1) locks: ACCESS EXCLUSIVE on posts, briefly; no rewrite, no scan
ALTER TABLE posts RENAME CONSTRAINT fk_posts_author_id_accounts TO fk_posts_author_id_users;
