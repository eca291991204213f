-- Tenancy foundation. Every tenant-owned table carries tenant_id, has a
-- UNIQUE (tenant_id, id) key, and references its parents through
-- (tenant_id, parent_id), so a row can never point into another tenant.

CREATE TABLE tenants (
    id INTEGER PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    name TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
    plan TEXT NOT NULL DEFAULT 'standard',
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    suspended_at TIMESTAMP
);

CREATE TABLE tenant_settings (
    tenant_id BIGINT PRIMARY KEY REFERENCES tenants (id) ON DELETE CASCADE,
    portal_name TEXT NOT NULL,
    primary_color TEXT NOT NULL,
    accent_color TEXT NOT NULL,
    logo_path TEXT,
    logo_mime TEXT,
    mail_sender_name TEXT NOT NULL,
    default_locale TEXT NOT NULL,
    enabled_locales TEXT NOT NULL,
    footer_links TEXT NOT NULL DEFAULT '[]',
    updated_at TIMESTAMP NOT NULL
);

CREATE TABLE tenant_welcome (
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    body TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, locale)
);

CREATE TABLE string_overrides (
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    locale TEXT NOT NULL,
    message_id TEXT NOT NULL,
    value TEXT NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, locale, message_id)
);

CREATE TABLE tiers (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    rank INTEGER NOT NULL,
    protection_days INTEGER NOT NULL,
    max_open_deals INTEGER NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, rank),
    UNIQUE (tenant_id, name)
);

CREATE TABLE organisations (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    kind TEXT NOT NULL CHECK (kind IN ('vendor', 'partner')),
    name TEXT NOT NULL,
    website TEXT,
    country TEXT,
    tier_id BIGINT,
    status TEXT NOT NULL CHECK (status IN ('applicant', 'active', 'suspended')),
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, tier_id) REFERENCES tiers (tenant_id, id)
);
CREATE UNIQUE INDEX organisations_one_vendor ON organisations (tenant_id) WHERE kind = 'vendor';
CREATE INDEX organisations_tenant_kind ON organisations (tenant_id, kind, name);

CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    organisation_id BIGINT NOT NULL,
    email TEXT NOT NULL,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('vendor_admin', 'channel_manager', 'marketing_editor', 'partner_admin', 'partner_user')),
    status TEXT NOT NULL CHECK (status IN ('invited', 'active', 'disabled')),
    locale TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    UNIQUE (tenant_id, email),
    FOREIGN KEY (tenant_id, organisation_id) REFERENCES organisations (tenant_id, id)
);
CREATE INDEX users_tenant_organisation ON users (tenant_id, organisation_id);
