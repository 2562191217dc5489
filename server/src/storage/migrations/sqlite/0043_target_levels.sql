-- Targets per customer type (客户类型, docs/api-targets.md "Customer type"): a target may be set
-- for the customers of one level (A/B/C/D) only; '' is every customer (the targets so far).
ALTER TABLE targets ADD COLUMN customer_level TEXT NOT NULL DEFAULT '';
DROP INDEX targets_key;
CREATE UNIQUE INDEX targets_key ON targets(tenant_id, metric, customer_level, period, assignee_type, assignee_id);
ALTER TABLE target_changes ADD COLUMN customer_level TEXT NOT NULL DEFAULT '';

DELETE FROM sqlite_stat1 WHERE tbl = 'targets' AND idx = 'targets_key';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('targets', 'targets_key', '100000 100000 10000 10000 200 100 1');
ANALYZE sqlite_schema;
