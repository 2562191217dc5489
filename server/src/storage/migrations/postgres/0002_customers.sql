-- Customers, contacts, pools and their rules, owner history, notifications.
CREATE TABLE customers (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name TEXT NOT NULL,
  short_name TEXT NOT NULL DEFAULT '',
  name_norm TEXT NOT NULL,             -- normalised for the conflict check (查重)
  credit_code TEXT,                    -- unified social credit code, upper-case
  industry TEXT NOT NULL DEFAULT '',
  scale TEXT NOT NULL DEFAULT '',
  level TEXT NOT NULL DEFAULT 'C',     -- A/B/C/D
  status TEXT NOT NULL DEFAULT 'potential',
  source TEXT NOT NULL DEFAULT '',
  province TEXT NOT NULL DEFAULT '',
  city TEXT NOT NULL DEFAULT '',
  district TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  lat DOUBLE PRECISION,
  lng DOUBLE PRECISION,
  phone TEXT,
  website TEXT NOT NULL DEFAULT '',
  tags TEXT NOT NULL DEFAULT '',       -- ",tag1,tag2," so one LIKE finds a tag
  custom_fields TEXT NOT NULL DEFAULT '{}',
  owner_id BIGINT,                    -- null while in a pool
  pool_id BIGINT,                     -- set while in a pool (exactly one of owner/pool)
  home_pool_id BIGINT,                -- the pool whose rules govern it while owned
  locked BIGINT NOT NULL DEFAULT 0,
  clock_start_at BIGINT,              -- when the current owner received it (or unlock)
  claimed_at BIGINT,
  released_at BIGINT,                 -- when it last entered a pool
  previous_owner_id BIGINT,
  times_reclaimed BIGINT NOT NULL DEFAULT 0,
  reminded_for BIGINT,                -- reclaim date (days) the owner was reminded of
  last_follow_up_at BIGINT,
  last_deal_at BIGINT,
  next_follow_up_at BIGINT,
  search_text TEXT NOT NULL DEFAULT '',
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deleted_at BIGINT,                  -- recycle bin
  deleted_by BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX customers_owner_updated ON customers(tenant_id, owner_id, updated_at, id);
CREATE INDEX customers_owner_industry ON customers(tenant_id, owner_id, industry, updated_at, id);
CREATE INDEX customers_pool_updated ON customers(tenant_id, pool_id, updated_at, id);
CREATE INDEX customers_updated ON customers(tenant_id, updated_at, id);
CREATE INDEX customers_name_norm ON customers(tenant_id, name_norm);
CREATE INDEX customers_credit ON customers(tenant_id, credit_code) WHERE credit_code IS NOT NULL;
CREATE INDEX customers_home_pool ON customers(tenant_id, home_pool_id) WHERE owner_id IS NOT NULL;

-- Every phone number of a customer and its contacts, as digits, for the conflict check.
CREATE TABLE customer_phones (
  tenant_id BIGINT NOT NULL,
  digits TEXT NOT NULL,
  customer_id BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, digits, customer_id)
);
CREATE INDEX customer_phones_customer ON customer_phones(tenant_id, customer_id);

-- Substring search: the customer's bigrams as a text array with a GIN index; a query of
-- n >= 2 characters must contain all its bigrams, then search_text LIKE confirms adjacency.
ALTER TABLE customers ADD COLUMN search_grams TEXT[] NOT NULL DEFAULT '{}';
CREATE INDEX customers_search_grams ON customers USING GIN (search_grams);

CREATE TABLE contacts (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  mobile TEXT,
  phone TEXT,
  email TEXT,
  wechat TEXT,
  birthday TEXT,
  is_primary BIGINT NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  deleted_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX contacts_customer ON contacts(tenant_id, customer_id);

CREATE TABLE pools (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  sort_order BIGINT NOT NULL DEFAULT 0,
  last_sweep_date BIGINT,                -- local date (days) of the last scheduled sweep
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

-- Members may claim; admins configure and assign. kind: 'member_user', 'member_department',
-- 'admin' (member_id is a user or department id).
CREATE TABLE pool_access (
  tenant_id BIGINT NOT NULL,
  pool_id BIGINT NOT NULL,
  kind TEXT NOT NULL,
  member_id BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, pool_id, kind, member_id)
);

-- Rule versions: the rules of a pool at an instant are the latest version effective by then.
CREATE TABLE pool_rules (
  tenant_id BIGINT NOT NULL,
  pool_id BIGINT NOT NULL,
  version BIGINT NOT NULL,
  effective_at BIGINT NOT NULL,
  rules TEXT NOT NULL,
  created_by BIGINT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, pool_id, version)
);

-- Who held a customer, when, and why it moved (claim, assign, release, transfer, reclaim,
-- lock, unlock, create, handover).
CREATE TABLE customer_owner_history (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  action TEXT NOT NULL,
  from_user_id BIGINT,
  to_user_id BIGINT,
  pool_id BIGINT,
  reason TEXT NOT NULL DEFAULT '',
  rule TEXT NOT NULL DEFAULT '',
  actor_id BIGINT,
  at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX owner_history_customer ON customer_owner_history(tenant_id, customer_id, id);
CREATE INDEX owner_history_actor ON customer_owner_history(tenant_id, to_user_id, action, at);

CREATE TABLE customer_team (
  tenant_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  access TEXT NOT NULL DEFAULT 'read',  -- 'read' or 'write'
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, customer_id, user_id)
);
CREATE INDEX customer_team_user ON customer_team(tenant_id, user_id);

CREATE TABLE notifications (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  type TEXT NOT NULL,
  title TEXT NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  object_type TEXT NOT NULL DEFAULT '',
  object_id BIGINT,
  created_at BIGINT NOT NULL,
  read_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX notifications_user ON notifications(tenant_id, user_id, id);
