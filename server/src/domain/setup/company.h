#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::setup {

// A built-in role every company starts with.
struct RoleSpec {
  const char* code;
  const char* name;
  const char* description;
  org::DataScope scope;
  std::vector<std::string> permissions;
};

// admin (全部权限), executive (查看全公司), manager (本部门及下级), rep (自己的).
std::vector<RoleSpec> BuiltinRoles();

// Writes the built-in roles of a new tenant; their ids by code.
Result<std::map<std::string, Id>> InsertBuiltinRoles(storage::Connection& conn, Id tenant_id, Instant now);

struct CompanyInput {
  std::string code;  // enterprise code typed at login: 2-32 of a-z, 0-9 and '-'
  std::string name;
  std::string admin_username;
  std::string admin_name;  // defaults to the username
  std::string admin_password;
  std::string time_zone = "Asia/Shanghai";  // IANA name
};

struct NewCompany {
  Id tenant_id = 0;
  std::string code;
  std::string name;
  Id admin_user_id = 0;
};

// Creates a company ready for use, in one transaction: the tenant, the four built-in roles, one
// department named after the company, its administrator (role admin) in it, and one public pool
// (公海) open to that department, administered by the administrator, with the product's default
// rules. Field problems are one `validation.failed` with details; a taken code is 409
// `tenant.code_taken`. With `only_if_first` (the first-run page, which needs no login) it
// refuses with 409 `setup.done` once any company exists.
Result<NewCompany> CreateCompany(storage::Database& db, const Clock& clock, const CompanyInput& in,
                                 bool only_if_first);

// Whether the database holds no company yet (the first-run page is offered).
Result<bool> NoCompanyYet(storage::Database& db);

// The first-run page's service: whether it is needed, and the first company.
class SetupService {
 public:
  SetupService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}
  Result<bool> Needed() { return NoCompanyYet(db_); }
  Result<NewCompany> CreateFirst(const CompanyInput& in) { return CreateCompany(db_, clock_, in, true); }

 private:
  storage::Database& db_;
  const Clock& clock_;
};

}  // namespace quanke::setup
