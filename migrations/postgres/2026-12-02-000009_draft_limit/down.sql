ALTER TABLE tenant_settings DROP COLUMN max_drafts_per_user;
