-- The funnel and the forecast (docs/api-opportunities.md "Funnel, forecast, stale"): each report
-- groups its rows out of one index that holds every column it names (index-only scans), partial
-- on the conditions the queries state literally.

-- Funnel cohort: a process's opportunities by creation time, with what the groups need.
CREATE INDEX opportunities_funnel ON opportunities(tenant_id, process_id, created_at)
  INCLUDE (owner_id, status, stage_id, max_position, amount_fen, close_reason) WHERE deleted_at IS NULL;
-- Forecast: open opportunities by expected close date, won ones by closing time.
CREATE INDEX opportunities_forecast_open ON opportunities(tenant_id, expected_close_date)
  INCLUDE (process_id, owner_id, amount_fen, probability) WHERE status = 'open' AND deleted_at IS NULL;
CREATE INDEX opportunities_forecast_won ON opportunities(tenant_id, closed_at)
  INCLUDE (process_id, owner_id, amount_fen) WHERE status = 'won' AND deleted_at IS NULL;
-- Average stay per stage: each cohort opportunity's completed stays (the stage left, the time
-- spent), read by opportunity so that a small cohort never reads every change of the tenant.
CREATE INDEX opportunity_changes_stays ON opportunity_stage_changes(tenant_id, opportunity_id)
  INCLUDE (from_stage_id, ms_in_from) WHERE ms_in_from IS NOT NULL;
