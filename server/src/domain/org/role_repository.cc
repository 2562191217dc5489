#include "domain/org/role_repository.h"

#include <algorithm>

#include "core/text_list.h"

namespace quanke::org {
namespace {
using storage::V;

constexpr const char* kSelect =
    "SELECT r.id, r.code, r.name, r.description, r.data_scope, r.permissions, r.builtin, "
    "r.created_at, r.updated_at, (SELECT COUNT(*) FROM user_roles ur WHERE ur.tenant_id = "
    "r.tenant_id AND ur.role_id = r.id) FROM roles r ";

Role ReadRole(const storage::Row& r) {
  Role role;
  role.id = r.Int(0);
  role.code = r.OptText(1);
  role.name = r.Text(2);
  role.description = r.Text(3);
  ParseDataScope(r.Text(4), &role.scope);
  role.permissions = SplitList(r.Text(5));
  role.builtin = r.Bool(6);
  role.created_at = r.Int(7);
  role.updated_at = r.Int(8);
  role.user_count = r.Int(9);
  return role;
}

Result<std::vector<Role>> ReadRoles(Result<storage::Rows> r) {
  if (!r.ok()) return r.status();
  std::vector<Role> out;
  for (const auto& row : r->rows) out.push_back(ReadRole(row));
  return out;
}
}  // namespace

std::string JoinPermissions(const std::vector<std::string>& permissions) {
  std::vector<std::string> sorted = permissions;
  std::sort(sorted.begin(), sorted.end());
  sorted.erase(std::unique(sorted.begin(), sorted.end()), sorted.end());
  return JoinList(sorted);
}

Result<std::vector<Role>> ListRoles(storage::Connection& conn, Id tenant_id) {
  return ReadRoles(conn.Query(std::string(kSelect) + "WHERE r.tenant_id = $1 ORDER BY r.builtin DESC, r.name",
                              {V(tenant_id)}));
}

Result<Role> GetRole(storage::Connection& conn, Id tenant_id, Id id) {
  auto roles = ReadRoles(
      conn.Query(std::string(kSelect) + "WHERE r.tenant_id = $1 AND r.id = $2", {V(tenant_id), V(id)}));
  if (!roles.ok()) return roles.status();
  if (roles->empty()) return Status::NotFound();
  return roles->front();
}

Result<std::optional<Role>> FindRoleByCode(storage::Connection& conn, Id tenant_id,
                                           const std::string& code) {
  auto roles = ReadRoles(conn.Query(std::string(kSelect) + "WHERE r.tenant_id = $1 AND r.code = $2",
                                    {V(tenant_id), V(code)}));
  if (!roles.ok()) return roles.status();
  if (roles->empty()) return std::optional<Role>();
  return std::optional<Role>(roles->front());
}

Status InsertRole(storage::Connection& conn, Id tenant_id, const Role& role) {
  return conn.Exec(
      "INSERT INTO roles (tenant_id, id, code, name, description, data_scope, permissions, "
      "builtin, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {V(tenant_id), V(role.id), V(role.code), V(role.name), V(role.description),
       V(DataScopeName(role.scope)), V(JoinPermissions(role.permissions)), V(role.builtin),
       V(role.created_at), V(role.updated_at)});
}

Status UpdateRole(storage::Connection& conn, Id tenant_id, const Role& role) {
  return conn.Exec(
      "UPDATE roles SET name = $3, description = $4, data_scope = $5, permissions = $6, "
      "updated_at = $7 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(role.id), V(role.name), V(role.description), V(DataScopeName(role.scope)),
       V(JoinPermissions(role.permissions)), V(role.updated_at)});
}

Status DeleteRole(storage::Connection& conn, Id tenant_id, Id id) {
  return conn.Exec("DELETE FROM roles WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
}

Result<std::vector<Role>> RolesOfUser(storage::Connection& conn, Id tenant_id, Id user_id) {
  return ReadRoles(conn.Query(
      std::string(kSelect) +
          "JOIN user_roles x ON x.tenant_id = r.tenant_id AND x.role_id = r.id "
          "WHERE r.tenant_id = $1 AND x.user_id = $2 ORDER BY r.name",
      {V(tenant_id), V(user_id)}));
}

}  // namespace quanke::org
