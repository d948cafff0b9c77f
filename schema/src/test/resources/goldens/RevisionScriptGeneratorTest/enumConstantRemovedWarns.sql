-- upgrade
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED'));

-- downgrade
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED', 'ARCHIVED'));

-- problems
[MIG604] Revision '002' removes ARCHIVED from the enum column tickets.state: the CHECK constraint is replaced, and the migration fails if a row still holds a removed value. Update those rows first, e.g. with an @Sql step.
