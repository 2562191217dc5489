#include <algorithm>

#include "domain/org/department_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_internal.h"

namespace quanke::pool {
using storage::Connection;

Status RequirePoolAdmin(Connection& conn, const org::Caller& caller, Id pool_id) {
  if (caller.Can("pool.configure")) return Status::Ok();
  auto admin = AdminPools(conn, caller, caller.user_id);
  if (!admin.ok()) return admin.status();
  if (detail::Contains(*admin, pool_id)) return Status::Ok();
  return Status::Error("permission.denied", "Only the pool's administrators can do this.")
      .With("permission", "pool.configure");
}

namespace detail {

bool Contains(const std::vector<Id>& ids, Id id) { return std::find(ids.begin(), ids.end(), id) != ids.end(); }

namespace {
// Whether `id` names a user (type "user") or a department ("department") of the tenant.
Result<bool> Exists(Connection& conn, Id tenant_id, const std::string& type, Id id) {
  Status s = type == "user"         ? org::GetUser(conn, tenant_id, id).status()
             : type == "department" ? org::GetDepartment(conn, tenant_id, id).status()
                                    : Status::NotFound();
  if (s.ok()) return true;
  if (s.code() == "not_found") return false;
  return s;
}
}  // namespace

Status ValidateAccess(Connection& conn, Id tenant_id, const PoolInput& in) {
  std::vector<FieldIssue> issues;
  if (in.members) {
    for (const auto& m : *in.members) {
      auto found = Exists(conn, tenant_id, m.type, m.id);
      if (!found.ok()) return found.status();
      if (!*found) {
        issues.push_back({"members", "invalid_value"});
        break;
      }
    }
  }
  if (in.admins) {
    for (Id a : *in.admins) {
      auto found = Exists(conn, tenant_id, "user", a);
      if (!found.ok()) return found.status();
      if (!*found) {
        issues.push_back({"admins", "invalid_value"});
        break;
      }
    }
  }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}

Result<PoolView> ViewOf(Connection& conn, const org::Caller& caller, Pool pool) {
  auto member = MemberPools(conn, caller, caller.user_id, caller.department_id, pool.kind);
  if (!member.ok()) return member.status();
  auto admin = AdminPools(conn, caller, caller.user_id);
  if (!admin.ok()) return admin.status();
  PoolView v;
  v.is_member = Contains(*member, pool.id);
  v.is_admin = Contains(*admin, pool.id);
  v.pool = std::move(pool);
  return v;
}

}  // namespace detail
}  // namespace quanke::pool
