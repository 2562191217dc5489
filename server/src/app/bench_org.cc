#include "app/bench_org.h"

#include <algorithm>
#include <cstdio>
#include <functional>
#include <map>
#include <random>

#include "core/time_zone.h"
#include "domain/customers/ownership_repository.h"
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
                         "followup.view", "followup.create", "visit.view", "visit.create",
                         "opportunity.view", "opportunity.create", "opportunity.edit", "target.view", "report.view"};
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

namespace {

// The owned customers of a tenant, which generated records attach to.
struct OwnedCustomers {
  Id tenant_id = 0;
  struct Row {
    Id customer_id, owner_id;
    std::string name;
  };
  std::vector<Row> rows;
};

Result<OwnedCustomers> LoadOwned(storage::Connection& conn, const std::string& tenant_code, const char* what) {
  using storage::V;
  OwnedCustomers out;
  auto t = org::FindTenantByCode(conn, tenant_code);
  if (!t.ok()) return t.status();
  if (!*t) return Status::Error("not_found", "no tenant " + tenant_code);
  out.tenant_id = (*t)->id;
  auto r = conn.Query(
      "SELECT id, owner_id, name FROM customers WHERE tenant_id = $1 AND owner_id IS NOT NULL AND deleted_at IS NULL",
      {V(out.tenant_id)});
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows) out.rows.push_back({row.Int(0), row.Int(1), row.Text(2)});
  if (out.rows.empty()) return Status::Error("not_found", std::string("the tenant has no owned customers ") + what);
  return out;
}

// Runs add(conn, i) for i in [0, count), `batch` calls a transaction.
Status InBatches(storage::Database& db, std::int64_t count, std::int64_t batch,
                 const std::function<Status(storage::Connection&, std::int64_t)>& add) {
  for (std::int64_t start = 0; start < count; start += batch) {
    const std::int64_t end = std::min(count, start + batch);
    Status s = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
      for (std::int64_t i = start; i < end; ++i)
        if (Status w = add(conn, i); !w.ok()) return w;
      return Status::Ok();
    });
    if (!s.ok()) return s;
  }
  return Status::Ok();
}

}  // namespace

Status GenerateFollowUps(storage::Database& db, const Clock& clock, const std::string& tenant_code, std::int64_t count) {
  using storage::V;
  Result<OwnedCustomers> loaded = Status::Internal("not loaded");
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    loaded = LoadOwned(**lease, tenant_code, "to follow up");
  }
  if (!loaded.ok()) return loaded.status();
  const Id tenant_id = loaded->tenant_id;
  const auto& owned = loaded->rows;
  static const char* kTexts[] = {"电话沟通，客户对报价有疑问，约下周面谈", "拜访客户，演示了产品，反馈良好",
                                 "微信跟进，发送了方案和案例", "客户暂无预算，明年一季度再联系",
                                 "与采购经理确认了需求清单", "邮件发送合同草案，等待法务审核"};
  static const char* kTypes[] = {"call", "visit", "wechat", "other", "meeting", "email"};
  const Instant now = clock.Now();
  constexpr std::int64_t kBatch = 50000;
  constexpr std::int64_t kYearMs = 365LL * 24 * 3600 * 1000;
  return InBatches(db, count, kBatch, [&](storage::Connection& conn, std::int64_t i) -> Status {
    const auto& o = owned[static_cast<size_t>(i) % owned.size()];
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
    if (i % 6 == 1) return customers::RaiseLastVisit(conn, tenant_id, o.customer_id, at);  // kTypes[1]: a visit
    return Status::Ok();
  });
}

namespace {

struct BenchStage {
  Id id;
  int position;
  const char* kind;
  const char* name;
  int probability;
};

}  // namespace

