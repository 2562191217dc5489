-- The holding limit counts an owner's live customers (without deal customers when the pool's
-- rules say so) on every claim, assignment and new customer; this index answers the count from
-- the index alone instead of visiting each customer's row.
CREATE INDEX customers_held ON customers(tenant_id, owner_id, status) WHERE deleted_at IS NULL;
