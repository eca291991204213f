ALTER TABLE asset_downloads DROP COLUMN campaign_id;
DROP TABLE campaign_partners;
DROP TABLE campaign_assets;
DROP TABLE campaign_tiers;
DROP TABLE campaign_texts;
DROP TABLE campaigns;
