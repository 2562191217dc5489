#include "domain/org/tenant_repository.h"

namespace quanke::org {
namespace {
constexpr const char* kColumns = "SELECT id, code, name, time_zone, created_at FROM tenants ";

Tenant ReadTenant(const storage::Row& r) {
  return Tenant{r.Int(0), r.Text(1), r.Text(2), r.Text(3), r.Int(4)};
}
}  // namespace

Result<std::optional<Tenant>> FindTenantByCode(storage::Connection& conn, const std::string& code) {
  auto r = conn.Query(std::string(kColumns) + "WHERE code = $1", {storage::V(code)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Tenant>();
  return std::optional<Tenant>(ReadTenant(r->front()));
}

Result<Tenant> GetTenant(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query(std::string(kColumns) + "WHERE id = $1", {storage::V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return ReadTenant(r->front());
}

Status InsertTenant(storage::Connection& conn, const Tenant& t) {
  return conn.Exec(
      "INSERT INTO tenants (id, code, name, time_zone, created_at) VALUES ($1, $2, $3, $4, $5)",
      {storage::V(t.id), storage::V(t.code), storage::V(t.name), storage::V(t.time_zone),
       storage::V(t.created_at)});
}

Result<std::vector<Tenant>> ListTenants(storage::Connection& conn) {
  auto r = conn.Query(std::string(kColumns) + "ORDER BY code");
  if (!r.ok()) return r.status();
  std::vector<Tenant> out;
  for (const auto& row : r->rows) out.push_back(ReadTenant(row));
  return out;
}

Result<bool> AnyTenant(storage::Connection& conn) {
  auto r = conn.Query("SELECT 1 FROM tenants LIMIT 1");
  if (!r.ok()) return r.status();
  return !r->empty();
}

}  // namespace quanke::org
