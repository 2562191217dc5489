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

// "t.tenant_id = $1 AND <range> AND <counts> [AND t.<user> IN (...)]" with its parameters.
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
    if (f.users->empty()) return where + " AND 1=0";
    where += std::string(" AND t.") + s.user + " IN (" + storage::AppendIds(p, *f.users) + ")";
  }
  return where;
}

}  // namespace

Result<std::map<Id, std::int64_t>> MetricValuesPerUser(Connection& conn, Id tenant_id, const MetricInfo& metric,
                                                       const Range& range) {
  const Source& s = SourceOf(metric);
  Params p;
  RecordFilter f;
  f.range = range;
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
