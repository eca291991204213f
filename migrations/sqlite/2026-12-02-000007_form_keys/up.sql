-- One-time keys of the forms that create things: a repeated submit (a retry
-- after a connection reset, a double click) returns the first result instead
-- of making a second record.
CREATE TABLE form_keys (
    tenant_id BIGINT NOT NULL REFERENCES tenants (id) ON DELETE CASCADE,
    form_key TEXT NOT NULL,
    result TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    PRIMARY KEY (tenant_id, form_key)
);
