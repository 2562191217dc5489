-- Field visits: the grid cell of each customer's position (the spatial index, see core/geo.h),
-- check-ins with their score, visit plans, and per-tenant settings such as the check-in policy.
ALTER TABLE customers ADD COLUMN geo_cell INTEGER;
CREATE INDEX customers_geo ON customers(tenant_id, geo_cell) WHERE geo_cell IS NOT NULL;
UPDATE customers SET geo_cell = CAST((lat + 90.0) / 0.01 AS INTEGER) * 36000 + CAST((lng + 180.0) / 0.01 AS INTEGER)
  WHERE lat IS NOT NULL AND lng IS NOT NULL;

CREATE TABLE check_ins (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  customer_id INTEGER,
  lat REAL NOT NULL,
  lng REAL NOT NULL,
  accuracy_m REAL NOT NULL,
  provider TEXT NOT NULL DEFAULT '',
  mock_location INTEGER NOT NULL DEFAULT 0,
  purpose TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  distance_m REAL,
  score TEXT NOT NULL,
  reasons TEXT NOT NULL DEFAULT '[]',
  follow_up_id INTEGER,
  fixed_customer_location INTEGER NOT NULL DEFAULT 0,
  at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX check_ins_user ON check_ins(tenant_id, user_id, id);
CREATE INDEX check_ins_customer ON check_ins(tenant_id, customer_id, id);

ALTER TABLE attachments ADD COLUMN check_in_id INTEGER;
CREATE INDEX attachments_sha ON attachments(tenant_id, sha256);

CREATE TABLE visit_plans (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  planned_at INTEGER NOT NULL,
  remind_minutes INTEGER,
  reminded INTEGER NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  check_in_id INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX visit_plans_user ON visit_plans(tenant_id, user_id, planned_at);
CREATE INDEX visit_plans_remind ON visit_plans(reminded, planned_at);

CREATE TABLE tenant_settings (
  tenant_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (tenant_id, key)
) WITHOUT ROWID;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('customers', 'customers_geo', '1000000 1000000 20'),
  ('check_ins', 'check_ins', '1000000 1000000 1'),
  ('check_ins', 'check_ins_user', '1000000 1000000 1000 1'),
  ('check_ins', 'check_ins_customer', '1000000 1000000 5 1'),
  ('attachments', 'attachments_sha', '1000000 1000000 2'),
  ('visit_plans', 'visit_plans', '100000 100000 1'),
  ('visit_plans', 'visit_plans_user', '100000 100000 100 1'),
  ('visit_plans', 'visit_plans_remind', '100000 50000 10'),
  ('tenant_settings', 'tenant_settings', '100 10 1');
ANALYZE sqlite_schema;
