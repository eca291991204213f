ALTER TABLE deal_events DROP COLUMN via_token;
