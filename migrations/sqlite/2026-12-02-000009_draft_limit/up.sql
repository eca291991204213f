-- How many drafts one partner user may keep at a time: a runaway script
-- (or person) cannot fill the tenant with drafts.
ALTER TABLE tenant_settings ADD COLUMN max_drafts_per_user INTEGER NOT NULL DEFAULT 200;
