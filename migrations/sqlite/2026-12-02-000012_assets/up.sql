-- The asset library: files marketing staff publish for partners, with a
-- title and description per locale, the tiers that may see them, tags,
-- versions (each a stored file; a version may be a variant for one locale)
-- and who downloaded which version.
CREATE TABLE assets (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    status TEXT NOT NULL,
    tags TEXT NOT NULL DEFAULT '',
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX assets_tenant ON assets (tenant_id, status, updated_at);

CREATE TABLE asset_texts (
    tenant_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    locale TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (asset_id, locale),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE asset_tiers (
    tenant_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    tier_id BIGINT NOT NULL,
    PRIMARY KEY (asset_id, tier_id),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, tier_id) REFERENCES tiers (tenant_id, id) ON DELETE CASCADE
);

CREATE TABLE asset_versions (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    number INTEGER NOT NULL,
    -- '' serves every locale; a locale code is that locale's variant.
    locale TEXT NOT NULL DEFAULT '',
    file_id BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (asset_id, number),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, file_id) REFERENCES stored_files (tenant_id, id)
);

CREATE TABLE asset_downloads (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    version_id BIGINT NOT NULL,
    organisation_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, version_id) REFERENCES asset_versions (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX asset_downloads_asset ON asset_downloads (tenant_id, asset_id, organisation_id);
