#pragma once

#include <optional>

#include "core/status.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::org {

// Tenants are looked up by code at login; nothing else crosses tenants.
Result<std::optional<Tenant>> FindTenantByCode(storage::Connection& conn, const std::string& code);
Result<Tenant> GetTenant(storage::Connection& conn, Id tenant_id);
Status InsertTenant(storage::Connection& conn, const Tenant& tenant);

}  // namespace quanke::org
