-- Operator tokens for the platform API: shown once, stored as SHA-256,
-- prefixed (pop_) so a leaked one is recognised, revocable, last use kept.
CREATE TABLE platform_api_tokens (
    id INTEGER PRIMARY KEY,
    operator_id BIGINT NOT NULL REFERENCES operators (id) ON DELETE CASCADE,
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    hint TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    last_used_at TIMESTAMP,
    revoked_at TIMESTAMP
);

-- Answers kept for an Idempotency-Key, per token: the same key and body
-- get the same answer, another body with that key is refused.
CREATE TABLE idempotency_keys (
    id INTEGER PRIMARY KEY,
    owner TEXT NOT NULL,
    key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    status INTEGER NOT NULL,
    body TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (owner, key)
);
