-- Field visits: the grid cell of each customer's position (the spatial index, see core/geo.h),
-- check-ins with their score, visit plans, and per-tenant settings such as the check-in policy.
ALTER TABLE customers ADD COLUMN geo_cell BIGINT;
CREATE INDEX customers_geo ON customers(tenant_id, geo_cell) WHERE geo_cell IS NOT NULL;
UPDATE customers SET geo_cell = FLOOR((lat + 90.0) / 0.01)::BIGINT * 36000 + FLOOR((lng + 180.0) / 0.01)::BIGINT
  WHERE lat IS NOT NULL AND lng IS NOT NULL;

CREATE TABLE check_ins (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  customer_id BIGINT,
  lat DOUBLE PRECISION NOT NULL,
  lng DOUBLE PRECISION NOT NULL,
  accuracy_m DOUBLE PRECISION NOT NULL,
  provider TEXT NOT NULL DEFAULT '',
  mock_location BIGINT NOT NULL DEFAULT 0,
  purpose TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  distance_m DOUBLE PRECISION,
  score TEXT NOT NULL,
  reasons TEXT NOT NULL DEFAULT '[]',
  follow_up_id BIGINT,
  fixed_customer_location BIGINT NOT NULL DEFAULT 0,
  at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX check_ins_user ON check_ins(tenant_id, user_id, id);
CREATE INDEX check_ins_customer ON check_ins(tenant_id, customer_id, id);

ALTER TABLE attachments ADD COLUMN check_in_id BIGINT;
CREATE INDEX attachments_sha ON attachments(tenant_id, sha256);

CREATE TABLE visit_plans (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  planned_at BIGINT NOT NULL,
  remind_minutes BIGINT,
  reminded BIGINT NOT NULL DEFAULT 0,
  notes TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL DEFAULT 'planned',
  check_in_id BIGINT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX visit_plans_user ON visit_plans(tenant_id, user_id, planned_at);
CREATE INDEX visit_plans_remind ON visit_plans(reminded, planned_at);

CREATE TABLE tenant_settings (
  tenant_id BIGINT NOT NULL,
  key TEXT NOT NULL,
  value TEXT NOT NULL,
  PRIMARY KEY (tenant_id, key)
);