Status GenerateOpportunities(storage::Database& db, const Clock& clock, const std::string& tenant_code,
                             std::int64_t count) {
  using storage::V;
  Result<OwnedCustomers> loaded = Status::Internal("not loaded");
  bool has_default = false;
  {
    auto lease = db.Read();
    if (!lease.ok()) return lease.status();
    loaded = LoadOwned(**lease, tenant_code, "for opportunities");
    if (!loaded.ok()) return loaded.status();
    auto d = (*lease)->Query("SELECT 1 FROM sales_processes WHERE tenant_id = $1 AND is_default = 1 AND deleted_at IS NULL",
                             {V(loaded->tenant_id)});
    if (!d.ok()) return d.status();
    has_default = !d->rows.empty();
  }
  const Id tenant_id = loaded->tenant_id;
  const auto& owned = loaded->rows;
  const Instant now = clock.Now();
  const Id process_id = Ids().Next();
  const std::vector<BenchStage> stages = {
      {Ids().Next(), 1, "open", "初步接洽", 10}, {Ids().Next(), 2, "open", "需求确认", 30},
      {Ids().Next(), 3, "open", "方案报价", 50}, {Ids().Next(), 4, "open", "商务谈判", 70},
      {Ids().Next(), 5, "open", "合同签订", 90}, {Ids().Next(), 6, "won", "赢单", 100},
      {Ids().Next(), 7, "lost", "输单", 0},      {Ids().Next(), 7, "invalid", "无效", 0}};
  Status made = storage::InTransaction(db, [&](storage::Connection& conn) -> Status {
    if (Status w = conn.Exec(
            "INSERT INTO sales_processes (tenant_id, id, name, kind, allow_skip, lost_reasons, invalid_reasons, "
            "is_default, created_at, updated_at) VALUES ($1, $2, '压测流程', 'pre_sale', 1, $3, $4, $5, $6, $6)",
            {V(tenant_id), V(process_id), V(std::string("[\"价格过高\",\"选择竞品\",\"需求取消\"]")),
             V(std::string("[\"重复商机\",\"信息有误\"]")), V(std::int64_t{has_default ? 0 : 1}), V(now)});
        !w.ok())
      return w;
    for (const auto& st : stages)
      if (Status w = conn.Exec("INSERT INTO sales_stages (tenant_id, id, process_id, position, kind, name, probability) "
                               "VALUES ($1, $2, $3, $4, $5, $6, $7)",
                               {V(tenant_id), V(st.id), V(process_id), V(std::int64_t{st.position}), V(st.kind),
                                V(st.name), V(std::int64_t{st.probability})});
          !w.ok())
        return w;
    return conn.Exec(
        "INSERT INTO sales_process_versions (tenant_id, process_id, version, snapshot, changed_at) VALUES ($1, $2, 1, '{}', $3)",
        {V(tenant_id), V(process_id), V(now)});
  });
  if (!made.ok()) return made;

  static const char* kLost[] = {"价格过高", "选择竞品", "需求取消"};
  std::mt19937_64 rng(20261206);
  auto uniform = [&](std::int64_t lo, std::int64_t hi) {  // [lo, hi]
    return lo + static_cast<std::int64_t>(rng() % static_cast<std::uint64_t>(hi - lo + 1));
  };
  constexpr std::int64_t kDayMs = 24LL * 3600 * 1000;
  constexpr std::int64_t kBatch = 20000;
  return InBatches(db, count, kBatch, [&](storage::Connection& conn, std::int64_t i) -> Status {
    const auto& o = owned[static_cast<size_t>(uniform(0, static_cast<std::int64_t>(owned.size()) - 1))];
    const Id id = Ids().Next();
    const Instant created = now - 365 * kDayMs + (365 * kDayMs * i) / count;
    const std::int64_t amount = uniform(10000, 1000000) * 100;
    const std::int64_t roll = uniform(0, 99);
    const char* outcome = roll < 20 ? "won" : roll < 35 ? "lost" : roll < 40 ? "invalid" : "open";
    // The open stage it ends in (or leaves from when closing): 1..5.
    const int last_open = static_cast<int>(uniform(1, 5));
    // The path: create in stage 1, forward one by one (sometimes skipping), a step back now and
    // then, then the close.
    std::vector<const BenchStage*> path = {&stages[0]};
    for (int p = 2; p <= last_open; ++p) {
      if (uniform(0, 9) == 0 && p < last_open) ++p;  // skipped a stage
      if (uniform(0, 3) == 0) {  // reached p once already and went back a step
        path.push_back(&stages[static_cast<size_t>(p - 1)]);
        path.push_back(&stages[static_cast<size_t>(p - 2)]);
      }
      if (uniform(0, 1) == 0 && p > 2) path.push_back(&stages[static_cast<size_t>(p - 3)]);  // back first
      path.push_back(&stages[static_cast<size_t>(p - 1)]);
    }
    if (path.back()->position != last_open) path.push_back(&stages[static_cast<size_t>(last_open - 1)]);
    if (outcome == std::string("won")) path.push_back(&stages[5]);
    else if (outcome == std::string("lost")) path.push_back(&stages[6]);
    else if (outcome == std::string("invalid")) path.push_back(&stages[7]);
    Instant at = created;
    int max_position = 0;
    const BenchStage* from = nullptr;
    Instant from_at = created;
    std::string reason;
    for (const BenchStage* to : path) {
      if (from) at = std::min(now - 1000, at + uniform(1, 20) * kDayMs / 2);
      const std::string kind = to->kind;
      if (kind == "lost") reason = kLost[uniform(0, 2)];
      else if (kind == "invalid") reason = "信息有误";
      if (kind == "open" || kind == "won") max_position = std::max(max_position, to->position);
      const char* direction = !from ? "create"
                              : kind != "open" ? "close"
                              : to->position > from->position ? "forward"
                                                              : "back";
      std::vector<storage::Value> args = {V(tenant_id), V(Ids().Next()), V(id), V(std::int64_t{1}),
                                          from ? V(from->id) : V(nullptr),
                                          V(std::string(from ? from->name : "")), V(to->id), V(to->name),
                                          V(to->kind), V(std::int64_t{to->position}), V(direction),
                                          V(kind == "lost" || kind == "invalid" ? reason : std::string()),
                                          from ? V(at - from_at) : V(nullptr),
                                          V(amount), V(std::int64_t{to->probability}), V(o.owner_id), V(at)};
      if (Status w = conn.Exec(
              "INSERT INTO opportunity_stage_changes (tenant_id, id, opportunity_id, process_version, "
              "from_stage_id, from_name, to_stage_id, to_name, to_kind, to_position, direction, reason, "
              "ms_in_from, amount_fen, probability, user_id, at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
              "$10, $11, $12, $13, $14, $15, $16, $17)",
              args);
          !w.ok())
        return w;
      from = to;
      from_at = at;
    }
    const BenchStage* stage = path.back();
    const std::string kind = stage->kind;
    const bool closed = kind != "open";
    const LocalDate close_date = static_cast<LocalDate>((created + uniform(30, 180) * kDayMs) / kDayMs);
    const std::string name = o.name + " 商机" + std::to_string(i % 97 + 1);
    if (Status w = conn.Exec(
            "INSERT INTO opportunities (tenant_id, id, customer_id, name, amount_fen, expected_close_date, "
            "process_id, stage_id, stage_position, max_position, stage_entered_at, probability, status, "
            "close_reason, closed_at, owner_id, last_activity_at, search_text, created_by, created_at, updated_at) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18, $16, $19, $17)",
            {V(tenant_id), V(id), V(o.customer_id), V(name), V(amount), V(FormatDate(close_date)), V(process_id),
             V(stage->id), V(std::int64_t{stage->position}), V(std::int64_t{max_position}), V(at),
             V(std::int64_t{stage->probability}), V(kind), V(closed ? reason : std::string()),
             closed ? V(at) : V(nullptr), V(o.owner_id), V(at), V(name), V(created)});
        !w.ok())
      return w;
    return Status::Ok();
  });
}

}  // namespace quanke::app
