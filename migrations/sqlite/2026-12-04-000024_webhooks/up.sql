-- Webhooks (SPEC §10): endpoints a vendor admin registers, each with the
-- events it takes and a Standard Webhooks secret (sealed with the server
-- secret; during a rotation the previous one is kept until its overlap
-- ends). Every event is written to webhook_messages in the transaction of
-- the change that caused it, with one webhook_deliveries row per endpoint
-- subscribed; leased workers deliver those rows, retry them on the
-- specification's schedule and keep the log.
CREATE TABLE webhook_endpoints (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    url TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    -- Comma-separated event types.
    events TEXT NOT NULL,
    enabled INTEGER NOT NULL DEFAULT 1,
    secret TEXT NOT NULL,
    previous_secret TEXT,
    previous_until TIMESTAMP,
    -- The first failure since the last success: five days of it disables the endpoint.
    failing_since TIMESTAMP,
    -- Why the server disabled it (gone: 410; failing: five days), or NULL.
    disabled_reason TEXT,
    created_by BIGINT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);

CREATE TABLE webhook_messages (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    -- The `webhook-id` every attempt of every endpoint sends.
    msg_id TEXT NOT NULL UNIQUE,
    event_type TEXT NOT NULL,
    -- The body, exactly as signed and sent: {"type", "timestamp", "data"}.
    payload TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id)
);
CREATE INDEX webhook_messages_tenant ON webhook_messages (tenant_id, created_at);

CREATE TABLE webhook_deliveries (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    endpoint_id BIGINT NOT NULL,
    message_id BIGINT NOT NULL,
    -- pending, succeeded, failed (the schedule ran out, or the endpoint went away).
    status TEXT NOT NULL,
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_owner TEXT,
    lease_until TIMESTAMP,
    last_status INTEGER,
    last_latency_ms INTEGER,
    last_response TEXT,
    last_error TEXT,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    delivered_at TIMESTAMP,
    FOREIGN KEY (tenant_id, endpoint_id) REFERENCES webhook_endpoints (tenant_id, id) ON DELETE CASCADE,
    FOREIGN KEY (tenant_id, message_id) REFERENCES webhook_messages (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries (status, next_attempt_at);
CREATE INDEX webhook_deliveries_endpoint ON webhook_deliveries (tenant_id, endpoint_id, id);
