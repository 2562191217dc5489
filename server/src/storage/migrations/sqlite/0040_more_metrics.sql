-- Two more metrics of the work-execution report (docs/api-targets.md "Metrics"): newContacts (the
-- contacts a person added: contacts.created_by, written from now on; older contacts have none and
-- count for nobody) and advancedOpportunities (a person's forward moves of opportunities, from the
-- stage history). Their (tenant, instant) indexes for the sums and records, and the marks of the
-- day x person aggregate (as in 0035) when a row of a sealed day changes.
ALTER TABLE contacts ADD COLUMN created_by INTEGER;
CREATE INDEX contacts_created ON contacts(tenant_id, created_at, id, created_by, deleted_at);
CREATE INDEX opportunity_changes_at ON opportunity_stage_changes(tenant_id, at, id, user_id, direction);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('contacts', 'contacts_created', '2000000 2000000 1 1 1 1'),
  ('opportunity_stage_changes', 'opportunity_changes_at', '5000000 5000000 1 1 1 1');
ANALYZE sqlite_schema;

CREATE TRIGGER contacts_metrics_insert AFTER INSERT ON contacts BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER contacts_metrics_delete AFTER DELETE ON contacts BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
END;

CREATE TRIGGER contacts_metrics_update AFTER UPDATE OF created_at, created_by, deleted_at ON contacts
WHEN OLD.created_at IS NOT NEW.created_at
  OR OLD.created_by IS NOT NEW.created_by
  OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER opportunity_stage_changes_metrics_insert AFTER INSERT ON opportunity_stage_changes BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.at < s.sealed_before;
END;

CREATE TRIGGER opportunity_stage_changes_metrics_delete AFTER DELETE ON opportunity_stage_changes BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.at < s.sealed_before;
END;

CREATE TRIGGER opportunity_stage_changes_metrics_update AFTER UPDATE OF at, user_id, direction ON opportunity_stage_changes
WHEN OLD.at IS NOT NEW.at
  OR OLD.user_id IS NOT NEW.user_id
  OR OLD.direction IS NOT NEW.direction
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.at < s.sealed_before;
END;
