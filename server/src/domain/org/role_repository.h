#pragma once

#include <vector>

#include "core/status.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::org {

Result<std::vector<Role>> ListRoles(storage::Connection& conn, Id tenant_id);
Result<Role> GetRole(storage::Connection& conn, Id tenant_id, Id id);
Result<std::optional<Role>> FindRoleByCode(storage::Connection& conn, Id tenant_id,
                                           const std::string& code);
Status InsertRole(storage::Connection& conn, Id tenant_id, const Role& role);
Status UpdateRole(storage::Connection& conn, Id tenant_id, const Role& role);
Status DeleteRole(storage::Connection& conn, Id tenant_id, Id id);

// The roles held by a user (for building the Caller at each request).
Result<std::vector<Role>> RolesOfUser(storage::Connection& conn, Id tenant_id, Id user_id);

// Permissions are stored as one comma-separated text: portable across backends and read whole.
std::string JoinPermissions(const std::vector<std::string>& permissions);

}  // namespace quanke::org
