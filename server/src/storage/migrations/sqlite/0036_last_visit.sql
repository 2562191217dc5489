-- A customer's last visit (拜访): the newest live follow-up of type visit, kept by the activity
-- module through customers::TouchFollowUp (written) and customers::SetLastVisit (deleted) in
-- the follow-up's own transaction. The visit statistics count, per owner, the live customers
-- never visited (NULL) and those last visited before a cut (docs/api-visits.md "Neglected
-- customers"); the index answers both counts and the per-owner list from the index alone.
ALTER TABLE customers ADD COLUMN last_visit_at INTEGER;
-- One pass over the visits (the partial index follow_ups_visits of 0035), then only the visited
-- customers are written: a subquery per customer rewrote all 1M rows of the benchmark company.
UPDATE customers SET last_visit_at = v.at
FROM (SELECT tenant_id, customer_id, MAX(created_at) AS at FROM follow_ups
      WHERE type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
      GROUP BY tenant_id, customer_id) v
WHERE customers.tenant_id = v.tenant_id AND customers.id = v.customer_id;
CREATE INDEX customers_last_visit ON customers(tenant_id, owner_id, deleted_at, last_visit_at);
-- Fixed planner statistics (see 0003, 0013).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('customers', 'customers_last_visit', '1000000 1000000 1000 1000 2');
ANALYZE sqlite_schema;
