-- Two more metrics of the work-execution report (docs/api-targets.md "Metrics"): newContacts (the
-- contacts a person added: contacts.created_by, written from now on; older contacts have none and
-- count for nobody) and advancedOpportunities (a person's forward moves of opportunities, from the
-- stage history). Their (tenant, instant) indexes for the sums and records, and the marks of the
-- day x person aggregate (as in 0035) when a row of a sealed day changes.
ALTER TABLE contacts ADD COLUMN created_by BIGINT;
CREATE INDEX contacts_created ON contacts(tenant_id, created_at, id) INCLUDE (created_by, deleted_at);
CREATE INDEX opportunity_changes_at ON opportunity_stage_changes(tenant_id, at, id) INCLUDE (user_id, direction);

CREATE FUNCTION contacts_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.created_by IS DISTINCT FROM NEW.created_by
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.created_by IS DISTINCT FROM NEW.created_by
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER contacts_metrics AFTER INSERT OR DELETE OR UPDATE OF created_at, created_by, deleted_at ON contacts
  FOR EACH ROW EXECUTE FUNCTION contacts_metrics();

CREATE FUNCTION opportunity_stage_changes_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.at IS DISTINCT FROM NEW.at
      OR OLD.user_id IS DISTINCT FROM NEW.user_id
      OR OLD.direction IS DISTINCT FROM NEW.direction)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.at IS DISTINCT FROM NEW.at
      OR OLD.user_id IS DISTINCT FROM NEW.user_id
      OR OLD.direction IS DISTINCT FROM NEW.direction)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER opportunity_stage_changes_metrics AFTER INSERT OR DELETE OR UPDATE OF at, user_id, direction ON opportunity_stage_changes
  FOR EACH ROW EXECUTE FUNCTION opportunity_stage_changes_metrics();
