-- Follow-ups, attachments, the activity feed with likes and comments, customer discussions,
-- and outgoing webhooks with their delivery log (an outbox written with the event).
CREATE TABLE follow_ups (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  customer_id INTEGER NOT NULL,
  author_id INTEGER NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  contact_id INTEGER,
  next_follow_up_at INTEGER,
  created_at INTEGER NOT NULL,
  deleted_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX follow_ups_customer ON follow_ups(tenant_id, customer_id, id);
CREATE INDEX follow_ups_author ON follow_ups(tenant_id, author_id, id);

-- Files are stored once per content hash under <data dir>/files/; rows say who uploaded what.
CREATE TABLE attachments (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  uploader_id INTEGER NOT NULL,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size INTEGER NOT NULL,
  sha256 TEXT NOT NULL,
  follow_up_id INTEGER,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX attachments_follow_up ON attachments(tenant_id, follow_up_id);

CREATE TABLE feed_items (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  type TEXT NOT NULL,
  actor_id INTEGER,
  customer_id INTEGER,
  follow_up_id INTEGER,
  text TEXT NOT NULL DEFAULT '',
  like_count INTEGER NOT NULL DEFAULT 0,
  comment_count INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  deleted_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX feed_items_actor ON feed_items(tenant_id, actor_id, id);
CREATE INDEX feed_items_customer ON feed_items(tenant_id, customer_id, id);

CREATE TABLE feed_likes (
  tenant_id INTEGER NOT NULL,
  item_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, item_id, user_id)
) WITHOUT ROWID;

-- Comments on feed items, and the discussion thread of a customer (item_id null, customer_id set).
CREATE TABLE comments (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  item_id INTEGER,
  customer_id INTEGER,
  author_id INTEGER NOT NULL,
  text TEXT NOT NULL,
  mentions TEXT NOT NULL DEFAULT '',   -- comma-separated user ids
  created_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX comments_item ON comments(tenant_id, item_id, id);
CREATE INDEX comments_customer ON comments(tenant_id, customer_id, id);

CREATE TABLE webhooks (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  url TEXT NOT NULL,
  events TEXT NOT NULL DEFAULT '',     -- comma-separated; empty = every event
  enabled INTEGER NOT NULL DEFAULT 1,
  allow_private INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;

CREATE TABLE webhook_deliveries (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  webhook_id INTEGER NOT NULL,
  event TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT,
  response_status INTEGER,
  next_attempt_at INTEGER,
  created_at INTEGER NOT NULL,
  delivered_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries(tenant_id, webhook_id, id);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);

CREATE INDEX customers_next_follow_up ON customers(tenant_id, owner_id, next_follow_up_at);
CREATE INDEX customers_last_follow_up ON customers(tenant_id, owner_id, last_follow_up_at);
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('follow_ups', 'follow_ups', '10000000 10000000 1'),
  ('follow_ups', 'follow_ups_customer', '10000000 10000000 10 1'),
  ('follow_ups', 'follow_ups_author', '10000000 10000000 10000 1'),
  ('attachments', 'attachments', '1000000 1000000 1'),
  ('attachments', 'attachments_follow_up', '1000000 1000000 2'),
  ('feed_items', 'feed_items', '12000000 12000000 1'),
  ('feed_items', 'feed_items_actor', '12000000 12000000 12000 1'),
  ('feed_items', 'feed_items_customer', '12000000 12000000 12 1'),
  ('feed_likes', 'feed_likes', '1000000 1000000 3 1'),
  ('comments', 'comments', '1000000 1000000 1'),
  ('comments', 'comments_item', '1000000 1000000 3 1'),
  ('comments', 'comments_customer', '1000000 1000000 10 1'),
  ('webhooks', 'webhooks', '10 10 1'),
  ('webhook_deliveries', 'webhook_deliveries', '100000 100000 1'),
  ('webhook_deliveries', 'webhook_deliveries_webhook', '100000 100000 10000 1'),
  ('webhook_deliveries', 'webhook_deliveries_due', '100000 30000 10'),
  ('customers', 'customers_next_follow_up', '1000000 1000000 1000 10'),
  ('customers', 'customers_last_follow_up', '1000000 1000000 1000 10');
ANALYZE sqlite_schema;
