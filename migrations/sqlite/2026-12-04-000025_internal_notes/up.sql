-- A decision's internal note: what vendor staff write for each other, never
-- shown to the partner (pages, mail, notifications); the comment beside it
-- is the message to the partner.
ALTER TABLE deal_events ADD COLUMN internal_note TEXT NOT NULL DEFAULT '';
