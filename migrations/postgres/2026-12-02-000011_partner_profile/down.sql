ALTER TABLE organisations DROP COLUMN logo_file_id, DROP COLUMN contact_phone, DROP COLUMN contact_email, DROP COLUMN contact_name;
