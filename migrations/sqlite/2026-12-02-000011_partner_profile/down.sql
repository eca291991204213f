ALTER TABLE organisations DROP COLUMN logo_file_id;
ALTER TABLE organisations DROP COLUMN contact_phone;
ALTER TABLE organisations DROP COLUMN contact_email;
ALTER TABLE organisations DROP COLUMN contact_name;
