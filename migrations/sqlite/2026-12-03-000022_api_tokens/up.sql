-- Tokens for a tenant's API (/api/v1), made by its vendor admin: shown
-- once, stored as SHA-256, prefixed (ptk_) with a checksum so a leaked one
-- is recognised, read or read-write, an optional expiry, revocable, last
-- use kept.
CREATE TABLE api_tokens (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    scope TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    hint TEXT NOT NULL,
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    expires_at TIMESTAMP,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);
CREATE INDEX api_tokens_tenant ON api_tokens (tenant_id, id);
