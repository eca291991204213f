-- Which non-essential mail a person still wants, per category (no row:
-- yes). In-app notices are not affected; security and deal mail is
-- essential and has no switch.
CREATE TABLE notification_prefs (
    tenant_id BIGINT NOT NULL,
    user_id BIGINT NOT NULL,
    category TEXT NOT NULL,
    email INTEGER NOT NULL,
    updated_at TIMESTAMP NOT NULL,
    PRIMARY KEY (user_id, category),
    FOREIGN KEY (tenant_id, user_id) REFERENCES users (tenant_id, id) ON DELETE CASCADE
);
