-- Landing pages: a partner publishes a landing-page asset under its own
-- brand at a public address on the tenant host (/p/{slug}); visitors may
-- leave their details through its contact form, which reach the partner.
CREATE TABLE landing_pages (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    slug TEXT NOT NULL,
    published INTEGER NOT NULL,
    visits BIGINT NOT NULL DEFAULT 0,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, slug),
    UNIQUE (tenant_id, organisation_id, asset_id),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisations (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE landing_submissions (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    landing_page_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    company TEXT NOT NULL DEFAULT '',
    message TEXT NOT NULL DEFAULT '',
    client_address TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    FOREIGN KEY (tenant_id, landing_page_id) REFERENCES landing_pages (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX landing_submissions_org ON landing_submissions (tenant_id, organisation_id, created_at);
CREATE INDEX landing_submissions_address ON landing_submissions (tenant_id, client_address, created_at);
