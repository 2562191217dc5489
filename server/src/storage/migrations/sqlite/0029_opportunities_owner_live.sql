-- A rep's opportunities (`mine`, an owner's filter) by creation time with deleted_at in the key:
-- the list's `deleted_at IS NULL` is then an equality of the index, so the page is read in order
-- and its total counted out of the index without touching a row (the index of 0026 lacked
-- deleted_at, so the count read every one of the owner's opportunities).
DROP INDEX opportunities_owner;
CREATE INDEX opportunities_owner ON opportunities(tenant_id, owner_id, deleted_at, created_at, id);
DELETE FROM sqlite_stat1 WHERE tbl = 'opportunities' AND idx = 'opportunities_owner';
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('opportunities', 'opportunities_owner', '1000000 1000000 1000 1000 1 1');
ANALYZE sqlite_schema;
