// The metrics' SQL: one Source per metric (the table, the person, the instant, which rows count
// and what they add up to), read by both the per-user sums and the records list, so a number and
// the records behind it never disagree. Each source is a read of the owning module's table
// (docs/architecture.md, "Table ownership"); the records join customer, user and contract names
// for what the list shows.
#include "domain/reports/report_repository.h"

#include <string_view>

#include "storage/keyset.h"

namespace quanke::reports {
namespace {
using storage::Connection;
using storage::Params;
using storage::V;

struct Source {
  std::string_view metric;
  const char* kind;      // the records' kind
  const char* table;     // read as `t`
  const char* user;      // the person's column
  const char* time;      // the instant column, or the date column when `dated`
  bool dated;            // `time` holds a local date "YYYY-MM-DD" (receipts)
  const char* counts;    // which rows count (after the tenant and the range)
  const char* value;     // the per-user figure
  const char* title;     // the record's title
  const char* customer;  // the record's customer id column, or "NULL"
  const char* amount;    // the record's amount in fen, or "NULL"
  const char* join;      // joins for the title
  // The record's customer id without `join` (the sums read the table alone), when `customer`
  // needs the join; null: `customer` itself.
  const char* customer_alone = nullptr;
};

// The same definitions as the work-log statistics (activity::CountWorkStats,
// contracts::OwnerMoneyStats) where they overlap; docs/api-targets.md, "Metrics".
constexpr Source kSources[] = {
    {"contractAmountFen", "contract", "contracts", "owner_id", "activated_at", false,
     "t.activated_at IS NOT NULL AND t.deleted_at IS NULL", "SUM(t.total_fen)", "t.name", "t.customer_id",
     "t.total_fen", ""},
    {"paymentAmountFen", "receipt", "receipts", "owner_id", "received_on", true,
     "t.status = 'confirmed' AND t.deleted_at IS NULL", "SUM(t.amount_fen)", "COALESCE(c.name, '')",
     "t.customer_id", "t.amount_fen",
     // The receipt's contract names it (contracts, the same module's table).
     " LEFT JOIN contracts c ON c.tenant_id = t.tenant_id AND c.id = t.contract_id"},
    // Deleted customers count: the work was done.
    {"newCustomers", "customer", "customers", "created_by", "created_at", false, "t.created_by IS NOT NULL",
     "COUNT(*)", "t.name", "t.id", "NULL", ""},
    // Contacts added by a person (created_by: written since migration 0040), deleted or not, as customers.
    {"newContacts", "contact", "contacts", "created_by", "created_at", false, "t.created_by IS NOT NULL", "COUNT(*)",
     "t.name", "t.customer_id", "NULL", ""},
    {"followUps", "followUp", "follow_ups", "author_id", "created_at", false, "t.deleted_at IS NULL", "COUNT(*)",
     "SUBSTR(t.text, 1, 100)", "NULLIF(t.customer_id, 0)", "NULL", ""},
    {"visits", "followUp", "follow_ups", "author_id", "created_at", false,
     "t.deleted_at IS NULL AND t.type = 'visit'", "COUNT(*)", "SUBSTR(t.text, 1, 100)", "NULLIF(t.customer_id, 0)", "NULL",
     ""},
    // A lead's follow-ups have customer 0 (activity::WriteLeadFollowUp): no customer.
    // The records of customersVisited are the visits; the figure counts their distinct customers.
    {"customersVisited", "followUp", "follow_ups", "author_id", "created_at", false,
     "t.deleted_at IS NULL AND t.type = 'visit'", "COUNT(DISTINCT NULLIF(t.customer_id, 0))", "SUBSTR(t.text, 1, 100)",
     "NULLIF(t.customer_id, 0)", "NULL", ""},
    {"newOpportunities", "opportunity", "opportunities", "owner_id", "created_at", false, "t.deleted_at IS NULL",
     "COUNT(*)", "t.name", "t.customer_id", "t.amount_fen", ""},
    // A person's forward moves of opportunities (the stage history; a move to a won stage too):
    // the records are the moves, titled with the opportunity and the stage reached.
    {"advancedOpportunities", "stageChange", "opportunity_stage_changes", "user_id", "at", false,
     "t.direction = 'forward' AND t.user_id IS NOT NULL", "COUNT(*)", "COALESCE(o.name, '') || ' → ' || t.to_name",
     "o.customer_id", "t.amount_fen",
     // The opportunity (deals, the module that writes both tables) names the move.
     " LEFT JOIN opportunities o ON o.tenant_id = t.tenant_id AND o.id = t.opportunity_id",
     "(SELECT o2.customer_id FROM opportunities o2 WHERE o2.tenant_id = t.tenant_id AND o2.id = t.opportunity_id)"},
    {"wonOpportunities", "opportunity", "opportunities", "owner_id", "closed_at", false,
     "t.status = 'won' AND t.deleted_at IS NULL", "COUNT(*)", "t.name", "t.customer_id", "t.amount_fen", ""},
    {"wonAmountFen", "opportunity", "opportunities", "owner_id", "closed_at", false,
     "t.status = 'won' AND t.deleted_at IS NULL", "SUM(t.amount_fen)", "t.name", "t.customer_id", "t.amount_fen",
     ""},
    {"newLeads", "lead", "leads", "created_by", "created_at", false,
     "t.created_by IS NOT NULL AND t.deleted_at IS NULL", "COUNT(*)",
     "CASE WHEN t.company <> '' THEN t.company ELSE t.name END", "t.customer_id", "NULL", ""},
    // A converted lead counts for its owner, deleted or not (the doc names no deletion here).
    {"convertedLeads", "lead", "leads", "owner_id", "converted_at", false,
     "t.converted_at IS NOT NULL AND t.owner_id IS NOT NULL", "COUNT(*)",
     "CASE WHEN t.company <> '' THEN t.company ELSE t.name END", "t.customer_id", "NULL", ""},
    {"workLogs", "workLog", "work_logs", "author_id", "created_at", false, "1=1", "COUNT(*)",
     "SUBSTR(t.summary, 1, 100)", "NULL", "NULL", ""},
};

const Source& SourceOf(const MetricInfo& metric) {
  for (const auto& s : kSources)
    if (s.metric == metric.key) return s;
  return kSources[0];  // unreachable: every catalogue key has a source (metrics_test.cc)
}

// "t.tenant_id = $1 AND <range> AND <counts> [AND t.<user> IN (...)] [AND <customer levels>]" with
// its parameters.
std::string Where(const Source& s, Id tenant_id, const RecordFilter& f, Params& p) {
  p = {V(tenant_id)};
  const std::string time = std::string("t.") + s.time;
  std::string where = "t.tenant_id = $1 AND " + time + " >= $2 AND " + time + (s.dated ? " <= $3" : " < $3");
  if (s.dated) {
    p.push_back(V(FormatDate(f.range.first)));
    p.push_back(V(FormatDate(f.range.last)));
  } else {
    p.push_back(V(f.range.from));
    p.push_back(V(f.range.to));
  }
  where += std::string(" AND ") + s.counts;
  if (f.users) {
    std::string any;
    if (!f.users->empty()) any = std::string("t.") + s.user + " IN (" + storage::AppendIds(p, *f.users) + ")";
    for (const auto& [user, days] : f.stays) {
      p.push_back(V(user));
      any += (any.empty() ? "(t." : " OR (t.") + std::string(s.user) + " = $" + std::to_string(p.size());
      if (s.dated) {
        p.push_back(V(FormatDate(days.first)));
        p.push_back(V(FormatDate(days.last)));
      } else {
        p.push_back(V(days.from));
        p.push_back(V(days.to));
      }
      any += " AND " + time + " >= $" + std::to_string(p.size() - 1) + " AND " + time + (s.dated ? " <= $" : " < $") +
             std::to_string(p.size()) + ")";
    }
    if (any.empty()) return where + " AND 1=0";
    where += " AND (" + any + ")";
  }
  if (!f.customer_levels.empty()) {
    // The record's customer (customers: its module's table) has one of the levels; a record without
    // a customer (s.customer NULL) has none.
    std::string in;
    for (const auto& level : f.customer_levels) {
      p.push_back(V(level));
      in += (in.empty() ? "$" : ", $") + std::to_string(p.size());
    }
    where += " AND EXISTS (SELECT 1 FROM customers lv WHERE lv.tenant_id = t.tenant_id AND lv.id = " +
             std::string(s.customer_alone ? s.customer_alone : s.customer) + " AND lv.level IN (" + in + "))";
  }
  return where;
}

}  // namespace

Result<std::map<Id, std::int64_t>> MetricValuesPerUser(Connection& conn, Id tenant_id, const MetricInfo& metric,
                                                       const Range& range, const std::vector<Id>* users,
                                                       const CustomerLevels& levels) {
  const Source& s = SourceOf(metric);
  Params p;
  RecordFilter f;
  f.range = range;
  if (users) f.users = *users;
  f.customer_levels = levels;
  const std::string where = Where(s, tenant_id, f, p);
  return storage::ValuesByKey(conn,
                              std::string("SELECT t.") + s.user + ", " + s.value + " FROM " + s.table + " t WHERE " +
                                  where + " GROUP BY t." + s.user,
                              p);
}

Result<Page<MetricRecord>> ListMetricRecords(Connection& conn, Id tenant_id, const TimeZone& zone,
                                             const RecordFilter& f, const PageRequest& page) {
  const Source& s = SourceOf(*f.metric);
  Params p;
  const std::string where = Where(s, tenant_id, f, p);
  const std::string time = std::string("t.") + s.time;
  PageRequest newest = page;
  newest.descending = true;
  auto select = [&](Params&) {
    // Customer and user names joined for the list (customers, users: their modules' tables).
    return std::string("SELECT t.id, ") + time + ", " + s.title + ", " + s.customer + ", COALESCE(cu.name, ''), t." +
           s.user + ", COALESCE(u.name, ''), " + s.amount + " FROM " + s.table + " t" + s.join +
           " LEFT JOIN customers cu ON cu.tenant_id = t.tenant_id AND cu.id = " + s.customer +
           " LEFT JOIN users u ON u.tenant_id = t.tenant_id AND u.id = t." + s.user;
  };
  auto read = [&](const storage::Row& row) {
    MetricRecord r;
    r.kind = s.kind;
    r.id = row.Int(0);
    if (s.dated) {
      LocalDate d = 0;
      ParseDate(row.Text(1), &d);
      r.at = zone.StartOf(d);
    } else {
      r.at = row.Int(1);
    }
    r.title = row.Text(2);
    r.customer_id = row.OptInt(3);
    r.customer_name = row.Text(4);
    r.user_id = row.Int(5);
    r.user_name = row.Text(6);
    r.amount_fen = row.OptInt(7);
    return r;
  };
  auto sort_value = [&](const MetricRecord& r) {
    return s.dated ? FormatDate(zone.DateOf(r.at)) : std::to_string(r.at);
  };
  return storage::KeysetPage<MetricRecord>(conn, newest, where, p, std::string(s.table) + " t", time, s.dated,
                                           "t.id", select, read, sort_value);
}

Result<std::int64_t> CountMetricRecords(Connection& conn, Id tenant_id, const RecordFilter& f) {
  const Source& s = SourceOf(*f.metric);
  Params p;
  const std::string where = Where(s, tenant_id, f, p);
  auto r = conn.Query(std::string("SELECT COUNT(*) FROM ") + s.table + " t WHERE " + where, p);
  if (!r.ok()) return r.status();
  return r->front().Int(0);
}

}  // namespace quanke::reports

