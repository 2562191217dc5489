#include "domain/activity/work_log_repository.h"

#include <boost/json.hpp>

#include "domain/activity/repository_params.h"
#include "domain/customers/customer_repository.h"
#include "domain/org/policy.h"

namespace quanke::activity {
namespace {
using internal::AppendCursor;
using internal::JoinIds;
using internal::NextPlaceholder;
using internal::SplitIds;
using storage::Connection;
using storage::Params;
using storage::V;
namespace json = boost::json;

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

// The customer_ids column holds the linked customers' ids.
std::string CustomerIds(const WorkLog& w) {
  std::vector<Id> ids;
  for (const auto& [id, name] : w.customers) ids.push_back(id);
  return JoinIds(ids);
}

// $2 is the reader (read_by_me). The author's name and department are joined for the answer
// (org owns them; the joins stay here for the lists).
constexpr const char* kColumns =
    "SELECT w.id, w.author_id, u.name, d.name, w.kind, w.period_start, w.period_end, w.summary, "
    "w.plan, w.issues, w.stats, w.customer_ids, w.feed_item_id, w.created_at, w.updated_at, "
    "(SELECT COUNT(*) FROM work_log_reads r WHERE r.tenant_id = w.tenant_id AND r.log_id = w.id), "
    "(SELECT COUNT(*) FROM work_log_reads r WHERE r.tenant_id = w.tenant_id AND r.log_id = w.id "
    "AND r.user_id = $2) FROM work_logs w LEFT JOIN users u ON u.tenant_id = w.tenant_id AND u.id "
    "= w.author_id LEFT JOIN departments d ON d.tenant_id = u.tenant_id AND d.id = "
    "u.department_id ";

// Logs matching `where` (params from $3 on; $1 is the tenant, $2 the caller) and `tail`.
Result<std::vector<WorkLog>> ReadWorkLogs(Connection& conn, const org::Caller& caller,
                                          const std::string& where, const Params& params,
                                          const std::string& tail) {
  auto r = conn.Query(std::string(kColumns) + "WHERE w.tenant_id = $1 AND " + where + " " + tail,
                      params);
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
    for (Id cid : SplitIds(row.Text(11)))
      w.customers.emplace_back(cid, customers::CustomerName(conn, caller, cid));
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

Result<WorkStats> CountWorkStats(Connection& conn, const org::Caller& caller, Instant from,
                                 Instant to) {
  WorkStats st;
  auto count = [&](const std::string& sql) -> Result<std::int64_t> {
    auto r = conn.Query(sql, {V(caller.tenant_id), V(caller.user_id), V(from), V(to)});
    if (!r.ok()) return r.status();
    return r->front().Int(0);
  };
  auto n = customers::CountCustomersCreated(conn, caller, from, to);
  if (!n.ok()) return n.status();
  st.new_customers = *n;
  n = count(
      "SELECT COUNT(*) FROM follow_ups WHERE tenant_id = $1 AND author_id = $2 AND created_at >= "
      "$3 AND created_at < $4 AND deleted_at IS NULL");
  if (!n.ok()) return n.status();
  st.follow_ups = *n;
  n = count(
      "SELECT COUNT(*) FROM follow_ups WHERE tenant_id = $1 AND author_id = $2 AND created_at >= "
      "$3 AND created_at < $4 AND deleted_at IS NULL AND type = 'visit'");
  if (!n.ok()) return n.status();
  st.visits = *n;
  n = count(
      "SELECT COUNT(DISTINCT customer_id) FROM follow_ups WHERE tenant_id = $1 AND author_id = $2 "
      "AND created_at >= $3 AND created_at < $4 AND deleted_at IS NULL");
  if (!n.ok()) return n.status();
  st.customers_followed = *n;
  return st;
}

Result<WorkLog> GetWorkLog(Connection& conn, const org::Caller& caller, Id id) {
  auto list =
      ReadWorkLogs(conn, caller, "w.id = $3", {V(caller.tenant_id), V(caller.user_id), V(id)}, "");
  if (!list.ok()) return list.status();
  if (list->empty()) return Status::NotFound();
  return list->front();
}

Result<std::optional<WorkLog>> FindOwnWorkLog(Connection& conn, const org::Caller& caller,
                                              const std::string& kind, LocalDate period_start) {
  auto list = ReadWorkLogs(conn, caller, "w.author_id = $3 AND w.kind = $4 AND w.period_start = $5",
                           {V(caller.tenant_id), V(caller.user_id), V(caller.user_id), V(kind),
                            V(static_cast<std::int64_t>(period_start))},
                           "");
  if (!list.ok()) return list.status();
  if (list->empty()) return std::optional<WorkLog>();
  return std::optional<WorkLog>(list->front());
}

Result<std::optional<Id>> OwnWorkLogId(Connection& conn, const org::Caller& caller,
                                       const std::string& kind, LocalDate period_start) {
  auto r = conn.Query(
      "SELECT id FROM work_logs WHERE tenant_id = $1 AND author_id = $2 AND kind = $3 AND "
      "period_start = $4",
      {V(caller.tenant_id), V(caller.user_id), V(kind),
       V(static_cast<std::int64_t>(period_start))});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Id>();
  return std::optional<Id>(r->front().Int(0));
}

Result<Page<WorkLog>> ListWorkLogs(Connection& conn, const org::Caller& caller,
                                   const WorkLogFilter& f, const PageRequest& page) {
  std::string where = "1=1";
  Params params{V(caller.tenant_id), V(caller.user_id)};
  auto next = [&] { return NextPlaceholder(params); };
  org::ScopeFilter scope =
      org::OwnerScopeFilter(caller, "w.author_id", static_cast<int>(params.size() + 1));
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
  if (Status c = AppendCursor(page, " AND w.id < ", where, params); !c.ok()) return c;
  auto list = ReadWorkLogs(conn, caller, where, params,
                           "ORDER BY w.id DESC LIMIT " + std::to_string(page.limit + 1));
  if (!list.ok()) return list.status();
  Page<WorkLog> out;
  out.items = std::move(list.value());
  TrimToPage(out, page.limit);
  return out;
}

Status InsertWorkLog(Connection& conn, const org::Caller& caller, const WorkLog& w) {
  return conn.Exec(
      "INSERT INTO work_logs (tenant_id, id, author_id, kind, period_start, period_end, summary, "
      "plan, issues, stats, customer_ids, feed_item_id, created_at, updated_at) VALUES ($1, $2, "
      "$3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13)",
      {V(caller.tenant_id), V(w.id), V(caller.user_id), V(w.kind),
       V(static_cast<std::int64_t>(w.period_start)), V(static_cast<std::int64_t>(w.period_end)),
       V(w.summary), V(w.plan), V(w.issues), V(StatsJson(w.stats)), V(CustomerIds(w)),
       V(w.feed_item_id), V(w.created_at)});
}

Status UpdateWorkLog(Connection& conn, const org::Caller& caller, const WorkLog& w) {
  return conn.Exec(
      "UPDATE work_logs SET summary = $3, plan = $4, issues = $5, stats = $6, customer_ids = $7, "
      "updated_at = $8 WHERE tenant_id = $1 AND id = $2",
      {V(caller.tenant_id), V(w.id), V(w.summary), V(w.plan), V(w.issues), V(StatsJson(w.stats)),
       V(CustomerIds(w)), V(w.updated_at)});
}

Status MarkWorkLogRead(Connection& conn, const org::Caller& caller, Id log_id, Instant at) {
  return conn.Exec(
      "INSERT INTO work_log_reads (tenant_id, log_id, user_id, read_at) VALUES ($1, $2, $3, $4) ON "
      "CONFLICT (tenant_id, log_id, user_id) DO NOTHING",
      {V(caller.tenant_id), V(log_id), V(caller.user_id), V(at)});
}

Result<std::vector<std::pair<Id, std::string>>> WorkLogReaders(Connection& conn,
                                                               const org::Caller& caller,
                                                               Id log_id) {
  auto r = conn.Query(
      "SELECT r.user_id, u.name FROM work_log_reads r JOIN users u ON u.tenant_id = r.tenant_id "
      "AND u.id = r.user_id WHERE r.tenant_id = $1 AND r.log_id = $2 ORDER BY r.read_at",
      {V(caller.tenant_id), V(log_id)});
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, std::string>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Int(0), row.Text(1));
  return out;
}

Result<std::vector<std::pair<Id, std::string>>> UsersWithoutDailyLog(Connection& conn,
                                                                     const org::Caller& caller,
                                                                     LocalDate day) {
  org::ScopeFilter scope = org::OwnerScopeFilter(caller, "u.id", 4);
  Params params{V(caller.tenant_id), V(static_cast<std::int64_t>(day)), V(caller.user_id)};
  params.insert(params.end(), scope.params.begin(), scope.params.end());
  auto r = conn.Query(
      "SELECT u.id, u.name FROM users u WHERE u.tenant_id = $1 AND u.status = 'active' AND u.id <> "
      "$3 AND " +
          scope.sql +
          " AND NOT EXISTS (SELECT 1 FROM work_logs w WHERE w.tenant_id = u.tenant_id AND "
          "w.author_id = u.id AND w.kind = 'daily' AND w.period_start = $2) ORDER BY u.name",
      params);
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, std::string>> out;
  for (const auto& row : r->rows) out.emplace_back(row.Int(0), row.Text(1));
  return out;
}

}  // namespace quanke::activity
