#include "domain/pool/pool_repository.h"

#include <algorithm>
#include <mutex>
#include <unordered_map>

namespace quanke::pool {
namespace {
using storage::V;

Status LoadAccess(storage::Connection& conn, Id tenant_id, Pool& p) {
  auto r = conn.Query(
      "SELECT a.kind, a.member_id, COALESCE(u.name, d.name, '') FROM pool_access a "
      "LEFT JOIN users u ON u.tenant_id = a.tenant_id AND u.id = a.member_id AND a.kind <> "
      "'member_department' LEFT JOIN departments d ON d.tenant_id = a.tenant_id AND d.id = "
      "a.member_id AND a.kind = 'member_department' WHERE a.tenant_id = $1 AND a.pool_id = $2 "
      "ORDER BY a.kind, a.member_id",
      {V(tenant_id), V(p.id)});
  if (!r.ok()) return r.status();
  for (const auto& row : r->rows) {
    const std::string kind = row.Text(0);
    if (kind == "admin") p.admins.push_back({"user", row.Int(1), row.Text(2)});
    else p.members.push_back({kind == "member_user" ? "user" : "department", row.Int(1), row.Text(2)});
  }
  return Status::Ok();
}

Result<std::vector<Pool>> Load(storage::Connection& conn, Id tenant_id, std::optional<Id> id, Instant at,
                               bool with_counts) {
  // A customer in a pool has no owner, so counting needs only the partial index of live
  // customers by pool (customers_pool_live).
  // A lead pool counts its leads (leads_pool_created).
  std::string sql = std::string("SELECT p.id, p.name, p.description, p.sort_order, p.created_at, p.updated_at, ") +
                    (with_counts ? "CASE WHEN p.kind = 'lead' THEN (SELECT COUNT(*) FROM leads l WHERE "
                                   "l.tenant_id = p.tenant_id AND l.pool_id = p.id AND l.deleted_at IS "
                                   "NULL) ELSE (SELECT COUNT(*) FROM customers c WHERE c.tenant_id = "
                                   "p.tenant_id AND c.pool_id = p.id AND c.deleted_at IS NULL) END"
                                 : "0") + ", p.kind" +
                    " FROM pools p WHERE p.tenant_id = $1";
  storage::Params params{V(tenant_id)};
  if (id) {
    sql += " AND p.id = $2";
    params.push_back(V(*id));
  }
  auto r = conn.Query(sql + " ORDER BY p.sort_order, p.name, p.id", params);
  if (!r.ok()) return r.status();
  std::vector<Pool> out;
  for (const auto& row : r->rows) {
    Pool p;
    p.id = row.Int(0);
    p.name = row.Text(1);
    p.description = row.Text(2);
    p.sort_order = row.Int(3);
    p.created_at = row.Int(4);
    p.updated_at = row.Int(5);
    p.customer_count = row.Int(6);
    p.kind = row.Text(7);
    if (Status s = LoadAccess(conn, tenant_id, p); !s.ok()) return s;
    auto rules = RulesAt(conn, tenant_id, p.id, at);
    if (!rules.ok()) return rules.status();
    p.rules = std::move(rules.value());
    out.push_back(std::move(p));
  }
  return out;
}

Result<std::vector<Id>> Ids(Result<storage::Rows> r) {
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (const auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

constexpr const char* kAncestors =
    "WITH RECURSIVE anc(id) AS (SELECT CAST($3 AS BIGINT) UNION SELECT d.parent_id FROM "
    "departments d JOIN anc ON d.id = anc.id WHERE d.tenant_id = $1 AND d.parent_id IS NOT NULL) ";

}  // namespace

Result<std::vector<Pool>> ListPools(storage::Connection& conn, Id tenant_id, Instant at, bool with_counts) {
  return Load(conn, tenant_id, std::nullopt, at, with_counts);
}

Result<Pool> GetPool(storage::Connection& conn, const org::Caller& caller, Id id, Instant at) {
  auto pools = Load(conn, caller.tenant_id, id, at, true);
  if (!pools.ok()) return pools.status();
  if (pools->empty()) return Status::NotFound();
  return std::move(pools->front());
}

Status InsertPool(storage::Connection& conn, Id tenant_id, const Pool& p) {
  return conn.Exec(
      "INSERT INTO pools (tenant_id, id, name, description, sort_order, created_at, updated_at, kind) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
      {V(tenant_id), V(p.id), V(p.name), V(p.description), V(p.sort_order), V(p.created_at),
       V(p.updated_at), V(p.kind)});
}

Status UpdatePool(storage::Connection& conn, const org::Caller& caller, const Pool& p) {
  return conn.Exec(
      "UPDATE pools SET name = $3, description = $4, sort_order = $5, updated_at = $6 WHERE "
      "tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(p.id), V(p.name), V(p.description), V(p.sort_order),
       V(p.updated_at)});
}

Status DeletePool(storage::Connection& conn, const org::Caller& caller, Id id) {
  for (const char* sql : {"DELETE FROM pool_access WHERE tenant_id = $1 AND pool_id = $2",
                          "DELETE FROM pool_rules WHERE tenant_id = $1 AND pool_id = $2",
                          "DELETE FROM pools WHERE tenant_id = $1 AND id = $2"})
    if (Status s = conn.Exec(sql, {V(caller.tenant_id), V(id)}); !s.ok()) return s;
  return Status::Ok();
}

Status SetPoolAccess(storage::Connection& conn, Id tenant_id, Id pool_id,
                     const std::vector<PoolMember>& members, const std::vector<Id>& admins) {
  if (Status s = conn.Exec("DELETE FROM pool_access WHERE tenant_id = $1 AND pool_id = $2",
                           {V(tenant_id), V(pool_id)});
      !s.ok())
    return s;
  auto add = [&](const char* kind, Id id) {
    return conn.Exec(
        "INSERT INTO pool_access (tenant_id, pool_id, kind, member_id) VALUES ($1, $2, $3, $4) "
        "ON CONFLICT (tenant_id, pool_id, kind, member_id) DO NOTHING",
        {V(tenant_id), V(pool_id), V(kind), V(id)});
  };
  for (const auto& m : members)
    if (Status s = add(m.type == "user" ? "member_user" : "member_department", m.id); !s.ok()) return s;
  for (Id a : admins)
    if (Status s = add("admin", a); !s.ok()) return s;
  return Status::Ok();
}

namespace {
// Parsed rule texts, by text: versions never change once written, and parsing JSON on every
// list request was a measurable share of it.
Result<PoolRules> ParseCached(const std::string& text) {
  static std::mutex mu;
  static std::unordered_map<std::string, PoolRules> cache;  // guarded by mu
  {
    std::lock_guard lock(mu);
    if (auto it = cache.find(text); it != cache.end()) return it->second;
  }
  auto rules = ParsePoolRules(text);
  if (!rules.ok()) return rules.status();
  std::lock_guard lock(mu);
  if (cache.size() > 10000) cache.clear();
  cache.emplace(text, *rules);
  return rules;
}

Result<std::vector<RuleVersion>> ReadVersions(Result<storage::Rows> r) {
  if (!r.ok()) return r.status();
  std::vector<RuleVersion> out;
  for (const auto& row : r->rows) {
    RuleVersion v;
    v.version = row.Int(0);
    v.effective_at = row.Int(1);
    auto rules = ParseCached(row.Text(2));
    if (!rules.ok()) return Status::Internal("stored pool rules do not parse: " + rules.status().message());
    v.rules = std::move(rules.value());
    v.created_by = row.OptInt(3);
    v.created_at = row.Int(4);
    v.created_by_name = row.Text(5);
    out.push_back(std::move(v));
  }
  return out;
}
constexpr const char* kVersionColumns =
    "SELECT r.version, r.effective_at, r.rules, r.created_by, r.created_at, COALESCE(u.name, '') "
    "FROM pool_rules r LEFT JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.created_by ";
}  // namespace

Result<RuleVersion> RulesAt(storage::Connection& conn, Id tenant_id, Id pool_id, Instant at) {
  auto v = ReadVersions(conn.Query(
      std::string(kVersionColumns) +
          "WHERE r.tenant_id = $1 AND r.pool_id = $2 ORDER BY CASE WHEN r.effective_at <= $3 THEN 0 "
          "ELSE 1 END, CASE WHEN r.effective_at <= $3 THEN -r.version ELSE r.version END LIMIT 1",
      {V(tenant_id), V(pool_id), V(at)}));
  if (!v.ok()) return v.status();
  if (v->empty()) return RuleVersion{};  // a pool without versions uses the defaults
  return std::move(v->front());
}

Result<std::vector<RuleVersion>> ListRuleVersions(storage::Connection& conn,
                                                  const org::Caller& caller, Id pool_id) {
  return ReadVersions(
      conn.Query(std::string(kVersionColumns) +
                     "WHERE r.tenant_id = $1 AND r.pool_id = $2 ORDER BY r.version DESC",
                 {V(caller.tenant_id), V(pool_id)}));
}

Result<RuleVersion> AppendRuleVersion(storage::Connection& conn, Id tenant_id, Id pool_id,
                                      PoolRules rules, Instant effective_at, Id by, Instant now) {
  auto last = conn.Query("SELECT COALESCE(MAX(version), 0) FROM pool_rules WHERE tenant_id = $1 AND pool_id = $2",
                         {V(tenant_id), V(pool_id)});
  if (!last.ok()) return last.status();
  const std::int64_t version = last->front().Int(0) + 1;
  std::optional<PoolRules> previous;
  if (version > 1) {
    auto prev = RulesAt(conn, tenant_id, pool_id, effective_at);
    if (!prev.ok()) return prev.status();
    previous = prev->rules;
  }
  StampEnabledSince(previous ? &*previous : nullptr, effective_at, rules);
  if (Status s = conn.Exec(
          "INSERT INTO pool_rules (tenant_id, pool_id, version, effective_at, rules, created_by, "
          "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)",
          {V(tenant_id), V(pool_id), V(version), V(effective_at), V(PoolRulesToJson(rules)), V(by), V(now)});
      !s.ok())
    return s;
  RuleVersion v;
  v.version = version;
  v.effective_at = effective_at;
  v.rules = std::move(rules);
  v.created_by = by;
  v.created_at = now;
  return v;
}

Result<std::vector<Id>> MemberPools(storage::Connection& conn, const org::Caller& caller,
                                    Id user_id, Id department_id, std::string_view kind) {
  return Ids(
      conn.Query(std::string(kAncestors) +
                     "SELECT DISTINCT a.pool_id FROM pool_access a JOIN pools p ON p.tenant_id = "
                     "a.tenant_id AND p.id = a.pool_id WHERE a.tenant_id = $1 AND "
                     "((a.kind = 'member_user' AND a.member_id = $2) OR (a.kind = "
                     "'member_department' AND a.member_id IN (SELECT id FROM anc))) AND ($4 = '' OR "
                     "p.kind = $4)",
                 {V(caller.tenant_id), V(user_id), V(department_id), V(kind)}));
}

Result<std::vector<Id>> AdminPools(storage::Connection& conn, const org::Caller& caller,
                                   Id user_id, std::string_view kind) {
  return Ids(conn.Query(
      "SELECT a.pool_id FROM pool_access a JOIN pools p ON p.tenant_id = a.tenant_id AND p.id = "
      "a.pool_id WHERE a.tenant_id = $1 AND a.kind = 'admin' AND a.member_id = $2 AND ($3 = '' OR "
      "p.kind = $3)",
      {V(caller.tenant_id), V(user_id), V(kind)}));
}

Result<std::optional<Id>> DefaultPoolFor(storage::Connection& conn, const org::Caller& caller,
                                         Id user_id, Id department_id, std::string_view kind) {
  auto r =
      conn.Query(std::string(kAncestors) +
                     "SELECT p.id FROM pools p WHERE p.tenant_id = $1 AND p.id IN (SELECT "
                     "a.pool_id FROM pool_access a WHERE a.tenant_id = $1 AND ((a.kind = "
                     "'member_user' AND a.member_id = $2) OR (a.kind = 'member_department' AND "
                     "a.member_id IN (SELECT id FROM anc)))) AND p.kind = $4 ORDER BY p.sort_order, "
                     "p.id LIMIT 1",
                 {V(caller.tenant_id), V(user_id), V(department_id), V(kind)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Id>();
  return std::optional<Id>(r->front().Int(0));
}

Result<std::map<Id, std::optional<LocalDate>>> LastSweepDates(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT id, last_sweep_date FROM pools WHERE tenant_id = $1", {V(tenant_id)});
  if (!r.ok()) return r.status();
  std::map<Id, std::optional<LocalDate>> out;
  for (const auto& row : r->rows) {
    auto d = row.OptInt(1);
    out[row.Int(0)] = d ? std::optional<LocalDate>(static_cast<LocalDate>(*d)) : std::nullopt;
  }
  return out;
}

Status MarkSwept(storage::Connection& conn, Id tenant_id, Id pool_id, LocalDate date) {
  return conn.Exec("UPDATE pools SET last_sweep_date = $3 WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(pool_id), V(static_cast<std::int64_t>(date))});
}

Result<std::optional<SweepProgress>> UnfinishedSweep(storage::Connection& conn, Id tenant_id) {
  auto r = conn.Query("SELECT reclaimed, started_at FROM sweep_progress WHERE tenant_id = $1", {V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<SweepProgress>();
  return std::optional<SweepProgress>(SweepProgress{r->front().Int(0), r->front().Int(1)});
}

Status AddSweepProgress(storage::Connection& conn, Id tenant_id, std::int64_t reclaimed, Instant at) {
  return conn.Exec(
      "INSERT INTO sweep_progress (tenant_id, reclaimed, started_at) VALUES ($1, $2, $3) "
      "ON CONFLICT (tenant_id) DO UPDATE SET reclaimed = sweep_progress.reclaimed + excluded.reclaimed",
      {V(tenant_id), V(reclaimed), V(at)});
}

Status ClearSweepProgress(storage::Connection& conn, Id tenant_id) {
  return conn.Exec("DELETE FROM sweep_progress WHERE tenant_id = $1", {V(tenant_id)});
}

Result<std::int64_t> CountCustomersIn(storage::Connection& conn, const org::Caller& caller,
                                      Id pool_id) {
  auto r = conn.Query(
      "SELECT (SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND (pool_id = $2 OR "
      "home_pool_id = $2) AND deleted_at IS NULL) + (SELECT COUNT(*) FROM leads WHERE tenant_id = $1 "
      "AND (pool_id = $2 OR home_pool_id = $2) AND deleted_at IS NULL)",
      {V(caller.tenant_id), V(pool_id)});
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

Result<std::vector<Id>> AllPoolIds(storage::Connection& conn, const org::Caller& caller,
                                   std::string_view kind) {
  auto r = conn.Query("SELECT id FROM pools WHERE tenant_id = $1 AND ($2 = '' OR kind = $2)",
                      {V(caller.tenant_id), V(kind)});
  if (!r.ok()) return r.status();
  std::vector<Id> out;
  for (const auto& row : r->rows) out.push_back(row.Int(0));
  return out;
}

}  // namespace quanke::pool
