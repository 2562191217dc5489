-- Version 27 adds SQLite's fixed planner statistics for the indexes of leads and opportunities
-- (see sqlite/0027_planner_stats_leads_deals.sql). PostgreSQL keeps its own statistics.
SELECT 1;
