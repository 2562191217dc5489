-- Follow-ups, attachments, the activity feed with likes and comments, customer discussions,
-- and outgoing webhooks with their delivery log (an outbox written with the event).
CREATE TABLE follow_ups (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  customer_id BIGINT NOT NULL,
  author_id BIGINT NOT NULL,
  type TEXT NOT NULL,
  text TEXT NOT NULL DEFAULT '',
  contact_id BIGINT,
  next_follow_up_at BIGINT,
  created_at BIGINT NOT NULL,
  deleted_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX follow_ups_customer ON follow_ups(tenant_id, customer_id, id);
CREATE INDEX follow_ups_author ON follow_ups(tenant_id, author_id, id);

-- Files are stored once per content hash under <data dir>/files/; rows say who uploaded what.
CREATE TABLE attachments (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  uploader_id BIGINT NOT NULL,
  name TEXT NOT NULL,
  content_type TEXT NOT NULL,
  size BIGINT NOT NULL,
  sha256 TEXT NOT NULL,
  follow_up_id BIGINT,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX attachments_follow_up ON attachments(tenant_id, follow_up_id);

CREATE TABLE feed_items (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  type TEXT NOT NULL,
  actor_id BIGINT,
  customer_id BIGINT,
  follow_up_id BIGINT,
  text TEXT NOT NULL DEFAULT '',
  like_count BIGINT NOT NULL DEFAULT 0,
  comment_count BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  deleted_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX feed_items_actor ON feed_items(tenant_id, actor_id, id);
CREATE INDEX feed_items_customer ON feed_items(tenant_id, customer_id, id);

CREATE TABLE feed_likes (
  tenant_id BIGINT NOT NULL,
  item_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, item_id, user_id)
);

-- Comments on feed items, and the discussion thread of a customer (item_id null, customer_id set).
CREATE TABLE comments (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  item_id BIGINT,
  customer_id BIGINT,
  author_id BIGINT NOT NULL,
  text TEXT NOT NULL,
  mentions TEXT NOT NULL DEFAULT '',   -- comma-separated user ids
  created_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX comments_item ON comments(tenant_id, item_id, id);
CREATE INDEX comments_customer ON comments(tenant_id, customer_id, id);

CREATE TABLE webhooks (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  url TEXT NOT NULL,
  events TEXT NOT NULL DEFAULT '',     -- comma-separated; empty = every event
  enabled BIGINT NOT NULL DEFAULT 1,
  allow_private BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);

CREATE TABLE webhook_deliveries (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  webhook_id BIGINT NOT NULL,
  event TEXT NOT NULL,
  payload TEXT NOT NULL,
  status TEXT NOT NULL DEFAULT 'pending',
  attempts BIGINT NOT NULL DEFAULT 0,
  last_error TEXT,
  response_status BIGINT,
  next_attempt_at BIGINT,
  created_at BIGINT NOT NULL,
  delivered_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX webhook_deliveries_webhook ON webhook_deliveries(tenant_id, webhook_id, id);
CREATE INDEX webhook_deliveries_due ON webhook_deliveries(status, next_attempt_at);

CREATE INDEX customers_next_follow_up ON customers(tenant_id, owner_id, next_follow_up_at);
CREATE INDEX customers_last_follow_up ON customers(tenant_id, owner_id, last_follow_up_at);
