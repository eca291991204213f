DROP TABLE partner_applications;
DROP TABLE notifications;
DROP TABLE deal_events;
DROP TABLE deal_products;
DROP TABLE deals;
DROP TABLE products;
ALTER TABLE tiers DROP COLUMN auto_approve_minor;
