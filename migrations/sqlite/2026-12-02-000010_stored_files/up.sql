-- Every file a tenant stored (logos, assets and their thumbnails): where it
-- is in the storage (a key we made, never the upload's name), what it is
-- (decided from its bytes), its size for the tenant's usage, and the name it
-- is offered under.
CREATE TABLE stored_files (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    storage_key TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    width INTEGER,
    height INTEGER,
    pages INTEGER,
    thumb_key TEXT,
    thumb_bytes BIGINT NOT NULL DEFAULT 0,
    uploaded_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX stored_files_tenant ON stored_files (tenant_id, created_at);
