-- The reports' aggregate (docs/api-targets.md, "Freshness"), owned by the reports module: each
-- additive metric's value per local day and person (metric_days) and per whole month
-- (metric_months, the sum of its days), for every day before the tenant's `sealed_through`
-- (metric_state). Days after it (today) are read from the sources. A change to a row of a
-- sealed day leaves a mark (metric_dirty) through the triggers below: a report computes a
-- marked day from the sources until the refresh job (reports::RefreshMetricDays) has recomputed
-- it and removed the mark. So a figure is never stale, and a year reads ~12 x people rows instead
-- of millions of source rows. The triggers write only for rows of sealed days (before
-- `sealed_before`); a tenant without a metric_state row (never refreshed) gets no marks.

-- day and month are local dates (days since 1970-01-01) in the zone named in metric_state;
-- a month row is keyed by its first day.
CREATE TABLE metric_days (
  tenant_id BIGINT NOT NULL,
  metric TEXT NOT NULL,
  day BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  value BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, metric, day, user_id)
);
CREATE TABLE metric_months (
  tenant_id BIGINT NOT NULL,
  metric TEXT NOT NULL,
  month BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  value BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, metric, month, user_id)
);
-- A caller who sees part of the company reads their people's rows: each person's range of days.
CREATE INDEX metric_days_user ON metric_days(tenant_id, metric, user_id, day) INCLUDE (value);
CREATE INDEX metric_months_user ON metric_months(tenant_id, metric, user_id, month) INCLUDE (value);
CREATE TABLE metric_state (
  tenant_id BIGINT PRIMARY KEY,
  zone TEXT NOT NULL,                    -- the tenant's zone when the days were cut
  first_day BIGINT NOT NULL,            -- the earliest day held
  sealed_through BIGINT NOT NULL,       -- the last day held
  checked_through BIGINT NOT NULL,      -- days after it were sealed by the last refresh: recomputed once more
  sealed_before BIGINT NOT NULL,        -- the instant the day after sealed_through starts
  sealed_before_date TEXT NOT NULL,      -- that day as YYYY-MM-DD (receipts are dated)
  refreshed_at BIGINT NOT NULL
);
CREATE TABLE metric_dirty (
  id BIGSERIAL PRIMARY KEY,
  tenant_id BIGINT NOT NULL,
  at BIGINT,                            -- the instant of a changed row
  on_date TEXT                           -- or its date (receipts)
);
CREATE INDEX metric_dirty_tenant ON metric_dirty(tenant_id, id);

-- Distinct customers visited (customersVisited) does not add up over days. visit_pairs holds each
-- person's last counting visit of each customer, kept exact by the triggers below: while no pair's
-- last visit is at or after a range's end (any range that ends today or later), the people's
-- numbers are the pairs whose last visit is inside the range. Past ranges read the visits through
-- the partial index follow_ups_visits.
CREATE TABLE visit_pairs (
  tenant_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  last_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, customer_id)
);
CREATE INDEX visit_pairs_last ON visit_pairs(tenant_id, last_at, user_id);
INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
  SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
  WHERE type = 'visit' AND deleted_at IS NULL AND customer_id <> 0 GROUP BY tenant_id, author_id, customer_id;
CREATE INDEX follow_ups_visits ON follow_ups(tenant_id, created_at) INCLUDE (author_id, customer_id)
  WHERE type = 'visit' AND deleted_at IS NULL;

CREATE FUNCTION follow_ups_pairs() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    IF NEW.type = 'visit' AND NEW.deleted_at IS NULL AND NEW.customer_id <> 0 THEN
      INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
        VALUES (NEW.tenant_id, NEW.author_id, NEW.customer_id, NEW.created_at)
        ON CONFLICT (tenant_id, user_id, customer_id) DO UPDATE SET last_at = GREATEST(visit_pairs.last_at, excluded.last_at);
    END IF;
    RETURN NULL;
  END IF;
  IF OLD.type = 'visit' THEN
    DELETE FROM visit_pairs WHERE tenant_id = OLD.tenant_id AND user_id = OLD.author_id AND customer_id = OLD.customer_id;
    INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
      SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
      WHERE tenant_id = OLD.tenant_id AND customer_id = OLD.customer_id AND author_id = OLD.author_id
        AND type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
      GROUP BY tenant_id, author_id, customer_id
      ON CONFLICT (tenant_id, user_id, customer_id) DO UPDATE SET last_at = excluded.last_at;
  END IF;
  IF TG_OP = 'UPDATE' AND NEW.type = 'visit' THEN
    DELETE FROM visit_pairs WHERE tenant_id = NEW.tenant_id AND user_id = NEW.author_id AND customer_id = NEW.customer_id;
    INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
      SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
      WHERE tenant_id = NEW.tenant_id AND customer_id = NEW.customer_id AND author_id = NEW.author_id
        AND type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
      GROUP BY tenant_id, author_id, customer_id
      ON CONFLICT (tenant_id, user_id, customer_id) DO UPDATE SET last_at = excluded.last_at;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER follow_ups_pairs AFTER INSERT OR DELETE OR UPDATE OF tenant_id, author_id, customer_id, type, deleted_at,
  created_at ON follow_ups FOR EACH ROW EXECUTE FUNCTION follow_ups_pairs();

