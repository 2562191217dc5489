#include "domain/org/department_repository.h"

namespace quanke::org {
namespace {
using storage::V;

constexpr const char* kSelect =
    "SELECT d.id, d.parent_id, d.name, d.sort_order, d.created_at, d.updated_at, "
    "(SELECT COUNT(*) FROM users u WHERE u.tenant_id = d.tenant_id AND u.department_id = d.id) "
    "FROM departments d WHERE d.tenant_id = $1 ";

Department ReadDepartment(const storage::Row& r) {
  Department d;
  d.id = r.Int(0);
  d.parent_id = r.OptInt(1);
  d.name = r.Text(2);
  d.sort_order = r.Int(3);
  d.created_at = r.Int(4);
  d.updated_at = r.Int(5);
  d.member_count = r.Int(6);
  return d;
}
}  // namespace

Result<std::vector<Department>> ListDepartments(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query(std::string(kSelect) + "ORDER BY d.sort_order, d.name, d.id", {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::vector<Department> out;
  out.reserve(r->rows.size());
  for (const auto& row : r->rows) out.push_back(ReadDepartment(row));
  return out;
}

Result<Department> GetDepartment(storage::Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string(kSelect) + "AND d.id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadDepartment(r->front());
}

Status InsertDepartment(storage::Connection& conn, Id tenant_id, const Department& d) {
  return conn.Exec(
      "INSERT INTO departments (tenant_id, id, parent_id, name, sort_order, created_at, "
      "updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {V(tenant_id), V(d.id), V(d.parent_id), V(d.name), V(d.sort_order), V(d.created_at),
       V(d.updated_at)});
}

Status UpdateDepartment(storage::Connection& conn, Id tenant_id, const Department& d) {
  return conn.Exec(
      "UPDATE departments SET parent_id = $3, name = $4, sort_order = $5, updated_at = $6 "
      "WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(d.id), V(d.parent_id), V(d.name), V(d.sort_order), V(d.updated_at)});
}

Status DeleteDepartment(storage::Connection& conn, Id tenant_id, Id id) {
  return conn.Exec("DELETE FROM departments WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(id)});
}

Result<std::int64_t> CountDepartmentChildren(storage::Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(
      "SELECT (SELECT COUNT(*) FROM departments WHERE tenant_id = $1 AND parent_id = $2) + "
      "(SELECT COUNT(*) FROM users WHERE tenant_id = $1 AND department_id = $2)",
      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

}  // namespace quanke::org
