#include "app/bench_org.h"

#include <cstdio>
#include <map>

#include "domain/org/department_repository.h"
#include "domain/org/org_types.h"
#include "domain/org/password.h"
#include "domain/org/role_repository.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"

namespace quanke::app {

Status GenerateBenchOrg(storage::Database& db, const Clock& clock, const std::string& tenant_code,
                        int users, const std::string& password) {
  auto hash = org::HashPassword(password);
  if (!hash.ok()) return hash.status();
  const Instant now = clock.Now();
  return storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
    auto existing = org::FindTenantByCode(conn, tenant_code);
    if (!existing.ok()) return existing.status();
    if (*existing) return Status::Error("already_exists", "tenant " + tenant_code + " already exists");
    org::Tenant tenant{Ids().Next(), tenant_code, "压测企业 " + tenant_code, "Asia/Shanghai", now};
    if (Status s = org::InsertTenant(conn, tenant); !s.ok()) return s;

    auto department = [&](const std::string& name, std::optional<Id> parent, int order) -> Result<Id> {
      org::Department d;
      d.id = Ids().Next();
      d.name = name;
      d.parent_id = parent;
      d.sort_order = order;
      d.created_at = d.updated_at = now;
      if (Status s = org::InsertDepartment(conn, tenant.id, d); !s.ok()) return s;
      return d.id;
    };
    auto root = department("压测企业", std::nullopt, 0);
    if (!root.ok()) return root.status();

    std::map<std::string, Id> roles;
    for (auto [code, name, scope] : {std::tuple{"admin", "管理员", org::DataScope::kAll},
                                     std::tuple{"rep", "销售代表", org::DataScope::kSelf}}) {
      org::Role r;
      r.id = Ids().Next();
      r.code = code;
      r.name = name;
      r.scope = scope;
      r.builtin = true;
      r.created_at = r.updated_at = now;
      if (std::string(code) == "admin") {
        r.permissions = org::AllPermissions();
      } else {
        r.permissions = {"customer.view", "customer.create", "customer.edit", "pool.view", "pool.claim",
                         "followup.view", "followup.create", "visit.view", "visit.create"};
      }
      if (Status s = org::InsertRole(conn, tenant.id, r); !s.ok()) return s;
      roles[code] = r.id;
    }
    auto add_user = [&](const std::string& username, const std::string& name, Id dept, const char* role) -> Status {
      org::User u;
      u.id = Ids().Next();
      u.username = username;
      u.name = name;
      u.department_id = dept;
      u.created_at = u.updated_at = now;
      if (Status s = org::InsertUser(conn, tenant.id, u, *hash); !s.ok()) return s;
      return org::SetUserRoles(conn, tenant.id, u.id, {roles.at(role)});
    };
    if (Status s = add_user("admin", "管理员", *root, "admin"); !s.ok()) return s;

    std::vector<Id> teams;
    for (int r = 0; r < 10; ++r) {
      auto region = department("大区" + std::to_string(r + 1), *root, r + 1);
      if (!region.ok()) return region.status();
      for (int t = 0; t < 10; ++t) {
        auto team = department("大区" + std::to_string(r + 1) + "-" + std::to_string(t + 1) + "组", *region, t);
        if (!team.ok()) return team.status();
        teams.push_back(*team);
      }
      pool::Pool p;
      p.id = Ids().Next();
      p.name = "公海" + std::to_string(r + 1);
      p.sort_order = r;
      p.created_at = p.updated_at = now;
      if (Status s = pool::InsertPool(conn, tenant.id, p); !s.ok()) return s;
      if (Status s = pool::SetPoolAccess(conn, tenant.id, p.id, {{"department", *region, ""}}, {}); !s.ok()) return s;
      pool::PoolRules rules;
      rules.holding_limit = 100000;  // bulk imports give reps many customers at once
      rules.daily_claim_limit = 100000;
      auto v = pool::AppendRuleVersion(conn, tenant.id, p.id, rules, now, 0, now);
      if (!v.ok()) return v.status();
    }
    for (int i = 1; i <= users; ++i) {
      char username[16];
      std::snprintf(username, sizeof username, "u%04d", i);
      if (Status s = add_user(username, std::string("销售") + (username + 1),
                              teams[static_cast<size_t>(i - 1) % teams.size()], "rep");
          !s.ok())
        return s;
    }
    return Status::Ok();
  });
}

}  // namespace quanke::app
