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
  tenant_id INTEGER NOT NULL,
  metric TEXT NOT NULL,
  day INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, metric, day, user_id)
) WITHOUT ROWID;
CREATE TABLE metric_months (
  tenant_id INTEGER NOT NULL,
  metric TEXT NOT NULL,
  month INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  value INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, metric, month, user_id)
) WITHOUT ROWID;
-- A caller who sees part of the company reads their people's rows: each person's range of days.
CREATE INDEX metric_days_user ON metric_days(tenant_id, metric, user_id, day, value);
CREATE INDEX metric_months_user ON metric_months(tenant_id, metric, user_id, month, value);
CREATE TABLE metric_state (
  tenant_id INTEGER PRIMARY KEY,
  zone TEXT NOT NULL,                    -- the tenant's zone when the days were cut
  first_day INTEGER NOT NULL,            -- the earliest day held
  sealed_through INTEGER NOT NULL,       -- the last day held
  checked_through INTEGER NOT NULL,      -- days after it were sealed by the last refresh: recomputed once more
  sealed_before INTEGER NOT NULL,        -- the instant the day after sealed_through starts
  sealed_before_date TEXT NOT NULL,      -- that day as YYYY-MM-DD (receipts are dated)
  refreshed_at INTEGER NOT NULL
);
CREATE TABLE metric_dirty (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  tenant_id INTEGER NOT NULL,
  at INTEGER,                            -- the instant of a changed row
  on_date TEXT                           -- or its date (receipts)
);
CREATE INDEX metric_dirty_tenant ON metric_dirty(tenant_id, id);
-- Fixed planner statistics (see 0003, 0027): a 1,000-person company over ten years.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('metric_days', 'metric_days', '10000000 10000000 1000000 1000 1'),
  ('metric_months', 'metric_months', '300000 300000 30000 1000 1'),
  ('metric_days', 'metric_days_user', '10000000 10000000 1000000 1000 1 1'),
  ('metric_months', 'metric_months_user', '300000 300000 30000 30 1 1'),
  ('metric_dirty', 'metric_dirty_tenant', '1000 1000 1');
ANALYZE sqlite_schema;

-- Distinct customers visited (customersVisited) does not add up over days. visit_pairs holds each
-- person's last counting visit of each customer, kept exact by the triggers below: while no pair's
-- last visit is at or after a range's end (any range that ends today or later), the people's
-- numbers are the pairs whose last visit is inside the range. Past ranges read the visits through
-- the partial index follow_ups_visits.
CREATE TABLE visit_pairs (
  tenant_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  last_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id, customer_id)
) WITHOUT ROWID;
CREATE INDEX visit_pairs_last ON visit_pairs(tenant_id, last_at, user_id);
INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
  SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
  WHERE type = 'visit' AND deleted_at IS NULL AND customer_id <> 0 GROUP BY tenant_id, author_id, customer_id;
CREATE INDEX follow_ups_visits ON follow_ups(tenant_id, created_at, author_id, customer_id, type, deleted_at)
  WHERE type = 'visit' AND deleted_at IS NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('visit_pairs', 'visit_pairs', '1000000 1000000 1000 1'),
  ('visit_pairs', 'visit_pairs_last', '1000000 1000000 1 1'),
  ('follow_ups', 'follow_ups_visits', '2000000 2000000 1 1 1 1 1');
ANALYZE sqlite_schema;

CREATE TRIGGER follow_ups_pairs_insert AFTER INSERT ON follow_ups
WHEN NEW.type = 'visit' AND NEW.deleted_at IS NULL AND NEW.customer_id <> 0
BEGIN
  INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
    VALUES (NEW.tenant_id, NEW.author_id, NEW.customer_id, NEW.created_at)
    ON CONFLICT (tenant_id, user_id, customer_id) DO UPDATE SET last_at = MAX(last_at, excluded.last_at);
END;

