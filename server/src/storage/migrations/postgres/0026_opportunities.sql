-- Sales processes (销售流程) and opportunities (商机) (docs/api-opportunities.md). Owned by the
-- deals module.

-- A process: ordered open stages plus three terminal stages (won, lost, invalid). Every change
-- raises `version` and stores a snapshot in sales_process_versions; a stage change records the
-- version it was made under, so later edits never rewrite what an opportunity went through.
CREATE TABLE sales_processes (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name TEXT NOT NULL,
  kind TEXT NOT NULL DEFAULT 'pre_sale',      -- pre_sale, after_sale
  description TEXT NOT NULL DEFAULT '',
  department_ids TEXT NOT NULL DEFAULT '[]',  -- JSON ids of departments (subtrees) using it; [] = all
  allow_skip BIGINT NOT NULL DEFAULT 0,      -- may an opportunity jump over open stages forward
  lost_reasons TEXT NOT NULL DEFAULT '[]',    -- JSON strings: the reasons a loss may give
  invalid_reasons TEXT NOT NULL DEFAULT '[]', -- JSON strings: the reasons an invalid close may give
  stale_days BIGINT NOT NULL DEFAULT 14,     -- no activity for N days = stale; 0 = never
  stale_when_overdue BIGINT NOT NULL DEFAULT 1, -- expected close date passed = stale
  is_default BIGINT NOT NULL DEFAULT 0,
  enabled BIGINT NOT NULL DEFAULT 1,
  position BIGINT NOT NULL DEFAULT 0,
  version BIGINT NOT NULL DEFAULT 1,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deleted_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE sales_stages (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  process_id BIGINT NOT NULL,
  position BIGINT NOT NULL,                  -- open stages 1..n in order; won n+1, lost/invalid n+2
  kind TEXT NOT NULL DEFAULT 'open',          -- open, won, lost, invalid
  name TEXT NOT NULL,
  probability BIGINT NOT NULL DEFAULT 0,     -- win probability in percent, 0..100
  guidance_do TEXT NOT NULL DEFAULT '',       -- what to do in this stage
  guidance_watch TEXT NOT NULL DEFAULT '',    -- what to watch out for
  checklist TEXT NOT NULL DEFAULT '[]',       -- JSON strings
  feedback_fields TEXT NOT NULL DEFAULT '[]', -- JSON [{key, label, type, required, options}]
  deleted_at BIGINT,                         -- removed from the process (never while in use)
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX sales_stages_process ON sales_stages(tenant_id, process_id, position);

CREATE TABLE sales_process_versions (
  tenant_id BIGINT NOT NULL,
  process_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  snapshot TEXT NOT NULL,                     -- the SalesProcess JSON as it was
  changed_by BIGINT,
  changed_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, process_id, version)
);

CREATE TABLE opportunities (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  contact_id BIGINT,
  name TEXT NOT NULL,
  amount_fen BIGINT NOT NULL DEFAULT 0,
  expected_close_date TEXT,                   -- "2026-12-31", tenant calendar
  process_id BIGINT NOT NULL,
  stage_id BIGINT NOT NULL,
  stage_position BIGINT NOT NULL,            -- the current stage's position (copied for lists)
  max_position BIGINT NOT NULL,              -- highest open/won position ever entered (funnel)
  stage_entered_at BIGINT NOT NULL,
  probability BIGINT NOT NULL DEFAULT 0,     -- percent
  probability_set BIGINT NOT NULL DEFAULT 0, -- 1 = set by a person; a move keeps it
  status TEXT NOT NULL DEFAULT 'open',        -- open, won, lost, invalid
  close_reason TEXT NOT NULL DEFAULT '',
  closed_at BIGINT,
  lead_id BIGINT,                            -- the lead it came from
  competitors TEXT NOT NULL DEFAULT '[]',     -- JSON strings
  notes TEXT NOT NULL DEFAULT '',
  owner_id BIGINT NOT NULL,
  last_activity_at BIGINT NOT NULL,          -- create, edit, move, follow-up naming it
  stale_reminded_at BIGINT,                  -- last stale reminder to the owner
  search_text TEXT NOT NULL DEFAULT '',       -- lower-case name and customer name
  version BIGINT NOT NULL DEFAULT 1,         -- raised by every change; a move must name it
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deleted_at BIGINT,
  deleted_by BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX opportunities_owner ON opportunities(tenant_id, owner_id, created_at, id);
CREATE INDEX opportunities_created ON opportunities(tenant_id, created_at, id);
CREATE INDEX opportunities_customer ON opportunities(tenant_id, customer_id, id);
CREATE INDEX opportunities_stage ON opportunities(tenant_id, process_id, stage_id, id);
CREATE INDEX opportunities_close ON opportunities(tenant_id, status, expected_close_date);

-- Line items: a product (when the product module exists) or a free name.
CREATE TABLE opportunity_items (
  tenant_id BIGINT NOT NULL,
  opportunity_id BIGINT NOT NULL,
  position BIGINT NOT NULL,
  product_id BIGINT,
  name TEXT NOT NULL,
  quantity BIGINT NOT NULL,
  unit_price_fen BIGINT NOT NULL,
  discount_fen BIGINT NOT NULL DEFAULT 0,    -- off the line: total = quantity * unit - discount
  PRIMARY KEY (tenant_id, opportunity_id, position)
);

-- Every stage an opportunity entered: the first row (from_stage_id null) is its creation.
CREATE TABLE opportunity_stage_changes (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  opportunity_id BIGINT NOT NULL,
  process_version BIGINT NOT NULL,
  from_stage_id BIGINT,
  from_name TEXT NOT NULL DEFAULT '',
  to_stage_id BIGINT NOT NULL,
  to_name TEXT NOT NULL,
  to_kind TEXT NOT NULL,
  to_position BIGINT NOT NULL,
  direction TEXT NOT NULL,                    -- create, forward, back, close, reopen
  feedback TEXT NOT NULL DEFAULT '{}',        -- JSON {key: value} given for the stage left
  feedback_fields TEXT NOT NULL DEFAULT '[]', -- the field definitions as they were
  checklist_done TEXT NOT NULL DEFAULT '[]',  -- JSON strings ticked in the stage left
  reason TEXT NOT NULL DEFAULT '',            -- lost / invalid reason
  ms_in_from BIGINT,                         -- time spent in the stage left
  amount_fen BIGINT NOT NULL,
  probability BIGINT NOT NULL,
  user_id BIGINT,
  at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX opportunity_changes_opp ON opportunity_stage_changes(tenant_id, opportunity_id, id);
CREATE INDEX opportunity_changes_from ON opportunity_stage_changes(tenant_id, from_stage_id);

-- A follow-up may name the opportunity it was about (its last activity).
ALTER TABLE follow_ups ADD COLUMN opportunity_id BIGINT;
