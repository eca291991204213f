-- The readiness probe writes a row here and deletes it in the same
-- transaction: a database that can no longer write (disk full, read only)
-- is noticed before users meet it.
CREATE TABLE health_probe (
    id INTEGER PRIMARY KEY,
    filler TEXT NOT NULL,
    checked_at TIMESTAMP NOT NULL
);
