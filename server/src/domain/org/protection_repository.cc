// Field protection: the tenant setting 'protection' (tenant_settings).
#include "domain/org/protection.h"

namespace quanke::org {
using storage::V;

Result<Protection> LoadProtection(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT value FROM tenant_settings WHERE tenant_id = $1 AND key = 'protection'", {V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Protection::Default();
  return ProtectionFromJson(r->front().Text(0));
}

Status SaveProtection(storage::Connection& conn, Id tenant_id, const Protection& p) {
  return conn.Exec(
      "INSERT INTO tenant_settings (tenant_id, key, value) VALUES ($1, 'protection', $2) ON "
      "CONFLICT (tenant_id, key) DO UPDATE SET value = excluded.value",
      {V(tenant_id), V(ProtectionJson(p))});
}

}  // namespace quanke::org
