-- Fixed planner statistics (see 0003) for the indexes of leads (0024) and of sales processes and
-- opportunities (0026), which came without them. An index with no row was costed by guesswork
-- next to the rows of 0025 and lost to a scan of the whole tenant through the primary key: the
-- conflict check's company-name lookup over leads read every lead of the tenant for each new
-- lead. A large single-tenant company: 1,000,000 leads and opportunities, 1,000 owners, ten pools.
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('tenants', 'sqlite_autoindex_tenants_1', '100 1'),
  ('leads', 'leads', '1000000 1000000 1'),
  ('leads', 'leads_owner_created', '1000000 1000000 1000 1 1'),
  ('leads', 'leads_pool_created', '1000000 1000000 100000 1 1'),
  ('leads', 'leads_created', '1000000 1000000 1 1'),
  ('leads', 'leads_company_norm', '1000000 1000000 1'),
  ('leads', 'leads_credit', '1000000 1000000 1'),
  ('leads', 'leads_home_pool', '100000 100000 10000'),
  ('leads', 'leads_customer', '100000 100000 1'),
  ('lead_phones', 'lead_phones', '1000000 1000000 1 1'),
  ('lead_owner_history', 'lead_owner_history', '3000000 3000000 1'),
  ('lead_owner_history', 'lead_history_lead', '3000000 3000000 3 1'),
  ('lead_owner_history', 'lead_history_to', '3000000 3000000 3000 1000 10'),
  ('lead_sources', 'lead_sources', '20 20 1'),
  ('lead_source_costs', 'lead_source_costs', '500 500 25 1'),
  ('lead_push_rules', 'lead_push_rules', '50 50 1'),
  ('lead_push_rules', 'lead_push_rules_pool', '50 50 5 1'),
  ('lead_push_members', 'lead_push_members', '500 500 10 1'),
  ('lead_forms', 'lead_forms', '20 20 1'),
  ('lead_forms', 'lead_forms_token', '20 1'),
  ('lead_pool_reminders', 'lead_pool_reminders', '1000 1000 100 10 1'),
  ('follow_ups', 'follow_ups_lead', '1000000 1000000 5 1'),
  ('sales_processes', 'sales_processes', '10 10 1'),
  ('sales_stages', 'sales_stages', '100 100 1'),
  ('sales_stages', 'sales_stages_process', '100 100 10 1'),
  ('sales_process_versions', 'sales_process_versions', '100 100 10 1'),
  ('opportunities', 'opportunities', '1000000 1000000 1'),
  ('opportunities', 'opportunities_owner', '1000000 1000000 1000 1 1'),
  ('opportunities', 'opportunities_created', '1000000 1000000 1 1'),
  ('opportunities', 'opportunities_customer', '1000000 1000000 10 1'),
  ('opportunities', 'opportunities_stage', '1000000 1000000 200000 100000 1'),
  ('opportunities', 'opportunities_close', '1000000 1000000 250000 300'),
  ('opportunity_items', 'opportunity_items', '2000000 2000000 2 1'),
  ('opportunity_stage_changes', 'opportunity_stage_changes', '5000000 5000000 1'),
  ('opportunity_stage_changes', 'opportunity_changes_opp', '5000000 5000000 5 1'),
  ('opportunity_stage_changes', 'opportunity_changes_from', '5000000 5000000 500000');
ANALYZE sqlite_schema;
