-- The audit log page (docs/api-org.md "Audit log"): which client made the request (its
-- User-Agent), and the indexes of its filters by person and by object (an object's history).
ALTER TABLE audit_log ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_actor ON audit_log(tenant_id, actor_id, id);
CREATE INDEX audit_log_object ON audit_log(tenant_id, object_type, object_id, id);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('audit_log', 'audit_log_actor', '5000000 5000000 1000 1'),
  ('audit_log', 'audit_log_object', '5000000 5000000 100000 10 1');
ANALYZE sqlite_schema;
