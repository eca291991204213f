-- A deal event that came through the tenant API names the token (as it
-- was called then), so a timeline tells an integration from a person.
ALTER TABLE deal_events ADD COLUMN via_token TEXT;
