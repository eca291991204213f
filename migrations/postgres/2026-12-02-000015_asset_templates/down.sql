ALTER TABLE asset_versions DROP COLUMN body_text, DROP COLUMN subject;
