-- Nearby search reads everything it filters on straight from the index (position, owner, pool),
-- without visiting each row of the circle.
DROP INDEX customers_geo;
CREATE INDEX customers_geo ON customers(tenant_id, geo_cell, lat, lng, owner_id, pool_id)
  WHERE geo_cell IS NOT NULL AND deleted_at IS NULL;
DELETE FROM sqlite_stat1 WHERE idx = 'customers_geo';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('customers', 'customers_geo', '1000000 1000000 20 1 1 1 1');
ANALYZE sqlite_schema;
