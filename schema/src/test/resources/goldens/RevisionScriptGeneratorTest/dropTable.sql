-- upgrade
DROP TABLE sessions;

-- downgrade
CREATE TABLE sessions (
    id uuid NOT NULL,
    user_id uuid NOT NULL,
    expires_at timestamptz,
    CONSTRAINT pk_sessions PRIMARY KEY (id),
    CONSTRAINT fk_sessions_user_id_users FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
CREATE INDEX ix_sessions_expires_at ON sessions (expires_at);
