-- Counts answered from an index alone. SQLite counts an index as covering only if it holds
-- every column the query names, and every count names deleted_at; without it each counted
-- customer cost a seek into the table.
-- 1. The holding limit counts an owner's live customers (without deal customers when the
--    pool's rules say so) on every claim, assignment and new customer: a batch of 100 new
--    customers for ten owners holding 500 each spent a fifth of its time counting.
CREATE INDEX customers_held ON customers(tenant_id, owner_id, status, deleted_at) WHERE deleted_at IS NULL;
-- 2. A list by owner and industry counts its total (50 matches cost 50 seeks, more than the
--    page of 20 itself).
DROP INDEX customers_owner_industry;
CREATE INDEX customers_owner_industry ON customers(tenant_id, owner_id, industry, updated_at, id, deleted_at);
DELETE FROM sqlite_stat1 WHERE idx = 'customers_owner_industry';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('customers', 'customers_held', '1000000 1000000 1000 300 300'),
  ('customers', 'customers_owner_industry', '1000000 1000000 1000 100 1 1 1');
ANALYZE sqlite_schema;
