DROP TABLE asset_zones;
