-- Plans: the limits and features a tenant's subscription grants. The
-- defaults ship as data; the operator edits them in the console. A NULL
-- limit means unlimited. tenants.plan names a plan by its key.
CREATE TABLE plans (
    id INTEGER PRIMARY KEY,
    key TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    max_partners BIGINT,
    max_users BIGINT,
    max_storage_bytes BIGINT,
    max_emails_month BIGINT,
    feature_sso INTEGER NOT NULL DEFAULT 1,
    feature_campaigns INTEGER NOT NULL DEFAULT 1,
    feature_api INTEGER NOT NULL DEFAULT 1,
    updated_at TIMESTAMP NOT NULL
);
INSERT INTO plans (key, name, max_partners, max_users, max_storage_bytes, max_emails_month, feature_sso, feature_campaigns, feature_api, updated_at) VALUES
    ('starter', 'Starter', 25, 100, 2147483648, 2000, 0, 0, 0, CURRENT_TIMESTAMP),
    ('standard', 'Standard', 250, 2500, 26843545600, 50000, 1, 1, 1, CURRENT_TIMESTAMP),
    ('enterprise', 'Enterprise', NULL, NULL, NULL, NULL, 1, 1, 1, CURRENT_TIMESTAMP);

-- Usage per tenant and month ('2026-12'): counters of events (e-mails,
-- sign-ins, deals created, API calls) and the peak of levels (users,
-- partner organisations, storage bytes).
CREATE TABLE usage_months (
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    metric TEXT NOT NULL,
    value BIGINT NOT NULL,
    PRIMARY KEY (tenant_id, month, metric)
);

-- The 80% and 100% warnings sent, once per limit, threshold and month.
CREATE TABLE usage_alerts (
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    month TEXT NOT NULL,
    metric TEXT NOT NULL,
    threshold INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, month, metric, threshold)
);
