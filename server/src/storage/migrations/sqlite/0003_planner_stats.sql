-- Fixed planner statistics. Without them SQLite's planner believes `tenant_id = ?` is selective
-- and scans a whole tenant through the primary key instead of using the index on
-- (tenant_id, owner_id, …) — a full scan per query at a million customers. These figures
-- describe a large single-tenant company (tenant_id selects everything) so the plans stay
-- right from the first row on. A migration that adds an index adds its row here too.
ANALYZE sqlite_schema;
DELETE FROM sqlite_stat1;
INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES
  ('customers', 'customers', '1000000 1000000 1'),
  ('customers', 'customers_owner_updated', '1000000 1000000 1000 1 1'),
  ('customers', 'customers_owner_industry', '1000000 1000000 1000 100 1 1'),
  ('customers', 'customers_pool_updated', '1000000 1000000 100000 1 1'),
  ('customers', 'customers_updated', '1000000 1000000 1 1'),
  ('customers', 'customers_name_norm', '1000000 1000000 1'),
  ('customers', 'customers_credit', '1000000 1000000 1'),
  ('customers', 'customers_home_pool', '100000 100000 10000'),
  ('customer_phones', 'customer_phones', '2000000 2000000 1 1'),
  ('customer_phones', 'customer_phones_customer', '2000000 2000000 2'),
  ('contacts', 'contacts', '1500000 1500000 1'),
  ('contacts', 'contacts_customer', '1500000 1500000 2'),
  ('customer_owner_history', 'customer_owner_history', '3000000 3000000 1'),
  ('customer_owner_history', 'owner_history_customer', '3000000 3000000 3 1'),
  ('customer_owner_history', 'owner_history_actor', '3000000 3000000 3000 1000 10'),
  ('customer_team', 'customer_team', '100000 100000 2 1'),
  ('customer_team', 'customer_team_user', '100000 100000 100'),
  ('notifications', 'notifications', '1000000 1000000 1'),
  ('notifications', 'notifications_user', '1000000 1000000 1000 1'),
  ('pools', 'pools', '10 10 1'),
  ('pool_access', 'pool_access', '20 20 2 1 1'),
  ('pool_rules', 'pool_rules', '20 20 2 1'),
  ('users', 'users', '1000 1000 1'),
  ('users', 'users_username', '1000 1000 1'),
  ('users', 'users_mobile', '1000 1000 1'),
  ('users', 'users_department', '1000 1000 10'),
  ('user_roles', 'user_roles', '1000 1000 1 1'),
  ('user_roles', 'user_roles_role', '1000 1000 250'),
  ('roles', 'roles', '10 10 1'),
  ('roles', 'roles_name', '10 10 1'),
  ('departments', 'departments', '100 100 1'),
  ('departments', 'departments_parent', '100 100 10'),
  ('sessions', 'sessions', '1000 1'),
  ('sessions', 'sessions_user', '1000 1000 2'),
  ('audit_log', 'audit_log', '5000000 5000000 1'),
  ('audit_log', 'audit_log_action', '5000000 5000000 100000 1'),
  ('login_throttle', 'login_throttle', '1000 1');
ANALYZE sqlite_schema;
