#include "domain/org/org_service.h"

#include <algorithm>
#include <cctype>
#include <set>

#include "core/mask.h"
#include "domain/org/audit_changes.h"
#include "domain/org/audit_repository.h"
#include "domain/org/department_repository.h"
#include "domain/org/password.h"
#include "domain/org/policy.h"
#include "domain/org/protection.h"
#include "domain/org/role_repository.h"
#include "domain/org/session_repository.h"

namespace quanke::org {
namespace {
using storage::Connection;

constexpr size_t kMaxNameBytes = 150;  // 50 Chinese characters
constexpr const char* kAdminRoleCode = "admin";

size_t CodePoints(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s)
    if ((c & 0xc0) != 0x80) ++n;
  return n;
}

std::string Trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  if (b == std::string::npos) return {};
  const auto e = s.find_last_not_of(" \t\r\n");
  return s.substr(b, e - b + 1);
}

void CheckName(const std::optional<std::string>& name, const char* field, bool required,
               std::vector<FieldIssue>& issues) {
  if (!name) {
    if (required) issues.push_back({field, "required"});
    return;
  }
  const std::string t = Trim(*name);
  if (t.empty()) issues.push_back({field, "required"});
  else if (CodePoints(t) > 50 || t.size() > kMaxNameBytes) issues.push_back({field, "too_long"});
}

bool ValidUsername(const std::string& u) {
  if (u.size() < 2 || u.size() > 32) return false;
  for (char c : u)
    if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_' || c == '-'))
      return false;
  return true;
}

bool ValidMobile(const std::string& m) {
  if (m.size() < 5 || m.size() > 20) return false;
  for (size_t i = 0; i < m.size(); ++i)
    if (!(std::isdigit(static_cast<unsigned char>(m[i])) || (i == 0 && m[i] == '+') || m[i] == '-'))
      return false;
  return true;
}

bool ValidEmail(const std::string& e) {
  const auto at = e.find('@');
  return e.size() <= 254 && at != std::string::npos && at > 0 && at + 1 < e.size() &&
         e.find(' ') == std::string::npos;
}

Status CheckRoleFields(const RoleInput& in, bool creating) {
  std::vector<FieldIssue> issues;
  CheckName(in.name, "name", creating, issues);
  if (creating && !in.scope) issues.push_back({"dataScope", "required"});
  if (in.description && in.description->size() > 500) issues.push_back({"description", "too_long"});
  if (in.permissions)
    for (const auto& p : *in.permissions)
      if (!IsKnownPermission(p)) {
        issues.push_back({"permissions", "invalid_value"});
        break;
      }
  return issues.empty() ? Status::Ok() : Status::Validation(std::move(issues));
}
}  // namespace

void OrgService::MaskForViewer(const Caller& caller, User& user) {
  if (!user.is_executive || caller.user_id == user.id || caller.Can("org.edit")) return;
  if (user.mobile) user.mobile = MaskMiddle(*user.mobile);
  if (user.email) user.email = MaskMiddle(*user.email);
}

// ---- Departments ----

Result<std::vector<PermissionModule>> OrgService::Permissions(const Caller& caller) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  return PermissionCatalogue();
}

Result<std::vector<Department>> OrgService::ListDepartments(const Caller& caller) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return org::ListDepartments(**lease, caller.tenant_id);
}

Result<Department> OrgService::GetDepartment(const Caller& caller, Id id) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return org::GetDepartment(**lease, caller.tenant_id, id);
}

