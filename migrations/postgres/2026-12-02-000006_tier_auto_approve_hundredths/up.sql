-- The automatic-approval limit is kept in hundredths of a currency unit
-- (whatever the deal's currency), not in the deal's minor units: say so.
ALTER TABLE tiers RENAME COLUMN auto_approve_minor TO auto_approve_hundredths;
