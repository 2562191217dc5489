-- Work logs (日报 / 周报 / 月报): the template's fields, the period's statistics computed at
-- submission, linked customers; read receipts. Comments and likes go through the log's feed item.
CREATE TABLE work_logs (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  author_id BIGINT NOT NULL,
  kind TEXT NOT NULL,                 -- daily / weekly / monthly
  period_start BIGINT NOT NULL,      -- local date (days since 1970-01-01)
  period_end BIGINT NOT NULL,        -- inclusive
  summary TEXT NOT NULL DEFAULT '',
  plan TEXT NOT NULL DEFAULT '',
  issues TEXT NOT NULL DEFAULT '',
  stats TEXT NOT NULL DEFAULT '{}',
  customer_ids TEXT NOT NULL DEFAULT '',
  feed_item_id BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX work_logs_period ON work_logs(tenant_id, author_id, kind, period_start);
CREATE INDEX work_logs_kind ON work_logs(tenant_id, kind, period_start);

CREATE TABLE work_log_reads (
  tenant_id BIGINT NOT NULL,
  log_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  read_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, log_id, user_id)
);
