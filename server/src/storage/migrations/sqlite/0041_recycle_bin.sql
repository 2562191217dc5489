-- The recycle bin (回收站, docs/api-recycle-bin.md), owned by the recycle module: who deleted a
-- contact (the other kinds kept it already), and per kind the deleted rows of a tenant, newest
-- deletion first, for GET /recycle-bin and the purge job (few rows: partial indexes).
ALTER TABLE contacts ADD COLUMN deleted_by INTEGER;
CREATE INDEX customers_deleted ON customers(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX contacts_deleted ON contacts(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX leads_deleted ON leads(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX opportunities_deleted ON opportunities(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX products_deleted ON products(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
CREATE INDEX contracts_deleted ON contracts(tenant_id, deleted_at, id) WHERE deleted_at IS NOT NULL;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('customers', 'customers_deleted', '100 100 1 1'),
  ('contacts', 'contacts_deleted', '100 100 1 1'), ('leads', 'leads_deleted', '100 100 1 1'),
  ('opportunities', 'opportunities_deleted', '100 100 1 1'), ('products', 'products_deleted', '100 100 1 1'),
  ('contracts', 'contracts_deleted', '100 100 1 1');
ANALYZE sqlite_schema;
