DROP TABLE usage_alerts;
DROP TABLE usage_months;
DROP TABLE plans;
