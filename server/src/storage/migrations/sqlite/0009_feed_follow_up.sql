-- A follow-up's feed item is looked up by the follow-up (timelines, the feed, deletes).
CREATE INDEX feed_items_follow_up ON feed_items(tenant_id, follow_up_id) WHERE follow_up_id IS NOT NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('feed_items', 'feed_items_follow_up', '10000000 10000000 1');
ANALYZE sqlite_schema;
