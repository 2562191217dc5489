// The data scope as SQL: the one condition every list uses to cut rows to what the caller may
// see (see policy.h for the decisions that need no database).
#include "domain/org/scope_repository.h"

namespace quanke::org {

ScopeFilter OwnerScopeFilter(const Caller& caller, std::string_view owner_column,
                             int first_param) {
  const std::string col(owner_column);
  const std::string p1 = "$" + std::to_string(first_param);
  const std::string p2 = "$" + std::to_string(first_param + 1);
  switch (caller.scope) {
    case DataScope::kAll:
      return {"1=1", {}};
    case DataScope::kSelf:
      return {col + " = " + p1, {storage::V(caller.user_id)}};
    case DataScope::kDepartment:
      return {"(" + col + " = " + p1 + " OR " + col +
                  " IN (SELECT su.id FROM users su WHERE su.tenant_id = " + p2 +
                  " AND su.department_id = " + "$" + std::to_string(first_param + 2) + "))",
              {storage::V(caller.user_id), storage::V(caller.tenant_id),
               storage::V(caller.department_id)}};
    case DataScope::kDepartmentTree:
      // The subtree is walked in SQL (WITH RECURSIVE works on both backends), so a moved
      // department takes effect on the next query without any cache.
      return {"(" + col + " = " + p1 + " OR " + col +
                  " IN (SELECT su.id FROM users su WHERE su.tenant_id = " + p2 +
                  " AND su.department_id IN (WITH RECURSIVE sub(id) AS (SELECT CAST(" + "$" +
                  std::to_string(first_param + 2) +
                  " AS BIGINT) UNION SELECT sd.id FROM departments sd JOIN sub ON sd.parent_id = "
                  "sub.id WHERE sd.tenant_id = " +
                  p2 + ") SELECT id FROM sub)))",
              {storage::V(caller.user_id), storage::V(caller.tenant_id),
               storage::V(caller.department_id)}};
  }
  return {"1=0", {}};
}

namespace {

void Append(const ScopeFilter& filter, std::string& where, storage::Params& params) {
  where += " AND " + filter.sql;
  params.insert(params.end(), filter.params.begin(), filter.params.end());
}

}  // namespace

void AppendOwnerScope(const Caller& caller, std::string_view owner_column, std::string& where,
                      storage::Params& params) {
  Append(OwnerScopeFilter(caller, owner_column, static_cast<int>(params.size()) + 1), where, params);
}

void AppendDepartmentTree(const Caller& caller, Id department_id, std::string_view owner_column,
                          std::string& where, storage::Params& params) {
  Caller in_department;
  in_department.tenant_id = caller.tenant_id;
  in_department.department_id = department_id;
  in_department.scope = DataScope::kDepartmentTree;
  Append(OwnerScopeFilter(in_department, owner_column, static_cast<int>(params.size()) + 1), where, params);
}

Result<bool> CanSeeOwner(storage::Connection& conn, const Caller& caller, Id owner_id) {
  if (caller.scope == DataScope::kAll) return true;
  if (owner_id == caller.user_id) return true;
  ScopeFilter f = OwnerScopeFilter(caller, "CAST($1 AS BIGINT)", 2);
  // The owner id itself is parameter 1; the filter tests it like a column.
  storage::Params params{storage::V(owner_id)};
  params.insert(params.end(), f.params.begin(), f.params.end());
  auto r = conn.Query("SELECT CASE WHEN " + f.sql + " THEN 1 ELSE 0 END", params);
  if (!r.ok()) return r.status();
  return r->front().Int(0) == 1;
}

}  // namespace quanke::org
