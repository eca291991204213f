-- What co-branded material needs of a partner: a contact and a logo
-- (a stored file of the same tenant; the scope checks the tenant).
ALTER TABLE organisations ADD COLUMN contact_name TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_email TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN contact_phone TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN logo_file_id BIGINT REFERENCES stored_files (id) ON DELETE SET NULL;
