#include "domain/setup/company.h"

#include "core/time_zone.h"
#include "domain/org/department_repository.h"
#include "domain/org/password.h"
#include "domain/org/role_repository.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/pool/pool_repository.h"

namespace quanke::setup {
namespace {

bool ValidCode(const std::string& code) {
  if (code.size() < 2 || code.size() > 32) return false;
  for (char c : code)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool ValidUsername(const std::string& u) {
  if (u.size() < 2 || u.size() > 64) return false;
  for (unsigned char c : u)
    if (c <= ' ' || c == 0x7f) return false;
  return true;
}

Status Validate(const CompanyInput& in) {
  std::vector<FieldIssue> errors;
  if (in.code.empty()) errors.push_back({"code", "required"});
  else if (!ValidCode(in.code)) errors.push_back({"code", "invalid_value"});
  if (in.name.empty()) errors.push_back({"name", "required"});
  else if (in.name.size() > 100) errors.push_back({"name", "too_long"});
  if (in.admin_username.empty()) errors.push_back({"adminUsername", "required"});
  else if (!ValidUsername(in.admin_username)) errors.push_back({"adminUsername", "invalid_value"});
  if (in.admin_name.size() > 50) errors.push_back({"adminName", "too_long"});
  if (Status s = org::CheckPasswordStrength(in.admin_password, "adminPassword"); !s.ok())
    for (const auto& f : s.fields()) errors.push_back(f);
  if (!TimeZone::Find(in.time_zone).ok()) errors.push_back({"timeZone", "invalid_value"});
  if (!errors.empty()) return Status::Validation(std::move(errors));
  return Status::Ok();
}

}  // namespace

std::vector<RoleSpec> BuiltinRoles() {
  using org::DataScope;
  const std::vector<std::string> rep = {
      "customer.view", "customer.create", "customer.edit", "pool.view", "pool.claim",
      "followup.view", "followup.create", "followup.edit", "visit.view", "visit.create",
      "lead.view", "lead.create", "lead.edit", "opportunity.view", "opportunity.create",
      "opportunity.edit", "contract.view", "contract.create", "payment.view", "target.view",
      "report.view"};
  std::vector<std::string> manager = rep;
  for (const char* p : {"customer.delete", "customer.export", "customer.import", "customer.transfer",
                        "pool.assign", "followup.delete", "lead.delete", "lead.import",
                        "lead.export", "lead.transfer", "opportunity.delete", "contract.edit",
                        "contract.approve", "payment.create", "payment.edit", "report.export",
                        "field.view_protected", "org.view"})
    manager.push_back(p);
  std::vector<std::string> executive;
  for (const auto& p : org::AllPermissions())
    if (p.size() > 5 && (p.substr(p.size() - 5) == ".view" || p == "report.export" ||
                         p == "field.view_protected" || p == "contract.approve"))
      executive.push_back(p);
  return {
      {"admin", "管理员", "系统管理员：全部权限，全公司数据", DataScope::kAll, org::AllPermissions()},
      {"executive", "高管", "查看全公司数据与报表", DataScope::kAll, executive},
      {"manager", "销售经理", "管理本部门及下级的客户与团队", DataScope::kDepartmentTree, manager},
      {"rep", "销售代表", "管理自己的客户、跟进与拜访", DataScope::kSelf, rep},
  };
}

Result<std::map<std::string, Id>> InsertBuiltinRoles(storage::Connection& conn, Id tenant_id, Instant now) {
  std::map<std::string, Id> ids;
  for (const auto& spec : BuiltinRoles()) {
    org::Role r;
    r.id = Ids().Next();
    r.code = spec.code;
    r.name = spec.name;
    r.description = spec.description;
    r.scope = spec.scope;
    r.permissions = spec.permissions;
    r.builtin = true;
    r.created_at = r.updated_at = now;
    if (Status e = org::InsertRole(conn, tenant_id, r); !e.ok()) return e;
    ids[spec.code] = r.id;
  }
  return ids;
}

Result<bool> NoCompanyYet(storage::Database& db) {
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  auto any = org::AnyTenant(**lease);
  if (!any.ok()) return any.status();
  return !*any;
}

Result<NewCompany> CreateCompany(storage::Database& db, const Clock& clock, const CompanyInput& input,
                                 bool only_if_first) {
  CompanyInput in = input;
  for (char& c : in.code) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (in.time_zone.empty()) in.time_zone = "Asia/Shanghai";
  if (Status s = Validate(in); !s.ok()) return s;
  if (only_if_first) {
    // Before the slow hash, so a probe of a running company costs nothing.
    auto empty = NoCompanyYet(db);
    if (!empty.ok()) return empty.status();
    if (!*empty) return Status::Error("setup.done", "A company already exists; log in instead.");
  }
  auto hash = org::HashPassword(in.admin_password);
  if (!hash.ok()) return hash.status();
  const Instant now = clock.Now();
  NewCompany out;
  Status s = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
    if (only_if_first) {
      if (Status l = conn.LockKey(0); !l.ok()) return l;  // two first-run forms at once: one wins
      auto any = org::AnyTenant(conn);
      if (!any.ok()) return any.status();
      if (*any) return Status::Error("setup.done", "A company already exists; log in instead.");
    }
    auto existing = org::FindTenantByCode(conn, in.code);
    if (!existing.ok()) return existing.status();
    if (*existing) return Status::Error("tenant.code_taken", "enterprise code " + in.code + " is taken");
    org::Tenant tenant{Ids().Next(), in.code, in.name, in.time_zone, now};
    if (Status e = org::InsertTenant(conn, tenant); !e.ok()) return e;

    org::Department dep;
    dep.id = Ids().Next();
    dep.name = in.name;
    dep.created_at = dep.updated_at = now;
    if (Status e = org::InsertDepartment(conn, tenant.id, dep); !e.ok()) return e;

    auto roles = InsertBuiltinRoles(conn, tenant.id, now);
    if (!roles.ok()) return roles.status();

    org::User u;
    u.id = Ids().Next();
    u.username = in.admin_username;
    u.name = in.admin_name.empty() ? in.admin_username : in.admin_name;
    u.department_id = dep.id;
    u.created_at = u.updated_at = now;
    if (Status e = org::InsertUser(conn, tenant.id, u, *hash); !e.ok()) return e;
    if (Status e = org::SetUserRoles(conn, tenant.id, u.id, {roles->at("admin")}); !e.ok()) return e;

    pool::Pool p;
    p.id = Ids().Next();
    p.name = "公海";
    p.description = "全公司的公海客户";
    p.created_at = p.updated_at = now;
    if (Status e = pool::InsertPool(conn, tenant.id, p); !e.ok()) return e;
    if (Status e = pool::SetPoolAccess(conn, tenant.id, p.id, {{"department", dep.id, ""}}, {u.id}); !e.ok())
      return e;
    auto v = pool::AppendRuleVersion(conn, tenant.id, p.id, pool::PoolRules{}, now, u.id, now);
    if (!v.ok()) return v.status();
    out = {tenant.id, tenant.code, tenant.name, u.id};
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

}  // namespace quanke::setup
