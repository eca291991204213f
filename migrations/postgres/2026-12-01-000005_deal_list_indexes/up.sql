-- A partner user's own deals, newest first, without reading colleagues' rows.
CREATE INDEX deals_submitter ON deals (tenant_id, submitted_by, id);
-- The review queue by value ("largest approved deals"): read in index order,
-- no sort of the whole status.
CREATE INDEX deals_status_value ON deals (tenant_id, status, value_minor, id);