CREATE TRIGGER follow_ups_pairs_delete AFTER DELETE ON follow_ups WHEN OLD.type = 'visit'
BEGIN
  DELETE FROM visit_pairs WHERE tenant_id = OLD.tenant_id AND user_id = OLD.author_id AND customer_id = OLD.customer_id;
  INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
    SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
    WHERE tenant_id = OLD.tenant_id AND customer_id = OLD.customer_id AND author_id = OLD.author_id
      AND type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
    GROUP BY tenant_id, author_id, customer_id;
END;

CREATE TRIGGER follow_ups_pairs_update AFTER UPDATE OF tenant_id, author_id, customer_id, type, deleted_at, created_at
  ON follow_ups WHEN OLD.type = 'visit' OR NEW.type = 'visit'
BEGIN
  DELETE FROM visit_pairs WHERE tenant_id = OLD.tenant_id AND user_id = OLD.author_id AND customer_id = OLD.customer_id;
  INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
    SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
    WHERE tenant_id = OLD.tenant_id AND customer_id = OLD.customer_id AND author_id = OLD.author_id
      AND type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
    GROUP BY tenant_id, author_id, customer_id;
  DELETE FROM visit_pairs WHERE tenant_id = NEW.tenant_id AND user_id = NEW.author_id AND customer_id = NEW.customer_id;
  INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at)
    SELECT tenant_id, author_id, customer_id, MAX(created_at) FROM follow_ups
    WHERE tenant_id = NEW.tenant_id AND customer_id = NEW.customer_id AND author_id = NEW.author_id
      AND type = 'visit' AND deleted_at IS NULL AND customer_id <> 0
    GROUP BY tenant_id, author_id, customer_id;
END;

CREATE TRIGGER follow_ups_metrics_insert AFTER INSERT ON follow_ups BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER follow_ups_metrics_delete AFTER DELETE ON follow_ups BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
END;

CREATE TRIGGER follow_ups_metrics_update AFTER UPDATE OF created_at, author_id, type, deleted_at ON follow_ups
WHEN OLD.created_at IS NOT NEW.created_at
  OR OLD.author_id IS NOT NEW.author_id
  OR OLD.type IS NOT NEW.type
  OR OLD.deleted_at IS NOT NEW.deleted_at
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER customers_metrics_insert AFTER INSERT ON customers BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER customers_metrics_delete AFTER DELETE ON customers BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
END;

CREATE TRIGGER customers_metrics_update AFTER UPDATE OF created_at, created_by ON customers
WHEN OLD.created_at IS NOT NEW.created_at
  OR OLD.created_by IS NOT NEW.created_by
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER contracts_metrics_insert AFTER INSERT ON contracts BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.activated_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.activated_at < s.sealed_before;
END;

CREATE TRIGGER contracts_metrics_delete AFTER DELETE ON contracts BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.activated_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.activated_at < s.sealed_before;
END;

CREATE TRIGGER contracts_metrics_update AFTER UPDATE OF activated_at, owner_id, deleted_at, total_fen ON contracts
WHEN OLD.activated_at IS NOT NEW.activated_at
  OR OLD.owner_id IS NOT NEW.owner_id
  OR OLD.deleted_at IS NOT NEW.deleted_at
  OR OLD.total_fen IS NOT NEW.total_fen
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.activated_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.activated_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.activated_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.activated_at < s.sealed_before;
END;

CREATE TRIGGER receipts_metrics_insert AFTER INSERT ON receipts BEGIN
  INSERT INTO metric_dirty (tenant_id, on_date) SELECT s.tenant_id, NEW.received_on FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.received_on < s.sealed_before_date;
END;

CREATE TRIGGER receipts_metrics_delete AFTER DELETE ON receipts BEGIN
  INSERT INTO metric_dirty (tenant_id, on_date) SELECT s.tenant_id, OLD.received_on FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.received_on < s.sealed_before_date;
END;

CREATE TRIGGER receipts_metrics_update AFTER UPDATE OF received_on, status, deleted_at, owner_id, amount_fen ON receipts
WHEN OLD.received_on IS NOT NEW.received_on
  OR OLD.status IS NOT NEW.status
  OR OLD.deleted_at IS NOT NEW.deleted_at
  OR OLD.owner_id IS NOT NEW.owner_id
  OR OLD.amount_fen IS NOT NEW.amount_fen