CREATE FUNCTION follow_ups_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.author_id IS DISTINCT FROM NEW.author_id
      OR OLD.type IS DISTINCT FROM NEW.type
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.author_id IS DISTINCT FROM NEW.author_id
      OR OLD.type IS DISTINCT FROM NEW.type
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER follow_ups_metrics AFTER INSERT OR DELETE OR UPDATE OF created_at, author_id, type, deleted_at ON follow_ups
  FOR EACH ROW EXECUTE FUNCTION follow_ups_metrics();

CREATE FUNCTION customers_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.created_by IS DISTINCT FROM NEW.created_by)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.created_by IS DISTINCT FROM NEW.created_by)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER customers_metrics AFTER INSERT OR DELETE OR UPDATE OF created_at, created_by ON customers
  FOR EACH ROW EXECUTE FUNCTION customers_metrics();

CREATE FUNCTION contracts_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.activated_at IS DISTINCT FROM NEW.activated_at
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.total_fen IS DISTINCT FROM NEW.total_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.activated_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.activated_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.activated_at IS DISTINCT FROM NEW.activated_at
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.total_fen IS DISTINCT FROM NEW.total_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.activated_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.activated_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER contracts_metrics AFTER INSERT OR DELETE OR UPDATE OF activated_at, owner_id, deleted_at, total_fen ON contracts
  FOR EACH ROW EXECUTE FUNCTION contracts_metrics();

CREATE FUNCTION receipts_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.received_on IS DISTINCT FROM NEW.received_on
      OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, on_date) SELECT s.tenant_id, OLD.received_on FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.received_on < s.sealed_before_date;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.received_on IS DISTINCT FROM NEW.received_on
      OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, on_date) SELECT s.tenant_id, NEW.received_on FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.received_on < s.sealed_before_date;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER receipts_metrics AFTER INSERT OR DELETE OR UPDATE OF received_on, status, deleted_at, owner_id, amount_fen ON receipts
  FOR EACH ROW EXECUTE FUNCTION receipts_metrics();

CREATE FUNCTION opportunities_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.closed_at IS DISTINCT FROM NEW.closed_at
      OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.closed_at IS DISTINCT FROM NEW.closed_at
      OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  END IF;
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.closed_at IS DISTINCT FROM NEW.closed_at
      OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.closed_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.closed_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.closed_at IS DISTINCT FROM NEW.closed_at
      OR OLD.status IS DISTINCT FROM NEW.status
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id
      OR OLD.deleted_at IS DISTINCT FROM NEW.deleted_at
      OR OLD.amount_fen IS DISTINCT FROM NEW.amount_fen)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.closed_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.closed_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER opportunities_metrics AFTER INSERT OR DELETE OR UPDATE OF created_at, closed_at, status, owner_id, deleted_at, amount_fen ON opportunities
  FOR EACH ROW EXECUTE FUNCTION opportunities_metrics();

CREATE FUNCTION leads_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
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
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.converted_at IS DISTINCT FROM NEW.converted_at
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.converted_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.converted_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.converted_at IS DISTINCT FROM NEW.converted_at
      OR OLD.owner_id IS DISTINCT FROM NEW.owner_id)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.converted_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.converted_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER leads_metrics AFTER INSERT OR DELETE OR UPDATE OF created_at, created_by, deleted_at, converted_at, owner_id ON leads
  FOR EACH ROW EXECUTE FUNCTION leads_metrics();

CREATE FUNCTION work_logs_metrics() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.author_id IS DISTINCT FROM NEW.author_id)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
      WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  END IF;
  IF TG_OP = 'INSERT' OR (TG_OP = 'UPDATE' AND (
      OLD.created_at IS DISTINCT FROM NEW.created_at
      OR OLD.author_id IS DISTINCT FROM NEW.author_id)) THEN
    INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
      WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  END IF;
  RETURN NULL;
END $$;
CREATE TRIGGER work_logs_metrics AFTER INSERT OR DELETE OR UPDATE OF created_at, author_id ON work_logs
  FOR EACH ROW EXECUTE FUNCTION work_logs_metrics();
