#pragma once

#include <vector>

#include "core/status.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::org {

// Departments of one tenant. The tree is small (hundreds of nodes at most), so it is read whole.
Result<std::vector<Department>> ListDepartments(storage::Connection& conn, Id tenant_id);
// not_found when the id is not in the tenant.
Result<Department> GetDepartment(storage::Connection& conn, Id tenant_id, Id id);
Status InsertDepartment(storage::Connection& conn, Id tenant_id, const Department& d);
Status UpdateDepartment(storage::Connection& conn, Id tenant_id, const Department& d);
Status DeleteDepartment(storage::Connection& conn, Id tenant_id, Id id);
// Sub-departments and users (of any status) directly in the department.
Result<std::int64_t> CountDepartmentChildren(storage::Connection& conn, Id tenant_id, Id id);

}  // namespace quanke::org
