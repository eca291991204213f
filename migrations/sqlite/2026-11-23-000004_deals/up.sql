-- Deal registration: products, tier rules, deals with their timeline,
-- in-app notifications and partner applications.

ALTER TABLE tiers ADD COLUMN auto_approve_minor BIGINT NOT NULL DEFAULT 0;

CREATE TABLE products (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    sku TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, name)
);

CREATE TABLE deals (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- What URLs show: random, so ids reveal nothing and cannot be guessed.
    public_id TEXT NOT NULL UNIQUE,
    partner_org_id BIGINT NOT NULL,
    submitted_by BIGINT NOT NULL,
    customer_company TEXT NOT NULL,
    company_key TEXT NOT NULL,
    customer_domain TEXT NOT NULL,
    domain_key TEXT NOT NULL,
    country TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    value_minor BIGINT NOT NULL CHECK (value_minor >= 0),
    currency TEXT NOT NULL,
    expected_close DATE NOT NULL,
    description TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'approved', 'rejected', 'info_requested', 'won', 'lost', 'expired')),
    needs_review INTEGER NOT NULL DEFAULT 0,
    protected_until TIMESTAMP,
    extension_requested INTEGER NOT NULL DEFAULT 0,
    expiry_warned INTEGER NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    submitted_at TIMESTAMP,
    decided_at TIMESTAMP,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, partner_org_id) REFERENCES organisations (tenant_id, id),
    FOREIGN KEY (tenant_id, submitted_by) REFERENCES users (tenant_id, id)
);
CREATE INDEX deals_partner ON deals (tenant_id, partner_org_id, id);
CREATE INDEX deals_status ON deals (tenant_id, status, id);
CREATE INDEX deals_company ON deals (tenant_id, company_key);
CREATE INDEX deals_domain ON deals (tenant_id, domain_key);
CREATE INDEX deals_expiry ON deals (status, protected_until);

CREATE TABLE deal_products (
    tenant_id BIGINT NOT NULL,
    deal_id BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    PRIMARY KEY (deal_id, product_id),
    FOREIGN KEY (tenant_id, deal_id) REFERENCES deals (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, product_id) REFERENCES products (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX deal_products_product ON deal_products (tenant_id, product_id);

CREATE TABLE deal_events (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    deal_id BIGINT NOT NULL,
    actor_user_id BIGINT,
    action TEXT NOT NULL,
    from_status TEXT,
    to_status TEXT,
    comment TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    FOREIGN KEY (tenant_id, deal_id) REFERENCES deals (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX deal_events_deal ON deal_events (tenant_id, deal_id, id);

CREATE TABLE notifications (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    message_key TEXT NOT NULL,
    args TEXT NOT NULL,
    link TEXT NOT NULL,
    read_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX notifications_user ON notifications (tenant_id, user_id, id);

CREATE TABLE partner_applications (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    website TEXT NOT NULL,
    country TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    message TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
    reason TEXT NOT NULL DEFAULT '',
    client_address TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    decided_at TIMESTAMP,
    UNIQUE (tenant_id, id)
);
CREATE INDEX partner_applications_status ON partner_applications (tenant_id, status, id);
