-- Leads (线索), lead pools, push assignment, web forms and lead sources (docs/api-leads.md).
-- Owned by the leads module, except `pools.kind` (pool) and `follow_ups.lead_id` (activity).

-- A pool holds customers ('customer', 公海) or leads ('lead', 线索池); both kinds run under the
-- same versioned rules and sweep.
ALTER TABLE pools ADD COLUMN kind TEXT NOT NULL DEFAULT 'customer';

CREATE TABLE leads (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  company TEXT NOT NULL DEFAULT '',
  company_norm TEXT NOT NULL DEFAULT '',  -- normalised company name for the conflict check
  credit_code TEXT,
  mobile TEXT,
  phone TEXT,
  email TEXT,
  wechat TEXT,
  title TEXT NOT NULL DEFAULT '',
  source_id INTEGER,
  campaign TEXT NOT NULL DEFAULT '',
  province TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  industry TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'new',     -- new, contacting, qualified, converted, invalid
  invalid_reason TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',          -- ",tag1,tag2,"
  custom_fields TEXT NOT NULL DEFAULT '{}',
  notes TEXT NOT NULL DEFAULT '',
  owner_id INTEGER,                       -- null while in a pool
  pool_id INTEGER,                        -- set while in a lead pool
  home_pool_id INTEGER,                   -- the lead pool whose rules govern it while owned
  clock_start_at INTEGER,
  claimed_at INTEGER,
  released_at INTEGER,
  previous_owner_id INTEGER,
  times_reclaimed INTEGER NOT NULL DEFAULT 0,
  reminded_for INTEGER,
  assigned_rule_id INTEGER,               -- the push rule that gave it to its owner
  assigned_at INTEGER,
  customer_id INTEGER,                    -- the customer it matched or became
  converted_at INTEGER,
  converted_by INTEGER,
  converted_contact_id INTEGER,
  first_contact_at INTEGER,
  last_follow_up_at INTEGER,
  form_id INTEGER,
  search_text TEXT NOT NULL DEFAULT '',   -- lower-case name, company, campaign, title
  created_by INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  deleted_at INTEGER,
  deleted_by INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX leads_owner_created ON leads(tenant_id, owner_id, created_at, id);
CREATE INDEX leads_pool_created ON leads(tenant_id, pool_id, created_at, id);
CREATE INDEX leads_created ON leads(tenant_id, created_at, id);
CREATE INDEX leads_company_norm ON leads(tenant_id, company_norm);
CREATE INDEX leads_credit ON leads(tenant_id, credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX leads_home_pool ON leads(tenant_id, home_pool_id) WHERE owner_id IS NOT NULL;
CREATE INDEX leads_customer ON leads(tenant_id, customer_id) WHERE customer_id IS NOT NULL;

-- Every phone number of a lead as digits, for the conflict check.
CREATE TABLE lead_phones (
  tenant_id INTEGER NOT NULL,
  digits TEXT NOT NULL,
  lead_id INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, digits, lead_id)
) WITHOUT ROWID;

-- Who held a lead and why it moved: create, claim, assign, push, release, transfer, reclaim,
-- convert, status.
CREATE TABLE lead_owner_history (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  lead_id INTEGER NOT NULL,
  action TEXT NOT NULL,
  from_user_id INTEGER,
  to_user_id INTEGER,
  pool_id INTEGER,
  rule_id INTEGER,                        -- the push rule of a push
  reason TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT '',          -- the reclaim rule of a reclaim
  actor_id INTEGER,
  at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX lead_history_lead ON lead_owner_history(tenant_id, lead_id, id);
CREATE INDEX lead_history_to ON lead_owner_history(tenant_id, to_user_id, action, at);

-- The channels leads come from, with their cost per month (fen) for ROI.
CREATE TABLE lead_sources (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  name TEXT NOT NULL,
  enabled INTEGER NOT NULL DEFAULT 1,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE TABLE lead_source_costs (
  tenant_id INTEGER NOT NULL,
  source_id INTEGER NOT NULL,
  month TEXT NOT NULL,                    -- "2026-11"
  amount INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, source_id, month)
) WITHOUT ROWID;

-- Push rules of a lead pool, in order; the first enabled rule whose match fits a new lead
-- assigns it. `next_order` is the round-robin place: the member order after which the next
-- lead goes.
CREATE TABLE lead_push_rules (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  pool_id INTEGER NOT NULL,
  position INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  match TEXT NOT NULL DEFAULT '{}',       -- {provinces, cities, industries, sourceIds, campaigns}
  strategy TEXT NOT NULL,                 -- round_robin, least_loaded, user
  user_id INTEGER,
  next_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX lead_push_rules_pool ON lead_push_rules(tenant_id, pool_id, position);
CREATE TABLE lead_push_members (
  tenant_id INTEGER NOT NULL,
  rule_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  member_order INTEGER NOT NULL,          -- a member who joins later gets a higher order
  daily_cap INTEGER,
  paused INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (tenant_id, rule_id, user_id)
) WITHOUT ROWID;

-- Public web forms: a token in the URL lands leads in a pool.
CREATE TABLE lead_forms (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  name TEXT NOT NULL,
  token TEXT NOT NULL,
  pool_id INTEGER NOT NULL,
  source_id INTEGER,
  campaign TEXT NOT NULL DEFAULT '',
  fields TEXT NOT NULL DEFAULT '[]',
  thanks TEXT NOT NULL DEFAULT '',
  enabled INTEGER NOT NULL DEFAULT 1,
  per_minute INTEGER NOT NULL DEFAULT 600,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX lead_forms_token ON lead_forms(token);

-- Per-tenant lead settings: the conversion field mapping (JSON).
CREATE TABLE lead_settings (
  tenant_id INTEGER NOT NULL PRIMARY KEY,
  conversion_mapping TEXT NOT NULL DEFAULT '[]'
);

-- A lead's follow-ups are follow-ups: lead_id set and customer_id 0 until the lead is converted,
-- when they and their feed items move to the customer (its timeline shows the lead's history).
ALTER TABLE follow_ups ADD COLUMN lead_id INTEGER;
CREATE INDEX follow_ups_lead ON follow_ups(tenant_id, lead_id, id) WHERE lead_id IS NOT NULL;
