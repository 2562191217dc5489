#pragma once

#include <optional>
#include <vector>

#include "core/status.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::org {

// Tenants are looked up by code at login; nothing else crosses tenants.
Result<std::optional<Tenant>> FindTenantByCode(storage::Connection& conn, const std::string& code);
Result<Tenant> GetTenant(storage::Connection& conn, Id tenant_id);
Status InsertTenant(storage::Connection& conn, const Tenant& tenant);
// Every tenant, ordered by code (system jobs walk them).
Result<std::vector<Tenant>> ListTenants(storage::Connection& conn);
// Whether any tenant exists (first-run setup).
Result<bool> AnyTenant(storage::Connection& conn);

}  // namespace quanke::org