namespace quanke::reports {
namespace {

// The local day of a source row as days since 1970-01-01: the instant shifted by the span's one
// UTC offset, or a receipt's date; a span without an offset is one day, named as it is.
std::string DayOf(Connection& conn, const Source& s, const Range& span, const std::optional<std::int64_t>& offset_ms,
                  Params& p) {
  if (!offset_ms) {
    p.push_back(V(static_cast<std::int64_t>(span.first)));
    return "CAST($" + std::to_string(p.size()) + " AS BIGINT)";
  }
  if (s.dated)
    return conn.backend() == storage::Backend::kPostgres
               ? std::string("(CAST(t.") + s.time + " AS DATE) - DATE '1970-01-01')"
               : std::string("CAST(julianday(t.") + s.time + ") - 2440587.5 AS INTEGER)";
  p.push_back(V(*offset_ms));
  return std::string("((t.") + s.time + " + CAST($" + std::to_string(p.size()) + " AS BIGINT)) / 86400000)";
}

}  // namespace

Result<std::optional<MetricState>> ReadMetricState(Connection& conn, Id tenant_id) {
  auto r = conn.Query(
      "SELECT zone, first_day, sealed_through, checked_through, refreshed_at FROM metric_state WHERE tenant_id = $1",
      {V(tenant_id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<MetricState>();
  const auto& row = r->front();
  MetricState s;
  s.tenant_id = tenant_id;
  s.zone = row.Text(0);
  s.first_day = static_cast<LocalDate>(row.Int(1));
  s.sealed_through = static_cast<LocalDate>(row.Int(2));
  s.checked_through = static_cast<LocalDate>(row.Int(3));
  s.refreshed_at = row.Int(4);
  return std::optional<MetricState>(s);
}

Status WriteMetricState(Connection& conn, const MetricState& s, Instant sealed_before) {
  return conn.Exec(
      "INSERT INTO metric_state (tenant_id, zone, first_day, sealed_through, checked_through, sealed_before, "
      "sealed_before_date, refreshed_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (tenant_id) DO UPDATE "
      "SET zone = excluded.zone, first_day = excluded.first_day, sealed_through = excluded.sealed_through, "
      "checked_through = excluded.checked_through, sealed_before = excluded.sealed_before, "
      "sealed_before_date = excluded.sealed_before_date, refreshed_at = excluded.refreshed_at",
      {V(s.tenant_id), V(s.zone), V(static_cast<std::int64_t>(s.first_day)),
       V(static_cast<std::int64_t>(s.sealed_through)), V(static_cast<std::int64_t>(s.checked_through)),
       V(sealed_before), V(FormatDate(s.sealed_through + 1)), V(s.refreshed_at)});
}

Result<std::vector<MetricMark>> ReadMetricMarks(Connection& conn, Id tenant_id, int limit) {
  auto r = conn.Query("SELECT id, at, on_date FROM metric_dirty WHERE tenant_id = $1 ORDER BY id LIMIT $2",
                      {V(tenant_id), V(static_cast<std::int64_t>(limit))});
  if (!r.ok()) return r.status();
  std::vector<MetricMark> out;
  for (const auto& row : r->rows) out.push_back(MetricMark{row.Int(0), row.OptInt(1), row.OptText(2)});
  return out;
}

Status DeleteMetricMarks(Connection& conn, Id tenant_id, const std::vector<Id>& ids) {
  if (ids.empty()) return Status::Ok();
  Params p{V(tenant_id)};
  const std::string in = storage::AppendIds(p, ids);
  return conn.Exec("DELETE FROM metric_dirty WHERE tenant_id = $1 AND id IN (" + in + ")", p);
}

Status WipeMetricAggregate(Connection& conn, Id tenant_id) {
  for (const char* table : {"metric_days", "metric_months", "metric_dirty", "metric_state"})
    if (Status s = conn.Exec(std::string("DELETE FROM ") + table + " WHERE tenant_id = $1", {V(tenant_id)}); !s.ok())
      return s;
  return Status::Ok();
}

Result<std::optional<LocalDate>> EarliestMetricDay(Connection& conn, Id tenant_id, const TimeZone& zone) {
  std::optional<LocalDate> out;
  for (const auto& s : kSources) {
    auto r = conn.Query(std::string("SELECT MIN(t.") + s.time + ") FROM " + s.table + " t WHERE t.tenant_id = $1",
                        {V(tenant_id)});
    if (!r.ok()) return r.status();
    if (r->front().IsNull(0)) continue;
    LocalDate day = 0;
    if (s.dated && !ParseDate(r->front().Text(0), &day)) continue;  // a receipt's date
    if (!s.dated) day = zone.DateOf(r->front().Int(0));
    if (!out || day < *out) out = day;
  }
  return out;
}

Status WriteMetricDays(Connection& conn, Id tenant_id, const Range& span, std::optional<std::int64_t> offset_ms) {
  for (const auto& m : Metrics()) {
    if (!m.additive) continue;
    const Source& s = SourceOf(m);
    if (Status d = conn.Exec("DELETE FROM metric_days WHERE tenant_id = $1 AND metric = $2 AND day >= $3 AND day <= $4",
                             {V(tenant_id), V(std::string(m.key)), V(static_cast<std::int64_t>(span.first)),
                              V(static_cast<std::int64_t>(span.last))});
        !d.ok())
      return d;
    Params p;
    RecordFilter f;
    f.range = span;
    const std::string where = Where(s, tenant_id, f, p);
    const std::string day = DayOf(conn, s, span, offset_ms, p);
    // The metric's key is a constant of the catalogue, not input.
    if (Status w = conn.Exec(std::string("INSERT INTO metric_days (tenant_id, metric, day, user_id, value) SELECT "
                                         "t.tenant_id, '") +
                                 m.key + "', " + day + ", t." + s.user + ", " + s.value + " FROM " + s.table +
                                 " t WHERE " + where + " GROUP BY t.tenant_id, " + (offset_ms ? day + ", " : "") + "t." + s.user +
                                 " HAVING " + s.value + " <> 0",
                             p);
        !w.ok())
      return w;
  }
  return Status::Ok();
}

Status RollUpMetricMonth(Connection& conn, Id tenant_id, LocalDate first, LocalDate last) {
  for (const auto& m : Metrics()) {
    if (!m.additive) continue;
    const Params p{V(tenant_id), V(std::string(m.key)), V(static_cast<std::int64_t>(first)),
                   V(static_cast<std::int64_t>(last))};
    if (Status d = conn.Exec("DELETE FROM metric_months WHERE tenant_id = $1 AND metric = $2 AND month = $3",
                             {p[0], p[1], p[2]});
        !d.ok())
      return d;
    if (Status w = conn.Exec(
            "INSERT INTO metric_months (tenant_id, metric, month, user_id, value) SELECT tenant_id, metric, "
            "CAST($3 AS BIGINT), user_id, SUM(value) FROM metric_days WHERE tenant_id = $1 AND metric = $2 AND "
            "day >= $3 AND day <= $4 GROUP BY tenant_id, metric, user_id",
            p);
        !w.ok())
      return w;
  }
  return Status::Ok();
}

Result<std::map<Id, std::int64_t>> SumMetricAggregate(Connection& conn, Id tenant_id, const MetricInfo& metric,
                                                      const std::vector<DaySpan>& months,
                                                      const std::vector<DaySpan>& days, const std::vector<Id>* users) {
  // One SELECT per span (a range of the key each), not an OR the planners would read as a scan;
  // a caller's people through the (metric, user, day) indexes, each person's range.
  if (users && users->empty()) return std::map<Id, std::int64_t>();
  Params p{V(tenant_id), V(std::string(metric.key))};
  const std::string people = users ? " AND user_id IN (" + storage::AppendIds(p, *users) + ")" : "";
  std::string parts;
  auto add = [&](const char* table, const char* column, const DaySpan& span) {
    p.push_back(V(static_cast<std::int64_t>(span.first)));
    p.push_back(V(static_cast<std::int64_t>(span.last)));
    if (!parts.empty()) parts += " UNION ALL ";
    parts += std::string("SELECT user_id, value FROM ") + table + " WHERE tenant_id = $1 AND metric = $2" + people +
             " AND " + column + " >= $" + std::to_string(p.size() - 1) + " AND " + column + " <= $" +
             std::to_string(p.size());
  };
  for (const auto& m : months) add("metric_months", "month", m);
  for (const auto& d : days) add("metric_days", "day", d);
  if (parts.empty()) return std::map<Id, std::int64_t>();
  return storage::ValuesByKey(conn, "SELECT user_id, SUM(value) FROM (" + parts + ") x GROUP BY user_id", p);
}

Result<std::optional<std::map<Id, std::int64_t>>> CustomersVisitedFromPairs(Connection& conn, Id tenant_id,
                                                                            const Range& range,
                                                                            const std::vector<Id>* users) {
  auto later = conn.Query("SELECT 1 FROM visit_pairs WHERE tenant_id = $1 AND last_at >= $2 LIMIT 1",
                          {V(tenant_id), V(range.to)});
  if (!later.ok()) return later.status();
  if (!later->empty()) return std::optional<std::map<Id, std::int64_t>>();
  if (users && users->empty()) return std::optional<std::map<Id, std::int64_t>>(std::map<Id, std::int64_t>());
  Params p{V(tenant_id), V(range.from)};
  const std::string people = users ? " AND user_id IN (" + storage::AppendIds(p, *users) + ")" : "";
  auto counts = storage::ValuesByKey(
      conn,
      "SELECT user_id, COUNT(*) FROM visit_pairs WHERE tenant_id = $1" + people + " AND last_at >= $2 GROUP BY user_id",
      p);
  if (!counts.ok()) return counts.status();
  return std::optional<std::map<Id, std::int64_t>>(std::move(*counts));
}

Status RebuildVisitPairs(Connection& conn, Id tenant_id) {
  if (Status d = conn.Exec("DELETE FROM visit_pairs WHERE tenant_id = $1", {V(tenant_id)}); !d.ok()) return d;
  return conn.Exec(
      "INSERT INTO visit_pairs (tenant_id, user_id, customer_id, last_at) SELECT tenant_id, author_id, customer_id, "
      "MAX(created_at) FROM follow_ups WHERE tenant_id = $1 AND type = 'visit' AND deleted_at IS NULL AND "
      "customer_id <> 0 GROUP BY tenant_id, author_id, customer_id",
      {V(tenant_id)});
}

}  // namespace quanke::reports
