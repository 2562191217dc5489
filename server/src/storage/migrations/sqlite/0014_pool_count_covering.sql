-- Counting a pool's customers (the pools page, the total of a pool list) names deleted_at, and
-- SQLite counts an index as covering only if it holds every column a query names: without it,
-- customers_pool_live (0008) sent every counted customer to the table, and a list of 900,000
-- pooled customers took 0.45 s to count (about 30 ms from the index alone).
DROP INDEX customers_pool_live;
CREATE INDEX customers_pool_live ON customers(tenant_id, pool_id, deleted_at)
  WHERE deleted_at IS NULL AND pool_id IS NOT NULL;
DELETE FROM sqlite_stat1 WHERE idx = 'customers_pool_live';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('customers', 'customers_pool_live', '900000 900000 90000 90000');
ANALYZE sqlite_schema;
