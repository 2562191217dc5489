#include "domain/activity/work_logs.h"

#include <boost/json.hpp>

#include <algorithm>
#include <set>

#include "domain/activity/feed_repository.h"
#include "domain/org/policy.h"
#include "domain/pool/countdown.h"

namespace quanke::activity {
namespace {
using storage::Connection;
using storage::V;
namespace json = boost::json;

// The period of `kind` containing `date`: the day, the week from Monday, or the month.
std::pair<LocalDate, LocalDate> PeriodOf(const std::string& kind, LocalDate date) {
  if (kind == "weekly") {
    const int weekday = ((date % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday; 0 = Monday
    return {date - weekday, date - weekday + 6};
  }
  if (kind == "monthly") {
    const std::string text = FormatDate(date);
    LocalDate first = 0;
    ParseDate(text.substr(0, 8) + "01", &first);
    LocalDate next = first + 27;
    while (FormatDate(next).substr(0, 7) == text.substr(0, 7)) ++next;
    return {first, next - 1};
  }
  return {date, date};
}

Result<WorkStats> ComputeStats(Connection& conn, Id tenant_id, Id user_id, Instant from, Instant to) {
  WorkStats st;
  auto count = [&](const std::string& sql) -> Result<std::int64_t> {
    auto r = conn.Query(sql, {V(tenant_id), V(user_id), V(from), V(to)});
    if (!r.ok()) return r.status();
    return r->front().Int(0);
  };
  auto n = count("SELECT COUNT(*) FROM customers WHERE tenant_id = $1 AND created_by = $2 AND created_at >= $3 AND created_at < $4");
  if (!n.ok()) return n.status();
  st.new_customers = *n;
  n = count("SELECT COUNT(*) FROM follow_ups WHERE tenant_id = $1 AND author_id = $2 AND created_at >= $3 AND created_at < $4 AND deleted_at IS NULL");
  if (!n.ok()) return n.status();
  st.follow_ups = *n;
  n = count("SELECT COUNT(*) FROM follow_ups WHERE tenant_id = $1 AND author_id = $2 AND created_at >= $3 AND created_at < $4 AND deleted_at IS NULL AND type = 'visit'");
  if (!n.ok()) return n.status();
  st.visits = *n;
  n = count("SELECT COUNT(DISTINCT customer_id) FROM follow_ups WHERE tenant_id = $1 AND author_id = $2 AND created_at >= $3 AND created_at < $4 AND deleted_at IS NULL");
  if (!n.ok()) return n.status();
  st.customers_followed = *n;
  return st;
}

std::string StatsJson(const WorkStats& s) {
  return json::serialize(json::object{{"newCustomers", s.new_customers},
                                      {"followUps", s.follow_ups},
                                      {"visits", s.visits},
                                      {"customersFollowed", s.customers_followed},
                                      {"opportunities", s.opportunities},
                                      {"contractAmountFen", s.contract_amount_fen},
                                      {"paymentAmountFen", s.payment_amount_fen}});
}

WorkStats ParseStats(const std::string& text) {
  WorkStats s;
  boost::system::error_code ec;
  json::value v = json::parse(text, ec);
  if (ec || !v.is_object()) return s;
  auto get = [&](const char* k) -> std::int64_t {
    const auto* x = v.as_object().if_contains(k);
    return x && x->is_int64() ? x->get_int64() : 0;
  };
  s.new_customers = get("newCustomers");
  s.follow_ups = get("followUps");
  s.visits = get("visits");
  s.customers_followed = get("customersFollowed");
  s.opportunities = get("opportunities");
  s.contract_amount_fen = get("contractAmountFen");
  s.payment_amount_fen = get("paymentAmountFen");
  return s;
}

constexpr const char* kColumns =
    "SELECT w.id, w.author_id, u.name, d.name, w.kind, w.period_start, w.period_end, w.summary, w.plan, w.issues, "
    "w.stats, w.customer_ids, w.feed_item_id, w.created_at, w.updated_at, (SELECT COUNT(*) FROM work_log_reads r "
    "WHERE r.tenant_id = w.tenant_id AND r.log_id = w.id), (SELECT COUNT(*) FROM work_log_reads r WHERE "
    "r.tenant_id = w.tenant_id AND r.log_id = w.id AND r.user_id = $2) FROM work_logs w "
    "LEFT JOIN users u ON u.tenant_id = w.tenant_id AND u.id = w.author_id "
    "LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = u.department_id ";

Result<std::vector<WorkLog>> Read(Connection& conn, Id tenant_id, const std::string& where, storage::Params params,
                                  const std::string& tail) {
  auto r = conn.Query(std::string(kColumns) + "WHERE w.tenant_id = $1 AND " + where + " " + tail, params);
  if (!r.ok()) return r.status();
  std::vector<WorkLog> out;
  for (const auto& row : r->rows) {
    WorkLog w;
    w.id = row.Int(0);
    w.author_id = row.Int(1);
    w.author_name = row.Text(2);
    w.department_name = row.Text(3);
    w.kind = row.Text(4);
    w.period_start = static_cast<LocalDate>(row.Int(5));
    w.period_end = static_cast<LocalDate>(row.Int(6));
    w.summary = row.Text(7);
    w.plan = row.Text(8);
    w.issues = row.Text(9);
    w.stats = ParseStats(row.Text(10));
    const std::string ids = row.Text(11);
    size_t start = 0;
    while (start < ids.size()) {
      size_t comma = ids.find(',', start);
      if (comma == std::string::npos) comma = ids.size();
      const Id cid = std::atoll(ids.substr(start, comma - start).c_str());
      auto name = conn.Query("SELECT name FROM customers WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(cid)});
      w.customers.emplace_back(cid, name.ok() && !name->empty() ? name->front().Text(0) : "");
      start = comma + 1;
    }
    w.feed_item_id = row.OptInt(12);
    w.created_at = row.Int(13);
    w.updated_at = row.Int(14);
    w.read_count = row.Int(15);
    w.read_by_me = row.Int(16) > 0;
    out.push_back(std::move(w));
  }
  return out;
}

}  // namespace

bool IsWorkLogKind(std::string_view k) { return k == "daily" || k == "weekly" || k == "monthly"; }

Result<WorkLog> WorkLogService::Draft(const org::Caller& caller, const std::string& kind, std::optional<LocalDate> date) {
  if (!IsWorkLogKind(kind)) return Status::Validation({{"kind", "invalid_value"}});
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto zone = pool::TenantZone(**lease, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  WorkLog w;
  w.kind = kind;
  w.author_id = caller.user_id;
  std::tie(w.period_start, w.period_end) = PeriodOf(kind, date.value_or(zone->DateOf(clock_.Now())));
  auto stats = ComputeStats(**lease, caller.tenant_id, caller.user_id, zone->StartOf(w.period_start),
                            zone->StartOf(w.period_end + 1));
  if (!stats.ok()) return stats.status();
  w.stats = *stats;
  auto existing = Read(**lease, caller.tenant_id, "w.author_id = $3 AND w.kind = $4 AND w.period_start = $5",
                       {V(caller.tenant_id), V(caller.user_id), V(caller.user_id), V(kind), V(static_cast<std::int64_t>(w.period_start))}, "");
  if (!existing.ok()) return existing.status();
  if (!existing->empty()) {
    WorkLog e = existing->front();
    e.stats = w.stats;
    return e;
  }
  return w;
}

Result<WorkLog> WorkLogService::Submit(const org::Caller& caller, const WorkLogInput& in) {
  std::vector<FieldIssue> issues;
  if (!IsWorkLogKind(in.kind)) issues.push_back({"kind", "invalid_value"});
  if (in.summary.find_first_not_of(" \t\r\n") == std::string::npos) issues.push_back({"summary", "required"});
  for (auto [f, v] : {std::pair{"summary", &in.summary}, std::pair{"plan", &in.plan}, std::pair{"issues", &in.issues}})
    if (v->size() > 20000) issues.push_back({f, "too_long"});
  if (in.customer_ids.size() > 50) issues.push_back({"customerIds", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  const Instant now = clock_.Now();
  Result<WorkLog> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto zone = pool::TenantZone(conn, caller.tenant_id);
    if (!zone.ok()) return zone.status();
    const LocalDate today = zone->DateOf(now);
    const LocalDate date = in.date.value_or(today);
    if (date > today) return Status::Validation({{"date", "invalid_value"}});
    const auto [start, end] = PeriodOf(in.kind, date);
    // Linked customers must be ones the author may see.
    std::string ids;
    for (Id cid : in.customer_ids) {
      auto c = conn.Query("SELECT owner_id FROM customers WHERE tenant_id = $1 AND id = $2 AND deleted_at IS NULL",
                          {V(caller.tenant_id), V(cid)});
      if (!c.ok()) return c.status();
      bool visible = !c->empty();
      if (visible && !c->front().IsNull(0)) {
        auto v = org::CanSeeOwner(conn, caller, c->front().Int(0));
        if (!v.ok()) return v.status();
        visible = *v;
      }
      if (!visible) return Status::Validation({{"customerIds", "invalid_value"}});
      if (!ids.empty()) ids.push_back(',');
      ids += std::to_string(cid);
    }
    auto stats = ComputeStats(conn, caller.tenant_id, caller.user_id, zone->StartOf(start), zone->StartOf(end + 1));
    if (!stats.ok()) return stats.status();
    auto existing = conn.Query(
        "SELECT id FROM work_logs WHERE tenant_id = $1 AND author_id = $2 AND kind = $3 AND period_start = $4",
        {V(caller.tenant_id), V(caller.user_id), V(in.kind), V(static_cast<std::int64_t>(start))});
    if (!existing.ok()) return existing.status();
    Id id = 0;
    if (existing->empty()) {
      id = Ids().Next();
      const char* label = in.kind == "daily" ? "日报" : in.kind == "weekly" ? "周报" : "月报";
      auto item = AddFeedItem(conn, caller.tenant_id, "worklog", caller.user_id, std::nullopt, std::nullopt,
                              std::string(label) + " " + FormatDate(start) + "：" + in.summary.substr(0, 300), now);
      if (!item.ok()) return item.status();
      if (Status w = conn.Exec(
              "INSERT INTO work_logs (tenant_id, id, author_id, kind, period_start, period_end, summary, plan, issues, "
              "stats, customer_ids, feed_item_id, created_at, updated_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, "
              "$10, $11, $12, $13, $13)",
              {V(caller.tenant_id), V(id), V(caller.user_id), V(in.kind), V(static_cast<std::int64_t>(start)),
               V(static_cast<std::int64_t>(end)), V(in.summary), V(in.plan), V(in.issues), V(StatsJson(*stats)), V(ids),
               V(*item), V(now)});
          !w.ok())
        return w;
    } else {
      id = existing->front().Int(0);
      if (Status w = conn.Exec(
              "UPDATE work_logs SET summary = $3, plan = $4, issues = $5, stats = $6, customer_ids = $7, updated_at = $8 "
              "WHERE tenant_id = $1 AND id = $2",
              {V(caller.tenant_id), V(id), V(in.summary), V(in.plan), V(in.issues), V(StatsJson(*stats)), V(ids), V(now)});
          !w.ok())
        return w;
    }
    auto loaded = Read(conn, caller.tenant_id, "w.id = $3", {V(caller.tenant_id), V(caller.user_id), V(id)}, "");
    if (!loaded.ok()) return loaded.status();
    out = loaded->front();
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<Page<WorkLog>> WorkLogService::List(const org::Caller& caller, const WorkLogFilter& f, const PageRequest& page) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  std::string where = "1=1";
  storage::Params params{V(caller.tenant_id), V(caller.user_id)};
  auto next = [&] { return "$" + std::to_string(params.size() + 1); };
  org::ScopeFilter scope = org::OwnerScopeFilter(caller, "w.author_id", static_cast<int>(params.size() + 1));
  where += " AND " + scope.sql;
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  if (f.author_id) {
    where += " AND w.author_id = " + next();
    params.push_back(V(*f.author_id));
  }
  if (!f.kind.empty()) {
    where += " AND w.kind = " + next();
    params.push_back(V(f.kind));
  }
  if (f.from) {
    where += " AND w.period_start >= " + next();
    params.push_back(V(static_cast<std::int64_t>(*f.from)));
  }
  if (f.to) {
    where += " AND w.period_start <= " + next();
    params.push_back(V(static_cast<std::int64_t>(*f.to)));
  }
  if (!page.cursor.empty()) {
    std::string unused;
    Id last = 0;
    if (!DecodeCursor(page.cursor, &unused, &last)) return Status::Validation({{"cursor", "invalid_value"}});
    where += " AND w.id < " + next();
    params.push_back(V(last));
  }
  auto list = Read(**lease, caller.tenant_id, where, params, "ORDER BY w.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<WorkLog> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Result<WorkLog> WorkLogService::Get(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  Result<WorkLog> out = Status::Internal("not loaded");
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto list = Read(conn, caller.tenant_id, "w.id = $3", {V(caller.tenant_id), V(caller.user_id), V(id)}, "");
    if (!list.ok()) return list.status();
    if (list->empty()) return Status::NotFound();
    WorkLog w = list->front();
    auto visible = org::CanSeeOwner(conn, caller, w.author_id);
    if (!visible.ok()) return visible.status();
    if (!*visible) return Status::NotFound();
    if (w.author_id != caller.user_id && !w.read_by_me) {
      if (Status r = conn.Exec(
              "INSERT INTO work_log_reads (tenant_id, log_id, user_id, read_at) VALUES ($1, $2, $3, $4) "
              "ON CONFLICT (tenant_id, log_id, user_id) DO NOTHING",
              {V(caller.tenant_id), V(id), V(caller.user_id), V(now)});
          !r.ok())
        return r;
      w.read_by_me = true;
      ++w.read_count;
    }
    auto readers = conn.Query(
        "SELECT r.user_id, u.name FROM work_log_reads r JOIN users u ON u.tenant_id = r.tenant_id AND u.id = r.user_id "
        "WHERE r.tenant_id = $1 AND r.log_id = $2 ORDER BY r.read_at",
        {V(caller.tenant_id), V(id)});
    if (!readers.ok()) return readers.status();
    for (const auto& row : readers->rows) w.readers.emplace_back(row.Int(0), row.Text(1));
    out = std::move(w);
    return Status::Ok();
  });
  if (!s.ok()) return s;
  return out;
}

Result<std::vector<std::pair<Id, std::string>>> WorkLogService::Missing(const org::Caller& caller,
                                                                       std::optional<LocalDate> date) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto zone = pool::TenantZone(**lease, caller.tenant_id);
  if (!zone.ok()) return zone.status();
  const LocalDate day = date.value_or(zone->DateOf(clock_.Now()));
  org::ScopeFilter scope = org::OwnerScopeFilter(caller, "u.id", 4);
  storage::Params params{V(caller.tenant_id), V(static_cast<std::int64_t>(day)), V(caller.user_id)};
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  auto r = (*lease)->Query(
      "SELECT u.id, u.name FROM users u WHERE u.tenant_id = $1 AND u.status = 'active' AND u.id <> $3 AND " + scope.sql +
          " AND NOT EXISTS (SELECT 1 FROM work_logs w WHERE w.tenant_id = u.tenant_id AND w.author_id = u.id AND "
          "w.kind = 'daily' AND w.period_start = $2) ORDER BY u.name",
      params);
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, std::string>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Int(0), row.Text(1));
  return out;
}

}  // namespace quanke::activity
