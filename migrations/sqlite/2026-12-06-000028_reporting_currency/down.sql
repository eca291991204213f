ALTER TABLE tiers DROP COLUMN min_won_deals;
ALTER TABLE tiers DROP COLUMN min_won_value;
DROP INDEX deals_status_reported;
CREATE INDEX deals_status_value ON deals (tenant_id, status, value_minor, id);
ALTER TABLE deals DROP COLUMN value_reporting;
DROP TABLE exchange_rates;
ALTER TABLE tenant_settings DROP COLUMN reporting_currency;
