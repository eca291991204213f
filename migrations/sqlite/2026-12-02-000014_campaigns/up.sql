-- Campaigns: a name and description per locale, a period, the tiers they
-- target, assets from the library; their status follows from the period
-- (unless still a draft). Partners' views and activations are counted per
-- organisation; downloads made from a campaign name it.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    starts_on DATE NOT NULL,
    ends_on DATE NOT NULL,
    draft INTEGER NOT NULL DEFAULT 1,
    -- Set by the jobs pass once the partners were told it started.
    started_notified INTEGER NOT NULL DEFAULT 0,
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX campaigns_period ON campaigns (tenant_id, starts_on, ends_on);

CREATE TABLE campaign_texts (
    tenant_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    locale TEXT NOT NULL,
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (campaign_id, locale),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE campaign_tiers (
    tenant_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    tier_id BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, tier_id),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, tier_id) REFERENCES tiers (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE campaign_assets (
    tenant_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    position INTEGER NOT NULL,
    PRIMARY KEY (campaign_id, asset_id),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE
);

-- One row per organisation and kind: notified, viewed, activated (with a note).
CREATE TABLE campaign_partners (
    tenant_id BIGINT NOT NULL,
    campaign_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    kind TEXT NOT NULL,
    user_id BIGINT,
    note TEXT NOT NULL DEFAULT '',
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (campaign_id, organisation_id, kind),
    FOREIGN KEY (tenant_id, campaign_id) REFERENCES campaigns (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisations (tenant_id, id) ON DELETE CASCADE
);

ALTER TABLE asset_downloads ADD COLUMN campaign_id BIGINT;
