-- A rep's opportunities by creation time with deleted_at in the key (see
-- sqlite/0029_opportunities_owner_live.sql).
DROP INDEX opportunities_owner;
CREATE INDEX opportunities_owner ON opportunities(tenant_id, owner_id, deleted_at, created_at, id);
