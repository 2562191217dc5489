#include "domain/org/policy.h"

namespace quanke::org {

const char* DataScopeName(DataScope scope) {
  switch (scope) {
    case DataScope::kSelf:
      return "self";
    case DataScope::kDepartment:
      return "department";
    case DataScope::kDepartmentTree:
      return "department_tree";
    case DataScope::kAll:
      return "all";
  }
  return "self";
}

bool ParseDataScope(std::string_view text, DataScope* out) {
  for (DataScope s : {DataScope::kSelf, DataScope::kDepartment, DataScope::kDepartmentTree,
                      DataScope::kAll}) {
    if (text == DataScopeName(s)) {
      *out = s;
      return true;
    }
  }
  return false;
}

DataScope WiderScope(DataScope a, DataScope b) {
  return static_cast<int>(a) >= static_cast<int>(b) ? a : b;
}

Status Require(const Caller& caller, std::string_view permission) {
  if (caller.Can(permission)) return Status::Ok();
  return Status::Error("permission.denied", "You do not have the permission this needs.")
      .With("permission", std::string(permission));
}

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
