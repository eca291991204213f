-- E-mail templates are assets too: each version keeps its subject and text
-- part here; its HTML part is the version's stored file.
ALTER TABLE asset_versions ADD COLUMN subject TEXT NOT NULL DEFAULT '';
ALTER TABLE asset_versions ADD COLUMN body_text TEXT NOT NULL DEFAULT '';
