-- Sales processes (销售流程) and opportunities (商机) (docs/api-opportunities.md). Owned by the
-- deals module.

-- A process: ordered open stages plus three terminal stages (won, lost, invalid). Every change
-- raises `version` and stores a snapshot in sales_process_versions; a stage change records the
-- version it was made under, so later edits never rewrite what an opportunity went through.
CREATE TABLE sales_processes (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'pre_sale',      -- pre_sale, after_sale
  description TEXT NOT NULL DEFAULT '',
  department_ids TEXT NOT NULL DEFAULT '[]',  -- JSON ids of departments (subtrees) using it; [] = all
  allow_skip INTEGER NOT NULL DEFAULT 0,      -- may an opportunity jump over open stages forward
  lost_reasons TEXT NOT NULL DEFAULT '[]',    -- JSON strings: the reasons a loss may give
  invalid_reasons TEXT NOT NULL DEFAULT '[]', -- JSON strings: the reasons an invalid close may give
  stale_days INTEGER NOT NULL DEFAULT 14,     -- no activity for N days = stale; 0 = never
  stale_when_overdue INTEGER NOT NULL DEFAULT 1, -- expected close date passed = stale
  is_default INTEGER NOT NULL DEFAULT 0,
  enabled INTEGER NOT NULL DEFAULT 1,
  position INTEGER NOT NULL DEFAULT 0,
  version INTEGER NOT NULL DEFAULT 1,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE sales_stages (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  process_id INTEGER NOT NULL,
  position INTEGER NOT NULL,                  -- open stages 1..n in order; won n+1, lost/invalid n+2
  kind TEXT NOT NULL DEFAULT 'open',          -- open, won, lost, invalid
  name TEXT NOT NULL,
  probability INTEGER NOT NULL DEFAULT 0,     -- win probability in percent, 0..100
  guidance_do TEXT NOT NULL DEFAULT '',       -- what to do in this stage
  guidance_watch TEXT NOT NULL DEFAULT '',    -- what to watch out for
  checklist TEXT NOT NULL DEFAULT '[]',       -- JSON strings
  feedback_fields TEXT NOT NULL DEFAULT '[]', -- JSON [{key, label, type, required, options}]
  deleted_at INTEGER,                         -- removed from the process (never while in use)
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX sales_stages_process ON sales_stages(tenant_id, process_id, position);

CREATE TABLE sales_process_versions (
  tenant_id INTEGER NOT NULL,
  process_id INTEGER NOT NULL,
  version INTEGER NOT NULL,
  snapshot TEXT NOT NULL,                     -- the SalesProcess JSON as it was
  changed_by INTEGER,
  changed_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, process_id, version)
) WITHOUT ROWID;

CREATE TABLE opportunities (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  contact_id INTEGER,
  name TEXT NOT NULL,
  amount_fen INTEGER NOT NULL DEFAULT 0,
  expected_close_date TEXT,                   -- "2026-12-31", tenant calendar
  process_id INTEGER NOT NULL,
  stage_id INTEGER NOT NULL,
  stage_position INTEGER NOT NULL,            -- the current stage's position (copied for lists)
  max_position INTEGER NOT NULL,              -- highest open/won position ever entered (funnel)
  stage_entered_at INTEGER NOT NULL,
  probability INTEGER NOT NULL DEFAULT 0,     -- percent
  probability_set INTEGER NOT NULL DEFAULT 0, -- 1 = set by a person; a move keeps it
  status TEXT NOT NULL DEFAULT 'open',        -- open, won, lost, invalid
  close_reason TEXT NOT NULL DEFAULT '',
  closed_at INTEGER,
  lead_id INTEGER,                            -- the lead it came from
  competitors TEXT NOT NULL DEFAULT '[]',     -- JSON strings
  notes TEXT NOT NULL DEFAULT '',
  owner_id INTEGER NOT NULL,
  last_activity_at INTEGER NOT NULL,          -- create, edit, move, follow-up naming it
  stale_reminded_at INTEGER,                  -- last stale reminder to the owner
  search_text TEXT NOT NULL DEFAULT '',       -- lower-case name and customer name
  version INTEGER NOT NULL DEFAULT 1,         -- raised by every change; a move must name it
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  deleted_by INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX opportunities_owner ON opportunities(tenant_id, owner_id, created_at, id);
CREATE INDEX opportunities_created ON opportunities(tenant_id, created_at, id);
CREATE INDEX opportunities_customer ON opportunities(tenant_id, customer_id, id);
CREATE INDEX opportunities_stage ON opportunities(tenant_id, process_id, stage_id, id);
CREATE INDEX opportunities_close ON opportunities(tenant_id, status, expected_close_date);

-- Line items: a product (when the product module exists) or a free name.
CREATE TABLE opportunity_items (
  tenant_id INTEGER NOT NULL,
  opportunity_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  product_id INTEGER,
  name TEXT NOT NULL,
  quantity INTEGER NOT NULL,
  unit_price_fen INTEGER NOT NULL,
  discount_fen INTEGER NOT NULL DEFAULT 0,    -- off the line: total = quantity * unit - discount
  PRIMARY KEY (tenant_id, opportunity_id, position)
) WITHOUT ROWID;

-- Every stage an opportunity entered: the first row (from_stage_id null) is its creation.
CREATE TABLE opportunity_stage_changes (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  opportunity_id INTEGER NOT NULL,
  process_version INTEGER NOT NULL,
  from_stage_id INTEGER,
  from_name TEXT NOT NULL DEFAULT '',
  to_stage_id INTEGER NOT NULL,
  to_name TEXT NOT NULL,
  to_kind TEXT NOT NULL,
  to_position INTEGER NOT NULL,
  direction TEXT NOT NULL,                    -- create, forward, back, close, reopen
  feedback TEXT NOT NULL DEFAULT '{}',        -- JSON {key: value} given for the stage left
  feedback_fields TEXT NOT NULL DEFAULT '[]', -- the field definitions as they were
  checklist_done TEXT NOT NULL DEFAULT '[]',  -- JSON strings ticked in the stage left
  reason TEXT NOT NULL DEFAULT '',            -- lost / invalid reason
  ms_in_from INTEGER,                         -- time spent in the stage left
  amount_fen INTEGER NOT NULL,
  probability INTEGER NOT NULL,
  user_id INTEGER,
  at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX opportunity_changes_opp ON opportunity_stage_changes(tenant_id, opportunity_id, id);
CREATE INDEX opportunity_changes_from ON opportunity_stage_changes(tenant_id, from_stage_id);

-- A follow-up may name the opportunity it was about (its last activity).
ALTER TABLE follow_ups ADD COLUMN opportunity_id INTEGER;
