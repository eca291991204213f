ALTER TABLE tiers RENAME COLUMN auto_approve_hundredths TO auto_approve_minor;
