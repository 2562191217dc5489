-- Version 3 fixes SQLite's planner statistics (see sqlite/0003_planner_stats.sql). PostgreSQL
-- keeps its own statistics up to date (autovacuum's ANALYZE), so nothing is needed here.
SELECT 1;
