-- Targets (目标, docs/api-targets.md), owned by the targets module: one row per metric, period
-- and assignee with its three tiers, the locked periods, and the change log of both.

-- assignee_id is 0 for the company (assignee_type 'company') so the unique key covers it. The
-- key leads with (tenant, metric, period): the sheet's year and attainment's period read one range of it.
CREATE TABLE targets (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  metric TEXT NOT NULL,                       -- a targetable metric key (contractAmountFen, followUps, ...)
  period TEXT NOT NULL,                       -- 2026, 2026-Q4, 2026-12, 2026-W49
  period_kind TEXT NOT NULL,                  -- year, quarter, month, week
  assignee_type TEXT NOT NULL,                -- company, department, user
  assignee_id INTEGER NOT NULL,               -- 0 for the company
  value INTEGER NOT NULL,
  sprint_value INTEGER,
  challenge_value INTEGER,
  updated_at INTEGER NOT NULL,
  updated_by INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX targets_key ON targets(tenant_id, metric, period, assignee_type, assignee_id);

-- A locked period refuses every change to its targets, whatever the metric.
CREATE TABLE target_locks (
  tenant_id INTEGER NOT NULL,
  period TEXT NOT NULL,
  locked_at INTEGER NOT NULL,
  locked_by INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, period)
) WITHOUT ROWID;

-- One row per changed field of a target (value, sprintValue, challengeValue) or per lock and
-- unlock (field 'lock', before/after 0/1, metric '' and assignee_type '').
CREATE TABLE target_changes (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  by_user INTEGER NOT NULL,
  metric TEXT NOT NULL,
  period TEXT NOT NULL,
  assignee_type TEXT NOT NULL,
  assignee_id INTEGER NOT NULL,               -- 0 for the company and for locks
  field TEXT NOT NULL,                        -- value, sprintValue, challengeValue, lock
  before_value INTEGER,
  after_value INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX target_changes_at ON target_changes(tenant_id, at DESC, id DESC);

-- Fixed planner statistics (see 0003, 0027).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('targets', 'targets', '100000 100000 1'),
  ('targets', 'targets_key', '100000 100000 10000 200 100 1'),
  ('target_locks', 'target_locks', '1000 1000 1'),
  ('target_changes', 'target_changes', '1000000 1000000 1'),
  ('target_changes', 'target_changes_at', '1000000 1000000 2 1');
ANALYZE sqlite_schema;
