DROP TABLE asset_downloads;
DROP TABLE asset_versions;
DROP TABLE asset_tiers;
DROP TABLE asset_texts;
DROP TABLE assets;
