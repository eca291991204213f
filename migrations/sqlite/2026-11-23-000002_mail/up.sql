-- The transactional outbox: every e-mail is written here in the same
-- transaction as the change that causes it, then delivered by a worker.
CREATE TABLE mail_outbox (
    id INTEGER PRIMARY KEY,
    -- NULL for platform mail (operators); otherwise the tenant it belongs to.
    tenant_id BIGINT REFERENCES tenants (id) ON DELETE CASCADE,
    recipient_user_id BIGINT,
    to_address TEXT NOT NULL,
    to_name TEXT NOT NULL,
    from_name TEXT NOT NULL,
    kind TEXT NOT NULL,
    locale TEXT NOT NULL,
    payload TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    body_html TEXT NOT NULL,
    unsubscribe_url TEXT,
    status TEXT NOT NULL CHECK (status IN ('queued', 'sent', 'parked')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP NOT NULL,
    lease_owner TEXT,
    lease_until TIMESTAMP,
    last_error TEXT,
    message_id TEXT NOT NULL UNIQUE,
    created_at TIMESTAMP NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    sent_at TIMESTAMP
);
CREATE INDEX mail_outbox_due ON mail_outbox (status, next_attempt_at);
CREATE INDEX mail_outbox_tenant ON mail_outbox (tenant_id, created_at);

-- Invitations: single-use, expiring; only a hash of the token is stored.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at TIMESTAMP NOT NULL,
    used_at TIMESTAMP,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX invitations_user ON invitations (tenant_id, user_id);
