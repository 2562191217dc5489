#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "domain/org/caller.h"

namespace quanke::org {

struct Tenant {
  Id id = 0;
  std::string code;  // 企业代码, typed at login
  std::string name;
  std::string time_zone = "Asia/Shanghai";
  Instant created_at = 0;
};

struct Department {
  Id id = 0;
  std::optional<Id> parent_id;  // null for the root(s)
  std::string name;
  std::int64_t sort_order = 0;
  std::int64_t member_count = 0;  // active and resigned users directly in it
  Instant created_at = 0;
  Instant updated_at = 0;
};

struct RoleRef {
  Id id = 0;
  std::string name;
};

enum class UserStatus { kActive, kResigned };
const char* UserStatusName(UserStatus s);
bool ParseUserStatus(std::string_view text, UserStatus* out);

struct User {
  Id id = 0;
  std::string username;
  std::string name;
  std::optional<std::string> mobile;
  std::optional<std::string> email;
  Id department_id = 0;
  std::string department_name;
  bool is_department_head = false;
  bool is_executive = false;  // 高管: hidden from ordinary users, contact details masked
  UserStatus status = UserStatus::kActive;
  std::vector<RoleRef> roles;
  Instant created_at = 0;
  Instant updated_at = 0;
  std::optional<Instant> last_login_at;
};

// A user as other modules' rules need them (approver resolution): who, where, whether active.
struct UserBrief {
  Id id = 0;
  std::string name;
  Id department_id = 0;
  bool active = true;
};

struct Role {
  Id id = 0;
  std::optional<std::string> code;  // "admin", "manager", … for built-in roles
  std::string name;
  std::string description;
  DataScope scope = DataScope::kSelf;
  std::vector<std::string> permissions;  // "module.action", sorted
  bool builtin = false;
  std::int64_t user_count = 0;
  Instant created_at = 0;
  Instant updated_at = 0;
};

// The permission catalogue: every module and the actions it knows.
struct PermissionModule {
  const char* module;
  std::vector<const char*> actions;
};
const std::vector<PermissionModule>& PermissionCatalogue();
bool IsKnownPermission(std::string_view permission);
std::vector<std::string> AllPermissions();

}  // namespace quanke::org
