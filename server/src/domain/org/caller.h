#pragma once

#include <set>
#include <string>

#include "core/ids.h"

namespace quanke::org {

// How far a user's view of records reaches (数据权限).
enum class DataScope { kSelf, kDepartment, kDepartmentTree, kAll };

const char* DataScopeName(DataScope scope);               // "self", "department", …
bool ParseDataScope(std::string_view text, DataScope* out);  // false for unknown values
// The wider of two scopes (a user with several roles gets the widest).
DataScope WiderScope(DataScope a, DataScope b);

// Who is asking: built once per request from the session, passed to every domain call.
// Repositories demand it on request paths, so no query can forget the tenant or the data scope;
// system paths without one (jobs, seeding, setup, login) pass the tenant id and say so.
struct Caller {
  Id tenant_id = 0;
  Id user_id = 0;
  Id department_id = 0;
  DataScope scope = DataScope::kSelf;
  std::set<std::string> permissions;  // "module.action"
  std::string ip;
  std::string client;  // the request's User-Agent (at most 200 bytes), for the audit log
  std::string request_id;

  bool Can(std::string_view permission) const {
    return permissions.count(std::string(permission)) > 0;
  }
};

}  // namespace quanke::org
