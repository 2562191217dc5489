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

namespace quanke::app {

Status GenerateFollowUps(storage::Database& db, const Clock& clock, const std::string& tenant_code, std::int64_t count) {
  using storage::V;
  struct Owned {
    Id customer_id, owner_id;
  };
  std::vector<Owned> owned;
  Id tenant_id = 0;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    auto t = org::FindTenantByCode(**lease, tenant_code);
    if (!t.ok()) return t.status();
    if (!*t) return Status::Error("not_found", "no tenant " + tenant_code);
    tenant_id = (*t)->id;
    auto r = (*lease)->Query(
        "SELECT id, owner_id FROM customers WHERE tenant_id = $1 AND owner_id IS NOT NULL AND deleted_at IS NULL",
        {V(tenant_id)});
    if (!r.ok()) return r.status();
    for (const auto& row : r->rows) owned.push_back({row.Int(0), row.Int(1)});
  }
  if (owned.empty()) return Status::Error("not_found", "the tenant has no owned customers to follow up");
  static const char* kTexts[] = {"电话沟通，客户对报价有疑问，约下周面谈", "拜访客户，演示了产品，反馈良好",
                                 "微信跟进，发送了方案和案例", "客户暂无预算，明年一季度再联系",
                                 "与采购经理确认了需求清单", "邮件发送合同草案，等待法务审核"};
  static const char* kTypes[] = {"call", "visit", "wechat", "other", "meeting", "email"};
  const Instant now = clock.Now();
  constexpr std::int64_t kBatch = 50000;
  constexpr std::int64_t kYearMs = 365LL * 24 * 3600 * 1000;
  for (std::int64_t start = 0; start < count; start += kBatch) {
    const std::int64_t end = std::min(count, start + kBatch);
    Status s = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
      for (std::int64_t i = start; i < end; ++i) {
        const Owned& o = owned[static_cast<size_t>(i) % owned.size()];
        // Ascending times so ids and times agree, as they would in real use.
        const Instant at = now - kYearMs + (kYearMs * i) / count;
        const Id id = Ids().Next();
        const char* text = kTexts[i % 6];
        if (Status w = conn.Exec(
                "INSERT INTO follow_ups (tenant_id, id, customer_id, author_id, type, text, created_at) VALUES ($1, $2, "
                "$3, $4, $5, $6, $7)",
                {V(tenant_id), V(id), V(o.customer_id), V(o.owner_id), V(kTypes[i % 6]), V(text), V(at)});
            !w.ok())
          return w;
        if (Status w = conn.Exec(
                "INSERT INTO feed_items (tenant_id, id, type, actor_id, customer_id, follow_up_id, text, created_at) "
                "VALUES ($1, $2, 'followup', $3, $4, $5, $6, $7)",
                {V(tenant_id), V(Ids().Next()), V(o.owner_id), V(o.customer_id), V(id), V(text), V(at)});
            !w.ok())
          return w;
      }
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace quanke::app
