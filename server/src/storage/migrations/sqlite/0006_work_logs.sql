-- Work logs (日报 / 周报 / 月报): the template's fields, the period's statistics computed at
-- submission, linked customers; read receipts. Comments and likes go through the log's feed item.
CREATE TABLE work_logs (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  author_id INTEGER NOT NULL,
  kind TEXT NOT NULL,                 -- daily / weekly / monthly
  period_start INTEGER NOT NULL,      -- local date (days since 1970-01-01)
  period_end INTEGER NOT NULL,        -- inclusive
  summary TEXT NOT NULL DEFAULT '',
  plan TEXT NOT NULL DEFAULT '',
  issues TEXT NOT NULL DEFAULT '',
  stats TEXT NOT NULL DEFAULT '{}',
  customer_ids TEXT NOT NULL DEFAULT '',
  feed_item_id INTEGER,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX work_logs_period ON work_logs(tenant_id, author_id, kind, period_start);
CREATE INDEX work_logs_kind ON work_logs(tenant_id, kind, period_start);

CREATE TABLE work_log_reads (
  tenant_id INTEGER NOT NULL,
  log_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  read_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, log_id, user_id)
) WITHOUT ROWID;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('work_logs', 'work_logs', '1000000 1000000 1'),
  ('work_logs', 'work_logs_period', '1000000 1000000 1000 3 1'),
  ('work_logs', 'work_logs_kind', '1000000 1000000 300000 1000'),
  ('work_log_reads', 'work_log_reads', '3000000 3000000 3 1');
ANALYZE sqlite_schema;
