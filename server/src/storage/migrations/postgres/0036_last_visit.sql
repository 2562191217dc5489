-- A customer's last visit (拜访): the newest live follow-up of type visit, kept by the activity
-- module through customers::TouchFollowUp (written) and customers::SetLastVisit (deleted) in
-- the follow-up's own transaction. The visit statistics count, per owner, the live customers
-- never visited (NULL) and those last visited before a cut (docs/api-visits.md "Neglected
-- customers"); the index answers both counts (index-only) and walks one owner's list in order.
ALTER TABLE customers ADD COLUMN last_visit_at BIGINT;
UPDATE customers c SET last_visit_at = v.at
FROM (SELECT tenant_id, customer_id, MAX(created_at) AS at FROM follow_ups
      WHERE type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
      GROUP BY tenant_id, customer_id) v
WHERE c.tenant_id = v.tenant_id AND c.id = v.customer_id;
CREATE INDEX customers_last_visit ON customers(tenant_id, owner_id, last_visit_at) WHERE deleted_at IS NULL;