Result<Department> OrgService::CreateDepartment(const Caller& caller, const DepartmentInput& in) {
  if (Status s = Require(caller, "org.create"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  CheckName(in.name, "name", true, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  Department d;
  d.id = Ids().Next();
  d.name = Trim(*in.name);
  d.parent_id = in.parent_id ? *in.parent_id : std::nullopt;
  d.sort_order = in.sort_order.value_or(0);
  d.created_at = d.updated_at = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (d.parent_id) {
      auto parent = org::GetDepartment(conn, caller.tenant_id, *d.parent_id);
      if (!parent.ok())
        return parent.status().code() == "not_found" ? Status::Validation({{"parentId", "invalid_value"}})
                                                      : parent.status();
    }
    if (Status i = InsertDepartment(conn, caller.tenant_id, d); !i.ok()) return i;
    return audit::RecordAction(conn, caller, d.created_at, "department.create", "department", d.id);
  });
  if (!s.ok()) return s;
  return d;
}

Result<Department> OrgService::UpdateDepartment(const Caller& caller, Id id,
                                                const DepartmentInput& in) {
  if (Status s = Require(caller, "org.edit"); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  CheckName(in.name, "name", false, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  Department d;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = org::GetDepartment(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    d = *current;
    if (in.name) d.name = Trim(*in.name);
    if (in.sort_order) d.sort_order = *in.sort_order;
    if (in.parent_id) {
      d.parent_id = *in.parent_id;
      // Walk up from the new parent: reaching this department would make a cycle.
      std::optional<Id> cursor = d.parent_id;
      for (int depth = 0; cursor; ++depth) {
        if (*cursor == id || depth > 1000)
          return Status::Error("department.cycle", "A department cannot be moved under itself.");
        auto p = org::GetDepartment(conn, caller.tenant_id, *cursor);
        if (!p.ok())
          return p.status().code() == "not_found" ? Status::Validation({{"parentId", "invalid_value"}})
                                                   : p.status();
        cursor = p->parent_id;
      }
    }
    d.updated_at = clock_.Now();
    if (Status u = org::UpdateDepartment(conn, caller.tenant_id, d); !u.ok()) return u;
    if (Status f = auth_.ForgetAllAfterCommit(conn); !f.ok()) return f;  // scopes follow the tree
    audit::Changes changes;
    changes.Add("name", current->name, d.name);
    changes.AddId("parentId", current->parent_id, d.parent_id);
    changes.Add("sortOrder", current->sort_order, d.sort_order);
    return audit::RecordAction(conn, caller, d.updated_at, "department.update", "department", id, changes.Json());
  });
  if (!s.ok()) return s;
  return d;
}

Status OrgService::DeleteDepartment(const Caller& caller, Id id) {
  if (Status s = Require(caller, "org.delete"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = org::GetDepartment(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    auto children = CountDepartmentChildren(conn, caller.tenant_id, id);
    if (!children.ok()) return children.status();
    if (*children > 0)
      return Status::Error("department.not_empty",
                           "Move its sub-departments and people elsewhere before deleting it.");
    if (Status d = org::DeleteDepartment(conn, caller.tenant_id, id); !d.ok()) return d;
    if (Status f = auth_.ForgetAllAfterCommit(conn); !f.ok()) return f;
    return audit::RecordAction(conn, caller, clock_.Now(), "department.delete", "department", id);
  });
}

// ---- Users ----

Result<Page<User>> OrgService::ListUsers(const Caller& caller, const UserFilter& filter,
                                         const PageRequest& page) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  UserFilter f = filter;
  f.include_executives = caller.Can("org.edit");
  auto users = org::ListUsers(**lease, caller, f, page);
  if (!users.ok()) return users.status();
  for (User& u : users->items) MaskForViewer(caller, u);
  return users;
}

Result<std::vector<User>> OrgService::LookupUsers(const Caller& caller, const std::string& q) {
  if (q.size() > 100) return Status::Validation({{"q", "too_long"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  Caller everyone = caller;
  everyone.scope = DataScope::kAll;
  UserFilter filter;
  filter.q = q;
  filter.q_names_only = true;
  filter.status = UserStatus::kActive;
  filter.include_executives = caller.Can("org.edit");
  PageRequest page;
  page.sort = "name";
  page.limit = 20;
  auto users = org::ListUsers(**lease, everyone, filter, page);
  if (!users.ok()) return users.status();
  return std::move(users->items);
}

Result<Page<audit::Entry>> OrgService::ListAudit(const Caller& caller, const audit::Filter& filter,
                                                 const PageRequest& page) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  if (caller.scope != DataScope::kAll)
    return Status::Error("permission.denied", "The audit log needs the whole-company data scope.");
  if (!page.descending) return Status::Validation({{"sort", "invalid_value"}});  // newest first only
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto entries = audit::ListEntries(**lease, caller.tenant_id, filter, page);
  if (!entries.ok()) return entries.status();
  if (!caller.Can("field.view_protected")) {
    auto protection = LoadProtection(**lease, caller.tenant_id);
    if (!protection.ok()) return protection.status();
    for (auto& e : entries->items) e.details = MaskProtectedChanges(e.details, e.object_type, *protection);
  }
  return entries;
}

Result<User> OrgService::GetUser(const Caller& caller, Id id) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto visible = CanSeeOwner(**lease, caller, id);
  if (!visible.ok()) return visible.status();
  if (!*visible) return Status::NotFound();
  auto user = org::GetUser(**lease, caller.tenant_id, id);
  if (!user.ok()) return user;
  if (user->is_executive && !caller.Can("org.edit") && caller.user_id != id)
    return Status::NotFound();
  MaskForViewer(caller, *user);
  return user;
}

Status OrgService::CheckUserFields(Connection& conn, const Caller& caller, const UserInput& in,
                                   bool creating, Id user_id) {
  std::vector<FieldIssue> issues;
  if (creating && !in.username) issues.push_back({"username", "required"});
  if (in.username && !ValidUsername(*in.username)) issues.push_back({"username", "invalid_value"});
  CheckName(in.name, "name", creating, issues);
  if (creating && !in.password) issues.push_back({"password", "required"});
  if (in.password) {
    Status p = CheckPasswordStrength(*in.password, "password");
    if (!p.ok()) issues.insert(issues.end(), p.fields().begin(), p.fields().end());
  }
  if (in.mobile && *in.mobile && !ValidMobile(**in.mobile)) issues.push_back({"mobile", "invalid_value"});
  if (in.email && *in.email && !ValidEmail(**in.email)) issues.push_back({"email", "invalid_value"});
  if (creating && !in.department_id) issues.push_back({"departmentId", "required"});
  if (in.department_id) {
    auto d = org::GetDepartment(conn, caller.tenant_id, *in.department_id);
    if (!d.ok() && d.status().code() != "not_found") return d.status();
    if (!d.ok()) issues.push_back({"departmentId", "invalid_value"});
  }
  if (in.role_ids) {
    for (Id role_id : *in.role_ids) {
      auto r = org::GetRole(conn, caller.tenant_id, role_id);
      if (!r.ok() && r.status().code() != "not_found") return r.status();
      if (!r.ok()) {
        issues.push_back({"roleIds", "invalid_value"});
        break;
      }
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  if (in.username) {
    auto taken = UsernameTaken(conn, caller.tenant_id, *in.username, user_id);
    if (!taken.ok()) return taken.status();
    if (*taken)
      return Status::Error("user.username_taken", "This username is already in use.")
          .With("username", *in.username);
  }
  if (in.mobile && *in.mobile) {
    auto taken = MobileTaken(conn, caller.tenant_id, **in.mobile, user_id);
    if (!taken.ok()) return taken.status();
    if (*taken) return Status::Error("user.mobile_taken", "This mobile number is already in use.");
  }
  return Status::Ok();
}

Result<User> OrgService::CreateUser(const Caller& caller, const UserInput& in) {
  if (Status s = Require(caller, "org.create"); !s.ok()) return s;
  {
    // Cheap checks first, so a bad request does not pay for hashing.
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    if (Status s = CheckUserFields(**lease, caller, in, true, 0); !s.ok()) return s;
  }
  auto hash = HashPassword(*in.password);
  if (!hash.ok()) return hash.status();
  User u;
  u.id = Ids().Next();
  u.username = *in.username;
  u.name = Trim(*in.name);
  u.mobile = in.mobile ? *in.mobile : std::nullopt;
  u.email = in.email ? *in.email : std::nullopt;
  u.department_id = *in.department_id;
  u.is_department_head = in.is_department_head.value_or(false);
  u.is_executive = in.is_executive.value_or(false);
  u.status = in.status.value_or(UserStatus::kActive);
  u.created_at = u.updated_at = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    // Checked again inside the write transaction: another request may have taken the name.
    if (Status c = CheckUserFields(conn, caller, in, true, 0); !c.ok()) return c;
    if (Status i = InsertUser(conn, caller.tenant_id, u, *hash); !i.ok()) return i;
    if (Status i = SetUserRoles(conn, caller.tenant_id, u.id, in.role_ids.value_or(std::vector<Id>{}));
        !i.ok())
      return i;
    if (Status i = audit::RecordAction(conn, caller, u.created_at, "user.create", "user", u.id);
        !i.ok())
      return i;
    auto created = org::GetUser(conn, caller.tenant_id, u.id);
    if (!created.ok()) return created.status();
    u = *created;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return u;
}

Result<User> OrgService::UpdateUser(const Caller& caller, Id id, const UserInput& in) {
  if (Status s = Require(caller, "org.edit"); !s.ok()) return s;
  if (in.username || in.password)
    return Status::Validation({{in.username ? "username" : "password", "invalid_value"}});
  if (in.status && *in.status == UserStatus::kResigned && id == caller.user_id)
    return Status::Error("user.self_resign", "You cannot mark yourself as resigned.");
  User u;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto visible = CanSeeOwner(conn, caller, id);
    if (!visible.ok()) return visible.status();
    if (!*visible) return Status::NotFound();
    auto current = org::GetUser(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    if (Status c = CheckUserFields(conn, caller, in, false, id); !c.ok()) return c;
    u = *current;
    if (in.name) u.name = Trim(*in.name);
    if (in.mobile) u.mobile = *in.mobile;
    if (in.email) u.email = *in.email;
    if (in.department_id) u.department_id = *in.department_id;
    if (in.is_department_head) u.is_department_head = *in.is_department_head;
    if (in.is_executive) u.is_executive = *in.is_executive;
    if (in.status) u.status = *in.status;
    u.updated_at = clock_.Now();
    if (Status w = org::UpdateUser(conn, caller.tenant_id, u); !w.ok()) return w;
    if (in.role_ids) {
      if (Status w = SetUserRoles(conn, caller.tenant_id, id, *in.role_ids); !w.ok()) return w;
    }
    if (u.status == UserStatus::kResigned) {
      // A resigned user's sessions end at once.
      if (Status w = DeleteUserSessions(conn, caller.tenant_id, id); !w.ok()) return w;
    }
    // Status, roles and department are what a session's principal holds.
    if (Status w = auth_.ForgetUserAfterCommit(conn, caller.tenant_id, id); !w.ok()) return w;
    audit::Changes changes;
    changes.Add("name", current->name, u.name);
    changes.Add("mobile", current->mobile, u.mobile);
    changes.Add("email", current->email, u.email);
    changes.AddId("departmentId", current->department_id, u.department_id);
    changes.Add("isDepartmentHead", current->is_department_head, u.is_department_head);
    changes.Add("isExecutive", current->is_executive, u.is_executive);
    changes.Add("status", std::string(UserStatusName(current->status)), std::string(UserStatusName(u.status)));
    if (in.role_ids) {
      std::vector<std::string> before, after;
      for (const auto& r : current->roles) before.push_back(IdToString(r.id));
      for (Id r : *in.role_ids) after.push_back(IdToString(r));
      std::sort(before.begin(), before.end());
      std::sort(after.begin(), after.end());
      changes.Add("roleIds", before, after);
    }
    const std::string details =
        changes.Json("{\"status\":\"" + std::string(UserStatusName(u.status)) + "\"}");
    if (Status w = audit::RecordAction(conn, caller, u.updated_at, "user.update", "user", id, details);
        !w.ok())
      return w;
    auto updated = org::GetUser(conn, caller.tenant_id, id);
    if (!updated.ok()) return updated.status();
    u = *updated;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return u;
}

Status OrgService::ResetPassword(const Caller& caller, Id id, const std::string& password) {
  if (Status s = Require(caller, "org.edit"); !s.ok()) return s;
  if (Status s = CheckPasswordStrength(password, "password"); !s.ok()) return s;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto visible = CanSeeOwner(**lease, caller, id);
    if (!visible.ok()) return visible.status();
    auto user = org::GetUser(**lease, caller.tenant_id, id);
    if (!*visible || !user.ok()) return Status::NotFound();
  }
  auto hash = HashPassword(password);
  if (!hash.ok()) return hash.status();
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = SetPasswordHash(conn, caller.tenant_id, id, *hash, now); !w.ok()) return w;
    if (Status w = DeleteUserSessions(conn, caller.tenant_id, id); !w.ok()) return w;
    if (Status w = auth_.ForgetUserAfterCommit(conn, caller.tenant_id, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "user.reset_password", "user", id);
  });
}

// ---- Roles ----

Result<std::vector<Role>> OrgService::ListRoles(const Caller& caller) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return org::ListRoles(**lease, caller.tenant_id);
}

Result<Role> OrgService::GetRole(const Caller& caller, Id id) {
  if (Status s = Require(caller, "org.view"); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return org::GetRole(**lease, caller.tenant_id, id);
}

Result<Role> OrgService::CreateRole(const Caller& caller, const RoleInput& in) {
  if (Status s = Require(caller, "org.create"); !s.ok()) return s;
  if (Status s = CheckRoleFields(in, true); !s.ok()) return s;
  Role role;
  role.id = Ids().Next();
  role.name = Trim(*in.name);
  role.description = in.description.value_or("");
  role.scope = *in.scope;
  role.permissions = in.permissions.value_or(std::vector<std::string>{});
  role.created_at = role.updated_at = clock_.Now();
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status i = InsertRole(conn, caller.tenant_id, role); !i.ok()) {
      if (i.code() == "already_exists")
        return Status::Error("role.name_taken", "A role with this name already exists.");
      return i;
    }
    if (Status i = audit::RecordAction(conn, caller, role.created_at, "role.create", "role", role.id);
        !i.ok())
      return i;
    auto created = org::GetRole(conn, caller.tenant_id, role.id);
    if (!created.ok()) return created.status();
    role = *created;
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return role;
}

Result<Role> OrgService::UpdateRole(const Caller& caller, Id id, const RoleInput& in) {
  if (Status s = Require(caller, "org.edit"); !s.ok()) return s;
  if (Status s = CheckRoleFields(in, false); !s.ok()) return s;
  Role role;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = org::GetRole(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    role = *current;
    if (role.code == kAdminRoleCode && (in.scope || in.permissions))
      return Status::Error("role.builtin",
                           "The administrator role always has every permission and the whole company.");
    if (in.name) role.name = Trim(*in.name);
    if (in.description) role.description = *in.description;
    if (in.scope) role.scope = *in.scope;
    if (in.permissions) role.permissions = *in.permissions;
    std::sort(role.permissions.begin(), role.permissions.end());
    role.updated_at = clock_.Now();
    if (Status u = org::UpdateRole(conn, caller.tenant_id, role); !u.ok()) {
      if (u.code() == "already_exists")
        return Status::Error("role.name_taken", "A role with this name already exists.");
      return u;
    }
    if (Status f = auth_.ForgetAllAfterCommit(conn); !f.ok()) return f;
    audit::Changes changes;
    changes.Add("name", current->name, role.name);
    changes.Add("description", current->description, role.description);
    changes.Add("dataScope", std::string(DataScopeName(current->scope)), std::string(DataScopeName(role.scope)));
    changes.Add("permissions", current->permissions, role.permissions);
    return audit::RecordAction(conn, caller, role.updated_at, "role.update", "role", id, changes.Json());
  });
  if (!s.ok()) return s;
  return role;
}

Status OrgService::DeleteRole(const Caller& caller, Id id) {
  if (Status s = Require(caller, "org.delete"); !s.ok()) return s;
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto current = org::GetRole(conn, caller.tenant_id, id);
    if (!current.ok()) return current.status();
    if (current->builtin)
      return Status::Error("role.builtin", "Built-in roles cannot be deleted.");
    if (current->user_count > 0)
      return Status::Error("role.in_use", "Take this role away from its users before deleting it.")
          .With("userCount", current->user_count);
    if (Status d = org::DeleteRole(conn, caller.tenant_id, id); !d.ok()) return d;
    if (Status f = auth_.ForgetAllAfterCommit(conn); !f.ok()) return f;
    return audit::RecordAction(conn, caller, clock_.Now(), "role.delete", "role", id);
  });
}

}  // namespace quanke::org
