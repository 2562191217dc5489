#pragma once

#include <string>
#include <string_view>

#include "core/status.h"
#include "domain/org/caller.h"
#include "storage/database.h"

namespace quanke::org {

// A SQL condition limiting rows to those whose `owner_column` (a user id) the caller may see,
// with its parameters. Placeholders are numbered from `first_param`, so the fragment can be
// appended to a query that already has parameters. For scope "all" the condition is "1=1"
// (tenant filtering is still the query's own `tenant_id = …`).
struct ScopeFilter {
  std::string sql;
  storage::Params params;
};
ScopeFilter OwnerScopeFilter(const Caller& caller, std::string_view owner_column, int first_param);

// For queries built a condition at a time: appends " AND " and the caller's data scope on
// `owner_column` to `where`, and its parameters (numbered on from params.size() + 1) to `params`.
void AppendOwnerScope(const Caller& caller, std::string_view owner_column, std::string& where,
                      storage::Params& params);
// The same for a report's department filter: owners in `department_id` or below, of the
// caller's tenant (the data scope's own subtree condition, for a caller who is nobody there).
void AppendDepartmentTree(const Caller& caller, Id department_id, std::string_view owner_column,
                          std::string& where, storage::Params& params);

// Whether the caller may see records owned by `owner_id` (for single-record reads and writes).
Result<bool> CanSeeOwner(storage::Connection& conn, const Caller& caller, Id owner_id);

}  // namespace quanke::org