BEGIN
  INSERT INTO metric_dirty (tenant_id, on_date) SELECT s.tenant_id, OLD.received_on FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.received_on < s.sealed_before_date;
  INSERT INTO metric_dirty (tenant_id, on_date) SELECT s.tenant_id, NEW.received_on FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.received_on < s.sealed_before_date;
END;

CREATE TRIGGER opportunities_metrics_insert AFTER INSERT ON opportunities BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.closed_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.closed_at < s.sealed_before;
END;

CREATE TRIGGER opportunities_metrics_delete AFTER DELETE ON opportunities BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.closed_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.closed_at < s.sealed_before;
END;

CREATE TRIGGER opportunities_metrics_update AFTER UPDATE OF created_at, closed_at, status, owner_id, deleted_at, amount_fen ON opportunities
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before
    AND (OLD.created_at IS NOT NEW.created_at OR OLD.closed_at IS NOT NEW.closed_at OR OLD.status IS NOT NEW.status OR OLD.owner_id IS NOT NEW.owner_id OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.amount_fen IS NOT NEW.amount_fen);
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before
    AND (OLD.created_at IS NOT NEW.created_at OR OLD.closed_at IS NOT NEW.closed_at OR OLD.status IS NOT NEW.status OR OLD.owner_id IS NOT NEW.owner_id OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.amount_fen IS NOT NEW.amount_fen);
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.closed_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.closed_at < s.sealed_before
    AND (OLD.created_at IS NOT NEW.created_at OR OLD.closed_at IS NOT NEW.closed_at OR OLD.status IS NOT NEW.status OR OLD.owner_id IS NOT NEW.owner_id OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.amount_fen IS NOT NEW.amount_fen);
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.closed_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.closed_at < s.sealed_before
    AND (OLD.created_at IS NOT NEW.created_at OR OLD.closed_at IS NOT NEW.closed_at OR OLD.status IS NOT NEW.status OR OLD.owner_id IS NOT NEW.owner_id OR OLD.deleted_at IS NOT NEW.deleted_at OR OLD.amount_fen IS NOT NEW.amount_fen);
END;

CREATE TRIGGER leads_metrics_insert AFTER INSERT ON leads BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.converted_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.converted_at < s.sealed_before;
END;

CREATE TRIGGER leads_metrics_delete AFTER DELETE ON leads BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.converted_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.converted_at < s.sealed_before;
END;

CREATE TRIGGER leads_metrics_update AFTER UPDATE OF created_at, created_by, deleted_at, converted_at, owner_id ON leads
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before
    AND (OLD.created_at IS NOT NEW.created_at OR OLD.created_by IS NOT NEW.created_by OR OLD.deleted_at IS NOT NEW.deleted_at);
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before
    AND (OLD.created_at IS NOT NEW.created_at OR OLD.created_by IS NOT NEW.created_by OR OLD.deleted_at IS NOT NEW.deleted_at);
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.converted_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.converted_at < s.sealed_before
    AND (OLD.converted_at IS NOT NEW.converted_at OR OLD.owner_id IS NOT NEW.owner_id);
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.converted_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.converted_at < s.sealed_before
    AND (OLD.converted_at IS NOT NEW.converted_at OR OLD.owner_id IS NOT NEW.owner_id);
END;

CREATE TRIGGER work_logs_metrics_insert AFTER INSERT ON work_logs BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;

CREATE TRIGGER work_logs_metrics_delete AFTER DELETE ON work_logs BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
END;

CREATE TRIGGER work_logs_metrics_update AFTER UPDATE OF created_at, author_id ON work_logs
WHEN OLD.created_at IS NOT NEW.created_at
  OR OLD.author_id IS NOT NEW.author_id
BEGIN
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, OLD.created_at FROM metric_state s
    WHERE s.tenant_id = OLD.tenant_id AND OLD.created_at < s.sealed_before;
  INSERT INTO metric_dirty (tenant_id, at) SELECT s.tenant_id, NEW.created_at FROM metric_state s
    WHERE s.tenant_id = NEW.tenant_id AND NEW.created_at < s.sealed_before;
END;
