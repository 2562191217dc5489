-- The recycle bin takes follow-ups and receipts (docs/api-recycle-bin.md; both were soft-deleted
-- already): who deleted one, and per kind the deleted rows of a tenant, newest deletion first,
-- for GET /recycle-bin and the purge job (few rows: partial indexes, as 0041's).
ALTER TABLE follow_ups ADD COLUMN deleted_by INTEGER;
ALTER TABLE receipts ADD COLUMN deleted_by INTEGER;
CREATE INDEX follow_ups_deleted ON follow_ups(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX receipts_deleted ON receipts(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('follow_ups', 'follow_ups_deleted', '100 100 1 1'),
  ('receipts', 'receipts_deleted', '100 100 1 1');
ANALYZE sqlite_schema;
