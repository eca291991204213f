DROP TABLE audit_log;
DROP FUNCTION audit_log_append_only();
ALTER TABLE tenants DROP COLUMN deleted_at;
