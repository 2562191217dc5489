#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/auth_service.h"
#include "storage/database.h"

namespace quanke::app {

struct DemoLogin {
  std::string username;
  std::string name;
  std::string role;
  std::string department;
};

// Loads the demo company (演示企业) under enterprise code `tenant_code`: a department tree of
// regions and teams, the four built-in roles, 30 people (all with `password`), a pool per
// region and `customers` customers (see demo_customers.h). Does nothing and answers
// `already_exists` when the code is taken. `logins` receives who was created.
Status LoadDemo(storage::Database& db, const Clock& clock, const std::string& tenant_code,
                const std::string& password, std::vector<DemoLogin>* logins, int customers = 2000);

// The callers (principals) of the demo tenant's `usernames`, as the later demo loaders act:
// not_found when the tenant or one of them is missing.
Result<std::map<std::string, org::Caller>> DemoCallers(storage::Database& db, org::AuthService& auth,
                                                       const std::string& tenant_code,
                                                       const std::vector<std::string>& usernames);

}  // namespace quanke::app
