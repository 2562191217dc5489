-- The recycle bin takes follow-ups and receipts (docs/api-recycle-bin.md; both were soft-deleted
-- already): who deleted one, and per kind the deleted rows of a tenant, newest deletion first,
-- for GET /recycle-bin and the purge job (few rows: partial indexes, as 0041's).
ALTER TABLE follow_ups ADD COLUMN deleted_by BIGINT;
ALTER TABLE receipts ADD COLUMN deleted_by BIGINT;
CREATE INDEX follow_ups_deleted ON follow_ups(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX receipts_deleted ON receipts(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
