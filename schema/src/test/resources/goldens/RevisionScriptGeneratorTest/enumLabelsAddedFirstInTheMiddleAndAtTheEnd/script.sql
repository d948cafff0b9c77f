-- upgrade
-- [MIG228] Revision '002' adds label 'new' to enum type job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a label added in it), so the label stays if a later step fails. Its downgrade keeps the label: PostgreSQL cannot drop an enum label, so after a downgrade job_status still accepts 'new'; upgrading again finds it in place.
-- step 1 (non-transactional, re-runnable) locks: EXCLUSIVE on type job_status, no table locks, briefly; no rewrite, no scan
ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'new' BEFORE 'queued';
-- [MIG228] Revision '002' adds label 'running' to enum type job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a label added in it), so the label stays if a later step fails. Its downgrade keeps the label: PostgreSQL cannot drop an enum label, so after a downgrade job_status still accepts 'running'; upgrading again finds it in place.
-- step 2 (non-transactional, re-runnable) locks: EXCLUSIVE on type job_status, no table locks, briefly; no rewrite, no scan
ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'running' AFTER 'queued';
-- [MIG228] Revision '002' adds label 'failed' to enum type job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a label added in it), so the label stays if a later step fails. Its downgrade keeps the label: PostgreSQL cannot drop an enum label, so after a downgrade job_status still accepts 'failed'; upgrading again finds it in place.
-- step 3 (non-transactional, re-runnable) locks: EXCLUSIVE on type job_status, no table locks, briefly; no rewrite, no scan
ALTER TYPE job_status ADD VALUE IF NOT EXISTS 'failed';

-- downgrade

-- problems
[MIG228] Revision '002' adds label 'new' to enum type job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a label added in it), so the label stays if a later step fails. Its downgrade keeps the label: PostgreSQL cannot drop an enum label, so after a downgrade job_status still accepts 'new'; upgrading again finds it in place.
[MIG228] Revision '002' adds label 'running' to enum type job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a label added in it), so the label stays if a later step fails. Its downgrade keeps the label: PostgreSQL cannot drop an enum label, so after a downgrade job_status still accepts 'running'; upgrading again finds it in place.
[MIG228] Revision '002' adds label 'failed' to enum type job_status: ALTER TYPE ... ADD VALUE IF NOT EXISTS runs in a step of its own outside any transaction, before the rest of the revision (PostgreSQL lets no transaction use a label added in it), so the label stays if a later step fails. Its downgrade keeps the label: PostgreSQL cannot drop an enum label, so after a downgrade job_status still accepts 'failed'; upgrading again finds it in place.
