-- How many working days the vendor aims to decide a submitted deal in: the
-- partner is told by when to expect an answer.
ALTER TABLE tenant_settings ADD COLUMN review_target_days INTEGER NOT NULL DEFAULT 2;
