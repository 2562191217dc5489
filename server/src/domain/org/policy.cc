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

}  // namespace quanke::org
