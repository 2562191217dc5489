-- Where each person was when (org owns it; docs/api-targets.md "Where a number counts"): one row
-- per stay in a department, from_at the instant it began (0 for the first: everything before the
-- person joined counts there too), to_at when it ended (null: now). Reports count a number for the
-- department its person was in on the record's local day (the day of a move counts for the new
-- department). Written with the user (org::InsertUser, org::UpdateUser).
CREATE TABLE user_departments (
  tenant_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  from_at INTEGER NOT NULL,
  to_at INTEGER,
  department_id INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id, from_at)
) WITHOUT ROWID;
-- A report reads the stays that ended inside or after its range (few: the moves).
CREATE INDEX user_departments_ended ON user_departments(tenant_id, to_at) WHERE to_at IS NOT NULL;
INSERT INTO user_departments (tenant_id, user_id, from_at, to_at, department_id)
  SELECT tenant_id, id, 0, NULL, department_id FROM users;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('user_departments', 'user_departments', '100000 100000 1 1'),
  ('user_departments', 'user_departments_ended', '1000 1000 1');
ANALYZE sqlite_schema;
