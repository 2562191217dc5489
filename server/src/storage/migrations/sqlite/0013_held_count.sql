-- The holding limit counts an owner's live customers (without deal customers when the pool's
-- rules say so) on every claim, assignment and new customer. No index held status and
-- deleted_at, so each counted customer cost a seek into the table: a batch of 100 new customers
-- for ten owners holding 500 each spent a fifth of its time counting. SQLite counts an index as
-- covering only if it holds every column the query names, so deleted_at is in it too.
CREATE INDEX customers_held ON customers(tenant_id, owner_id, status, deleted_at) WHERE deleted_at IS NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('customers', 'customers_held', '1000000 1000000 1000 300 300');
ANALYZE sqlite_schema;
