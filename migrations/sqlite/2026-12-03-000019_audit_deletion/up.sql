-- A deleted tenant waits out its grace period (portal and API answer
-- "removed", nothing is sent) until the purge removes it; the operator can
-- restore it until then.
ALTER TABLE tenants ADD COLUMN deleted_at TIMESTAMP;

-- The audit log: one row per change a person, token, operator or the system
-- made, per tenant (tenant_id) or for the platform (tenant_id NULL). Each row
-- carries the hash of the previous row of its chain and its own, so a changed
-- or missing row is found (`portico audit verify`). Append-only: the
-- database refuses UPDATE, and DELETE except of a deleted tenant's rows.
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT,
    actor_kind TEXT NOT NULL,
    actor_id BIGINT,
    actor_label TEXT NOT NULL,
    action TEXT NOT NULL,
    target_type TEXT NOT NULL,
    target_id TEXT NOT NULL,
    changes TEXT NOT NULL,
    client_address TEXT NOT NULL,
    user_agent TEXT NOT NULL,
    request_id TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    prev_hash TEXT NOT NULL,
    row_hash TEXT NOT NULL
);
CREATE INDEX audit_log_chain ON audit_log (tenant_id, id);
CREATE INDEX audit_log_action ON audit_log (tenant_id, action, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;

CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
WHEN OLD.tenant_id IS NULL
    OR NOT EXISTS (SELECT 1 FROM tenants WHERE id = OLD.tenant_id AND deleted_at IS NOT NULL)
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
