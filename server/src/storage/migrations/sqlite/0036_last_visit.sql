-- A customer's last visit (拜访): the newest live follow-up of type visit, kept by the activity
-- module through customers::TouchFollowUp (written) and customers::SetLastVisit (deleted) in
-- the follow-up's own transaction. The visit statistics count, per owner, the live customers
-- never visited (NULL) and those last visited before a cut (docs/api-visits.md "Neglected
-- customers"); the index answers both counts and the per-owner list from the index alone.
ALTER TABLE customers ADD COLUMN last_visit_at INTEGER;
UPDATE customers SET last_visit_at = (
  SELECT MAX(f.created_at) FROM follow_ups f
  WHERE f.tenant_id = customers.tenant_id AND f.customer_id = customers.id AND f.type = 'visit'
    AND f.deleted_at IS NULL);
CREATE INDEX customers_last_visit ON customers(tenant_id, owner_id, deleted_at, last_visit_at);
-- Fixed planner statistics (see 0003, 0013).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('customers', 'customers_last_visit', '1000000 1000000 1000 1000 2');
ANALYZE sqlite_schema;
