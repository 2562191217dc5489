-- Tenants, organisation, sessions and audit. Instants are integer milliseconds (UTC);
-- flags are integers 0/1; every table's key starts with tenant_id.
CREATE TABLE tenants (
  id INTEGER PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
  created_at INTEGER NOT NULL
);

CREATE TABLE departments (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  id INTEGER NOT NULL,
  parent_id INTEGER,
  name TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX departments_parent ON departments(tenant_id, parent_id);

CREATE TABLE users (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  id INTEGER NOT NULL,
  username TEXT NOT NULL,
  mobile TEXT,
  email TEXT,
  name TEXT NOT NULL,
  search_text TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  department_id INTEGER NOT NULL,
  is_department_head INTEGER NOT NULL DEFAULT 0,
  is_executive INTEGER NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  last_login_at INTEGER,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX users_username ON users(tenant_id, username);
CREATE UNIQUE INDEX users_mobile ON users(tenant_id, mobile) WHERE mobile IS NOT NULL;
CREATE INDEX users_department ON users(tenant_id, department_id);

CREATE TABLE roles (
  tenant_id INTEGER NOT NULL REFERENCES tenants(id),
  id INTEGER NOT NULL,
  code TEXT,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  data_scope TEXT NOT NULL,
  permissions TEXT NOT NULL DEFAULT '',
  builtin INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE UNIQUE INDEX roles_name ON roles(tenant_id, name);

CREATE TABLE user_roles (
  tenant_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  role_id INTEGER NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role_id)
) WITHOUT ROWID;
CREATE INDEX user_roles_role ON user_roles(tenant_id, role_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  tenant_id INTEGER NOT NULL,
  user_id INTEGER NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  expires_at INTEGER NOT NULL,
  ip TEXT NOT NULL DEFAULT ''
) WITHOUT ROWID;
CREATE INDEX sessions_user ON sessions(tenant_id, user_id);

-- Failed-login counters per account and per address (login throttling).
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures INTEGER NOT NULL,
  window_start INTEGER NOT NULL,
  locked_until INTEGER NOT NULL DEFAULT 0
) WITHOUT ROWID;

CREATE TABLE audit_log (
  tenant_id INTEGER NOT NULL,
  id INTEGER NOT NULL,
  at INTEGER NOT NULL,
  actor_id INTEGER,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL DEFAULT '',
  object_id INTEGER,
  ip TEXT NOT NULL DEFAULT '',
  request_id TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
) WITHOUT ROWID;
CREATE INDEX audit_log_action ON audit_log(tenant_id, action, id);
