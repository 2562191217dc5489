-- The funnel and the forecast (docs/api-opportunities.md "Funnel, forecast, stale"): each report
-- groups its rows out of one index that holds every column it names, so no opportunity row is
-- read. SQLite counts an index as covering only when it holds every column the query names,
-- deleted_at included.

-- Funnel cohort: a process's opportunities by creation time, with what the groups need.
CREATE INDEX opportunities_funnel ON opportunities(tenant_id, process_id, created_at, deleted_at, owner_id, status,
  stage_id, max_position, amount_fen, close_reason);
-- Forecast: open opportunities by expected close date, won ones by closing time.
CREATE INDEX opportunities_forecast_open ON opportunities(tenant_id, status, expected_close_date, deleted_at,
  process_id, owner_id, amount_fen, probability);
CREATE INDEX opportunities_forecast_won ON opportunities(tenant_id, status, closed_at, deleted_at, process_id,
  owner_id, amount_fen);
-- Average stay per stage: each cohort opportunity's completed stays (the stage left, the time
-- spent), read by opportunity so that a small cohort never reads every change of the tenant.
CREATE INDEX opportunity_changes_stays ON opportunity_stage_changes(tenant_id, opportunity_id, from_stage_id,
  ms_in_from);

-- Fixed planner statistics (see 0003) for these indexes, at the size of issue 15's budget:
-- 1,000,000 opportunities in five processes, 5,000,000 stage changes.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('opportunities', 'opportunities_funnel', '1000000 1000000 200000 1 1 1 1 1 1 1 1'),
  ('opportunities', 'opportunities_forecast_open', '1000000 1000000 250000 300 300 60 1 1 1'),
  ('opportunities', 'opportunities_forecast_won', '1000000 1000000 250000 1 1 1 1 1'),
  ('opportunity_stage_changes', 'opportunity_changes_stays', '5000000 5000000 5 1 1');
ANALYZE sqlite_schema;
