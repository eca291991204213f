-- Tenant exports built in the background: requested from the console, the
-- platform API or the vendor admin's usage page, built by a worker into the
-- tenant's storage space (t/<tenant>/exports/), downloadable until
-- expires_at, then removed by the jobs pass.
CREATE TABLE export_jobs (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    purpose TEXT NOT NULL,
    requested_by_kind TEXT NOT NULL,
    requested_by_id BIGINT,
    requested_label TEXT NOT NULL,
    status TEXT NOT NULL,
    storage_key TEXT,
    size_bytes BIGINT NOT NULL DEFAULT 0,
    records BIGINT NOT NULL DEFAULT 0,
    files BIGINT NOT NULL DEFAULT 0,
    error TEXT NOT NULL DEFAULT '',
    attempts INTEGER NOT NULL DEFAULT 0,
    lease_until TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    expires_at TIMESTAMP
);
CREATE INDEX export_jobs_tenant ON export_jobs (tenant_id, id);
CREATE INDEX export_jobs_status ON export_jobs (status, id);
