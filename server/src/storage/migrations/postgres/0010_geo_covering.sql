-- Nearby search reads everything it filters on straight from the index (position, owner, pool),
-- without visiting each row of the circle.
DROP INDEX customers_geo;
CREATE INDEX customers_geo ON customers(tenant_id, geo_cell) INCLUDE (lat, lng, owner_id, pool_id)
  WHERE geo_cell IS NOT NULL AND deleted_at IS NULL;
