-- upgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on sessions, ACCESS EXCLUSIVE on users, briefly; no rewrite, no scan
DROP TABLE sessions;

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on sessions, SHARE ROW EXCLUSIVE on users, briefly; no rewrite, no scan
CREATE TABLE sessions (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamptz,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
-- step 2 (transaction 1) locks: SHARE on sessions; new table, nothing else waits
CREATE INDEX ix_sessions_expires_at ON sessions (expires_at);
