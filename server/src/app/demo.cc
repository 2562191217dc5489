#include "app/demo.h"

#include "app/demo_customers.h"

#include <map>

#include "domain/org/org_types.h"
#include "domain/org/password.h"
#include "domain/org/role_repository.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/org/department_repository.h"
#include "domain/setup/company.h"

namespace quanke::app {
namespace {

struct PersonSpec {
  const char* username;
  const char* name;
  const char* department;
  const char* role;
  bool head;
  bool executive;
};

// 30 people: the administrator, two executives, three regional managers, seven team leads and
// seventeen reps.
const std::vector<PersonSpec>& People() {
  static const std::vector<PersonSpec> kPeople = {
      {"admin", "系统管理员", "总经办", "admin", false, false},
      {"ceo", "周总", "总经办", "executive", true, true},
      {"vp", "陈副总", "总经办", "executive", false, true},
      {"huabei", "王建国", "华北大区", "manager", true, false},
      {"huadong", "李海燕", "华东大区", "manager", true, false},
      {"huanan", "黄志强", "华南大区", "manager", true, false},
      {"bj1.lead", "张伟", "北京一组", "manager", true, false},
      {"bj2.lead", "刘洋", "北京二组", "manager", true, false},
      {"tj.lead", "赵磊", "天津组", "manager", true, false},
      {"sh1.lead", "孙丽", "上海一组", "manager", true, false},
      {"hz.lead", "吴敏", "杭州组", "manager", true, false},
      {"gz.lead", "郑浩", "广州组", "manager", true, false},
      {"sz.lead", "何静", "深圳组", "manager", true, false},
      {"rep01", "马超", "北京一组", "rep", false, false},
      {"rep02", "胡军", "北京一组", "rep", false, false},
      {"rep03", "朱婷", "北京一组", "rep", false, false},
      {"rep04", "高峰", "北京二组", "rep", false, false},
      {"rep05", "林雪", "北京二组", "rep", false, false},
      {"rep06", "罗刚", "天津组", "rep", false, false},
      {"rep07", "梁晨", "天津组", "rep", false, false},
      {"rep08", "宋佳", "上海一组", "rep", false, false},
      {"rep09", "谢明", "上海一组", "rep", false, false},
      {"rep10", "韩冰", "上海一组", "rep", false, false},
      {"rep11", "唐宇", "杭州组", "rep", false, false},
      {"rep12", "冯琳", "杭州组", "rep", false, false},
      {"rep13", "董伟", "广州组", "rep", false, false},
      {"rep14", "萧然", "广州组", "rep", false, false},
      {"rep15", "程鹏", "深圳组", "rep", false, false},
      {"rep16", "曹颖", "深圳组", "rep", false, false},
      {"rep17", "袁博", "深圳组", "rep", false, false},
  };
  return kPeople;
}

// Department tree: name → parent name ("" for the root).
const std::vector<std::pair<const char*, const char*>>& Departments() {
  static const std::vector<std::pair<const char*, const char*>> kTree = {
      {"圈客演示科技有限公司", ""}, {"总经办", "圈客演示科技有限公司"},
      {"华北大区", "圈客演示科技有限公司"}, {"北京一组", "华北大区"}, {"北京二组", "华北大区"},
      {"天津组", "华北大区"}, {"华东大区", "圈客演示科技有限公司"}, {"上海一组", "华东大区"},
      {"杭州组", "华东大区"}, {"华南大区", "圈客演示科技有限公司"}, {"广州组", "华南大区"},
      {"深圳组", "华南大区"},
  };
  return kTree;
}

}  // namespace

Status LoadDemo(storage::Database& db, const Clock& clock, const std::string& tenant_code,
                const std::string& password, std::vector<DemoLogin>* logins, int customers) {
  if (Status s = org::CheckPasswordStrength(password, "password"); !s.ok())
    return Status::Error("validation.failed", "the demo password needs at least 8 characters");
  // One hash for every demo account: each hash costs ~75 ms and 64 MiB, and a demo does not
  // need per-user salts. Real accounts are hashed one by one.
  auto hash = org::HashPassword(password);
  if (!hash.ok()) return hash.status();
  const Instant now = clock.Now();
  return storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
    auto existing = org::FindTenantByCode(conn, tenant_code);
    if (!existing.ok()) return existing.status();
    if (*existing)
      return Status::Error("already_exists", "tenant " + tenant_code + " already exists");
    org::Tenant tenant{Ids().Next(), tenant_code,
                       tenant_code == "demo" ? "圈客演示科技" : "圈客演示科技（" + tenant_code + "）",
                       "Asia/Shanghai", now};
    if (Status s = org::InsertTenant(conn, tenant); !s.ok()) return s;

    std::map<std::string, Id> departments;
    std::int64_t order = 0;
    for (const auto& [name, parent] : Departments()) {
      org::Department d;
      d.id = Ids().Next();
      d.name = name;
      if (*parent) d.parent_id = departments.at(parent);
      d.sort_order = order++;
      d.created_at = d.updated_at = now;
      if (Status s = org::InsertDepartment(conn, tenant.id, d); !s.ok()) return s;
      departments[name] = d.id;
    }

    auto role_ids = setup::InsertBuiltinRoles(conn, tenant.id, now);
    if (!role_ids.ok()) return role_ids.status();
    std::map<std::string, std::pair<Id, std::string>> roles;  // code → id, name
    for (const auto& spec : setup::BuiltinRoles()) roles[spec.code] = {role_ids->at(spec.code), spec.name};

    std::map<std::string, Id> users;
    int n = 0;
    for (const auto& p : People()) {
      org::User u;
      u.id = Ids().Next();
      u.username = p.username;
      u.name = p.name;
      u.mobile = "1380000" + std::string(n < 10 ? "000" : "00") + std::to_string(n);
      ++n;
      u.department_id = departments.at(p.department);
      u.is_department_head = p.head;
      u.is_executive = p.executive;
      u.created_at = u.updated_at = now;
      if (Status s = org::InsertUser(conn, tenant.id, u, *hash); !s.ok()) return s;
      if (Status s = org::SetUserRoles(conn, tenant.id, u.id, {roles.at(p.role).first}); !s.ok())
        return s;
      if (logins) logins->push_back({p.username, p.name, roles.at(p.role).second, p.department});
      users[p.username] = u.id;
    }
    return LoadDemoCustomers(conn, tenant.id, departments, users, now, customers);
  });
}

Result<std::map<std::string, org::Caller>> DemoCallers(storage::Database& db, org::AuthService& auth,
                                                       const std::string& tenant_code,
                                                       const std::vector<std::string>& usernames) {
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  auto tenant = org::FindTenantByCode(**lease, tenant_code);
  if (!tenant.ok()) return tenant.status();
  if (!*tenant) return Status::NotFound();
  std::map<std::string, org::Caller> callers;
  for (const auto& username : usernames) {
    auto rec = org::FindLoginRecord(**lease, (*tenant)->id, username);
    if (!rec.ok()) return rec.status();
    if (!*rec) return Status::NotFound();
    auto p = auth.LoadPrincipal(**lease, (*tenant)->id, (*rec)->user_id);
    if (!p.ok()) return p.status();
    callers[username] = p->caller;
  }
  return callers;
}

}  // namespace quanke::app
