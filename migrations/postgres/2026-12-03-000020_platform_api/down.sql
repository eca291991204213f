DROP TABLE idempotency_keys;
DROP TABLE platform_api_tokens;
