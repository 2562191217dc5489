-- Counts answered from an index alone (index-only scans) instead of visiting each row:
-- 1. the holding limit's count of an owner's live customers (every claim, assignment and new
--    customer);
CREATE INDEX customers_held ON customers(tenant_id, owner_id, status) WHERE deleted_at IS NULL;
-- 2. the total of a list by owner and industry.
DROP INDEX customers_owner_industry;
CREATE INDEX customers_owner_industry ON customers(tenant_id, owner_id, industry, updated_at, id, deleted_at);
