ALTER TABLE asset_versions DROP COLUMN body_text;
ALTER TABLE asset_versions DROP COLUMN subject;
