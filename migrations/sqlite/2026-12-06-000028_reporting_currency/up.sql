-- One reporting currency per tenant, with the exchange rates its vendor
-- admin keeps (how much one unit of a currency is worth in the reporting
-- currency, in billionths, and the day the rate is from). Each deal keeps its
-- own value and currency and, beside them, its value in the reporting
-- currency (minor units; 0 while its currency has no rate), refreshed when a
-- rate changes: sorting, value filters, analytics and tier thresholds use it.
-- Tiers gain what they ask of won business (in the reporting currency).
ALTER TABLE tenant_settings ADD COLUMN reporting_currency TEXT NOT NULL DEFAULT 'USD';
CREATE TABLE exchange_rates (
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    currency TEXT NOT NULL,
    rate_e9 BIGINT NOT NULL,
    as_of DATE NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, currency)
);
ALTER TABLE deals ADD COLUMN value_reporting BIGINT NOT NULL DEFAULT 0;
UPDATE deals SET value_reporting = value_minor WHERE currency = 'USD';
DROP INDEX deals_status_value;
CREATE INDEX deals_status_reported ON deals (tenant_id, status, value_reporting, id);
ALTER TABLE tiers ADD COLUMN min_won_value BIGINT NOT NULL DEFAULT 0;
ALTER TABLE tiers ADD COLUMN min_won_deals INTEGER NOT NULL DEFAULT 0;
