#include "domain/org/org_types.h"

namespace quanke::org {

const char* UserStatusName(UserStatus s) { return s == UserStatus::kActive ? "active" : "resigned"; }

bool ParseUserStatus(std::string_view text, UserStatus* out) {
  if (text == "active") *out = UserStatus::kActive;
  else if (text == "resigned") *out = UserStatus::kResigned;
  else return false;
  return true;
}

const std::vector<PermissionModule>& PermissionCatalogue() {
  static const std::vector<PermissionModule> kCatalogue = {
      {"customer", {"view", "create", "edit", "delete", "export", "import", "transfer"}},
      {"pool", {"view", "claim", "assign", "configure"}},
      {"followup", {"view", "create", "edit", "delete"}},
      {"visit", {"view", "create"}},
      {"lead", {"view", "create", "edit", "delete", "import", "export", "transfer"}},
      {"opportunity", {"view", "create", "edit", "delete"}},
      {"contract", {"view", "create", "edit", "delete", "approve"}},
      {"payment", {"view", "create", "edit", "delete"}},
      {"target", {"view", "configure"}},
      {"report", {"view", "export"}},
      {"field", {"view_protected"}},
      {"org", {"view", "create", "edit", "delete"}},
      {"settings", {"configure"}},
  };
  return kCatalogue;
}

bool IsKnownPermission(std::string_view permission) {
  for (const auto& m : PermissionCatalogue())
    for (const char* a : m.actions)
      if (permission == std::string(m.module) + "." + a) return true;
  return false;
}

std::vector<std::string> AllPermissions() {
  std::vector<std::string> out;
  for (const auto& m : PermissionCatalogue())
    for (const char* a : m.actions) out.push_back(std::string(m.module) + "." + a);
  return out;
}

}  // namespace quanke::org
