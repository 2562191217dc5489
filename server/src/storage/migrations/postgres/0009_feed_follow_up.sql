-- A follow-up's feed item is looked up by the follow-up (timelines, the feed, deletes).
CREATE INDEX feed_items_follow_up ON feed_items(tenant_id, follow_up_id) WHERE follow_up_id IS NOT NULL;
