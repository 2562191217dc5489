-- The audit log page (docs/api-org.md "Audit log"): which client made the request (its
-- User-Agent), and the indexes of its filters by person and by object (an object's history).
ALTER TABLE audit_log ADD COLUMN client TEXT NOT NULL DEFAULT '';
CREATE INDEX audit_log_actor ON audit_log(tenant_id, actor_id, id);
CREATE INDEX audit_log_object ON audit_log(tenant_id, object_type, object_id, id);
