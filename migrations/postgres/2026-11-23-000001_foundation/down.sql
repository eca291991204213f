DROP TABLE users;
DROP TABLE organisations;
DROP TABLE tiers;
DROP TABLE string_overrides;
DROP TABLE tenant_welcome;
DROP TABLE tenant_settings;
DROP TABLE tenants;
