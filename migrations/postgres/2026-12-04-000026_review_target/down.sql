ALTER TABLE tenant_settings DROP COLUMN review_target_days;
