ALTER TABLE deal_events DROP COLUMN internal_note;
