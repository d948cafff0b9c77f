-- upgrade
-- step 1 (transaction 1) locks: no table locks; new type job_status, nothing else waits
CREATE TYPE job_status AS ENUM ('queued', 'parliament-period');
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on jobs; new table, nothing else waits
CREATE TABLE jobs (
    id bigint NOT NULL,
    status job_status NOT NULL,
    CONSTRAINT pk_jobs PRIMARY KEY (id)
);

-- downgrade
-- step 1 (transaction 1) locks: ACCESS EXCLUSIVE on jobs, briefly; no rewrite, no scan
DROP TABLE jobs;
-- step 2 (transaction 1) locks: ACCESS EXCLUSIVE on type job_status, no table locks, briefly; no rewrite, no scan
DROP TYPE job_status;
