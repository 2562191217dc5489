#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/org/audit_repository.h"
#include "domain/org/auth_service.h"
#include "domain/org/org_types.h"
#include "domain/org/user_repository.h"
#include "storage/database.h"

namespace quanke::org {

// Fields of a create or PATCH request: an absent optional means "unchanged" (or "not given"
// on create); the inner optional of a nullable field is null when the client sent null.
struct DepartmentInput {
  std::optional<std::string> name;
  std::optional<std::optional<Id>> parent_id;
  std::optional<std::int64_t> sort_order;
};

struct UserInput {
  std::optional<std::string> username;
  std::optional<std::string> name;
  std::optional<std::string> password;
  std::optional<std::optional<std::string>> mobile;
  std::optional<std::optional<std::string>> email;
  std::optional<Id> department_id;
  std::optional<std::vector<Id>> role_ids;
  std::optional<bool> is_department_head;
  std::optional<bool> is_executive;
  std::optional<UserStatus> status;
};

struct RoleInput {
  std::optional<std::string> name;
  std::optional<std::string> description;
  std::optional<DataScope> scope;
  std::optional<std::vector<std::string>> permissions;
};

// Departments, users and roles (组织架构 / 员工 / 角色权限). Every method checks the caller's
// permission (org.view / org.create / org.edit / org.delete) and data scope, runs its change
// in one transaction with an audit entry, and answers not_found for ids of other tenants or
// outside the caller's scope. Thread-safe; methods that hash passwords belong on the blocking
// pool.
class OrgService {
 public:
  OrgService(storage::Database& db, const Clock& clock, AuthService& auth)
      : db_(db), clock_(clock), auth_(auth) {}

  // The permission catalogue the role editor shows (org.view).
  Result<std::vector<PermissionModule>> Permissions(const Caller& caller);
  Result<std::vector<Department>> ListDepartments(const Caller& caller);
  Result<Department> GetDepartment(const Caller& caller, Id id);
  Result<Department> CreateDepartment(const Caller& caller, const DepartmentInput& in);
  Result<Department> UpdateDepartment(const Caller& caller, Id id, const DepartmentInput& in);
  Status DeleteDepartment(const Caller& caller, Id id);

  Result<Page<User>> ListUsers(const Caller& caller, const UserFilter& filter,
                               const PageRequest& page);
  Result<User> GetUser(const Caller& caller, Id id);
  // The address book for pickers (@mentions, team members), open to every signed-in user: at
  // most 20 active colleagues whose name or username contains `q`, by name; executives left out
  // for callers who cannot edit the organisation. Callers show only id, name and department.
  Result<std::vector<User>> LookupUsers(const Caller& caller, const std::string& q);
  // The audit log, newest first: needs org.view and the whole-company scope.
  // The audit log, newest first, cut by `filter`; protected values in edits' changes are masked
  // for callers without field.view_protected.
  Result<Page<audit::Entry>> ListAudit(const Caller& caller, const audit::Filter& filter, const PageRequest& page);
  Result<User> CreateUser(const Caller& caller, const UserInput& in);
  Result<User> UpdateUser(const Caller& caller, Id id, const UserInput& in);
  Status ResetPassword(const Caller& caller, Id id, const std::string& password);

  Result<std::vector<Role>> ListRoles(const Caller& caller);
  Result<Role> GetRole(const Caller& caller, Id id);
  Result<Role> CreateRole(const Caller& caller, const RoleInput& in);
  Result<Role> UpdateRole(const Caller& caller, Id id, const RoleInput& in);
  Status DeleteRole(const Caller& caller, Id id);

  // Masks what the caller may not see of another user (executive mode, 高管模式): the
  // mobile number and email of executives, for callers who cannot edit the organisation.
  static void MaskForViewer(const Caller& caller, User& user);

 private:
  Status CheckUserFields(storage::Connection& conn, const Caller& caller, const UserInput& in,
                         bool creating, Id user_id);

  storage::Database& db_;
  const Clock& clock_;
  AuthService& auth_;
};

}  // namespace quanke::org
