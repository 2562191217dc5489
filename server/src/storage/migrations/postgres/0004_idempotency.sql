-- Responses of mutations sent with an Idempotency-Key, so a phone retrying on a flaky network
-- gets the first answer instead of writing twice (kept 24 hours). status 0 = still running.
CREATE TABLE idempotency_keys (
  tenant_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  key TEXT NOT NULL,
  method TEXT NOT NULL,
  path TEXT NOT NULL,
  status BIGINT NOT NULL DEFAULT 0,
  body TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, key)
);
CREATE INDEX idempotency_keys_created ON idempotency_keys(created_at);
