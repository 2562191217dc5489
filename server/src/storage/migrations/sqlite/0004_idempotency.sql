-- Responses of mutations sent with an Idempotency-Key, so a phone retrying on a flaky network
-- gets the first answer instead of writing twice (kept 24 hours). status 0 = still running.
CREATE TABLE idempotency_keys (
  tenant_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  key TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status INTEGER NOT NULL DEFAULT 0,
  body TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id, key)
) WITHOUT ROWID;
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('idempotency_keys', 'idempotency_keys', '100000 100000 10 1'),
  ('idempotency_keys', 'idempotency_keys_created', '100000 1');
ANALYZE sqlite_schema;
