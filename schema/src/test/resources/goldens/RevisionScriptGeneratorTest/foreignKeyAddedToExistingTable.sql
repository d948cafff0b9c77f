-- upgrade
ALTER TABLE users ADD CONSTRAINT fk_users_org_id_orgs FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE SET NULL NOT VALID;
ALTER TABLE users VALIDATE CONSTRAINT fk_users_org_id_orgs;

-- downgrade
ALTER TABLE users DROP CONSTRAINT fk_users_org_id_orgs;

-- problems
[MIG601] Revision '002' adds foreign key fk_users_org_id_orgs to existing table users: it is added NOT VALID and then checked by VALIDATE CONSTRAINT, which reads every row of users (and fails if a row has no match in orgs). For a large table, put the foreign key in a revision of its own, so the validation does not hold other locks.
