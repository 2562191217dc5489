-- The reports' reads (docs/api-targets.md "Metrics"; domain/reports/report_repository.cc): each
-- metric's per-user sums and its records (newest first, keyset on the instant and id) walk one
-- range of (tenant, instant) of the metric's source table. The indexes carry the columns the sums
-- read, so those are covering (a month of a 10M-row follow_ups: 3x less CPU than through the
-- table). receipts (receipts_received), opportunities created (opportunities_created), won
-- (opportunities_forecast_won, status first) and leads created (leads_created) had theirs already.
CREATE INDEX contracts_activated ON contracts(tenant_id, activated_at, id, owner_id, deleted_at, total_fen)
  WHERE activated_at IS NOT NULL;
CREATE INDEX customers_created ON customers(tenant_id, created_at, id, created_by);
CREATE INDEX follow_ups_created ON follow_ups(tenant_id, created_at, id, author_id, type, deleted_at, customer_id);
CREATE INDEX leads_converted ON leads(tenant_id, converted_at, id, owner_id) WHERE converted_at IS NOT NULL;
CREATE INDEX work_logs_created ON work_logs(tenant_id, created_at, id, author_id);
-- Fixed planner statistics (see 0003, 0027).
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('contracts', 'contracts_activated', '300000 300000 1 1 1 1 1'),
  ('customers', 'customers_created', '1000000 1000000 1 1 1'),
  ('follow_ups', 'follow_ups_created', '10000000 10000000 1 1 1 1 1 1'),
  ('leads', 'leads_converted', '300000 300000 1 1 1'),
  ('work_logs', 'work_logs_created', '1000000 1000000 1 1 1');
ANALYZE sqlite_schema;
