-- upgrade
ALTER TABLE users ALTER COLUMN name SET NOT NULL;
ALTER TABLE users ALTER COLUMN email DROP NOT NULL;
ALTER TABLE users ALTER COLUMN plan DROP DEFAULT;
ALTER TABLE users ALTER COLUMN score SET DEFAULT 0;

-- downgrade
ALTER TABLE users ALTER COLUMN name DROP NOT NULL;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ALTER COLUMN plan SET DEFAULT 'free';
ALTER TABLE users ALTER COLUMN score DROP DEFAULT;

-- problems
[MIG602] Revision '002' makes users.name NOT NULL: SET NOT NULL reads the whole table under an ACCESS EXCLUSIVE lock (reads and writes wait) and fails if a row holds NULL. Backfill first (an @Sql step of an earlier revision) and run it when the table is quiet.
