-- Counting a pool's customers reads only this partial index (a pooled customer has no owner).
CREATE INDEX customers_pool_live ON customers(tenant_id, pool_id) WHERE deleted_at IS NULL AND pool_id IS NOT NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('customers', 'customers_pool_live', '900000 900000 90000');
ANALYZE sqlite_schema;
