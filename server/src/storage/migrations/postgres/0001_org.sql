-- Tenants, organisation, sessions and audit. Instants are integer milliseconds (UTC);
-- flags are integers 0/1 (BIGINT here, INTEGER in SQLite); every table's key starts with tenant_id.
CREATE TABLE tenants (
  id BIGINT PRIMARY KEY,
  code TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL DEFAULT 'Asia/Shanghai',
  created_at BIGINT NOT NULL
);

CREATE TABLE departments (
  tenant_id BIGINT NOT NULL REFERENCES tenants(id),
  id BIGINT NOT NULL,
  parent_id BIGINT,
  name TEXT NOT NULL,
  sort_order BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX departments_parent ON departments(tenant_id, parent_id);

CREATE TABLE users (
  tenant_id BIGINT NOT NULL REFERENCES tenants(id),
  id BIGINT NOT NULL,
  username TEXT NOT NULL,
  mobile TEXT,
  email TEXT,
  name TEXT NOT NULL,
  search_text TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  department_id BIGINT NOT NULL,
  is_department_head BIGINT NOT NULL DEFAULT 0,
  is_executive BIGINT NOT NULL DEFAULT 0,
  status TEXT NOT NULL DEFAULT 'active',
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  last_login_at BIGINT,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX users_username ON users(tenant_id, username);
CREATE UNIQUE INDEX users_mobile ON users(tenant_id, mobile) WHERE mobile IS NOT NULL;
CREATE INDEX users_department ON users(tenant_id, department_id);

CREATE TABLE roles (
  tenant_id BIGINT NOT NULL REFERENCES tenants(id),
  id BIGINT NOT NULL,
  code TEXT,
  name TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  data_scope TEXT NOT NULL,
  permissions TEXT NOT NULL DEFAULT '',
  builtin BIGINT NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, id)
);
CREATE UNIQUE INDEX roles_name ON roles(tenant_id, name);

CREATE TABLE user_roles (
  tenant_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  role_id BIGINT NOT NULL,
  PRIMARY KEY (tenant_id, user_id, role_id)
);
CREATE INDEX user_roles_role ON user_roles(tenant_id, role_id);

CREATE TABLE sessions (
  token_hash TEXT PRIMARY KEY,
  tenant_id BIGINT NOT NULL,
  user_id BIGINT NOT NULL,
  csrf_token TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  ip TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sessions_user ON sessions(tenant_id, user_id);

-- Failed-login counters per account and per address (login throttling).
CREATE TABLE login_throttle (
  key TEXT PRIMARY KEY,
  failures BIGINT NOT NULL,
  window_start BIGINT NOT NULL,
  locked_until BIGINT NOT NULL DEFAULT 0
);

CREATE TABLE audit_log (
  tenant_id BIGINT NOT NULL,
  id BIGINT NOT NULL,
  at BIGINT NOT NULL,
  actor_id BIGINT,
  action TEXT NOT NULL,
  object_type TEXT NOT NULL DEFAULT '',
  object_id BIGINT,
  ip TEXT NOT NULL DEFAULT '',
  request_id TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}',
  PRIMARY KEY (tenant_id, id)
);
CREATE INDEX audit_log_action ON audit_log(tenant_id, action, id);
