-- Co-branding zones of a PDF asset: where on which page the partner's logo
-- or a line of its details is stamped. Positions are percent of the page,
-- measured from its top-left corner, so one set of zones fits every version.
CREATE TABLE asset_zones (
    id INTEGER PRIMARY KEY,
    tenant_id BIGINT NOT NULL,
    asset_id BIGINT NOT NULL,
    page INTEGER NOT NULL,
    x INTEGER NOT NULL,
    y INTEGER NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    -- '{{partner_logo}}' for the logo, else text with placeholders.
    content TEXT NOT NULL,
    created_at TIMESTAMP NOT NULL,
    UNIQUE (tenant_id, id),
    FOREIGN KEY (tenant_id, asset_id) REFERENCES assets (tenant_id, id) ON DELETE CASCADE
);
CREATE INDEX asset_zones_asset ON asset_zones (tenant_id, asset_id, page);
