-- upgrade
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED', 'ARCHIVED'));

-- downgrade
ALTER TABLE tickets DROP CONSTRAINT ck_tickets_state;
ALTER TABLE tickets ADD CONSTRAINT ck_tickets_state CHECK (state IN ('OPEN', 'CLOSED'));
