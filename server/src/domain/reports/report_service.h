#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/clock.h"
#include "core/page.h"
#include "core/status.h"
#include "domain/deals/deal_analysis.h"
#include "domain/org/caller.h"
#include "domain/reports/metrics.h"
#include "domain/reports/report_repository.h"
#include "storage/database.h"

namespace quanke::reports {

// A report's days: a preset, or from + to (docs/api-targets.md "Ranges"); neither is thisMonth.
struct RangeQuery {
  std::optional<std::string> preset;
  std::optional<LocalDate> from, to;
};

// The range of `q` in the tenant's zone on the day of `now`; `all` starts on 2000-01-01 (imported
// records may predate the tenant). validation.failed: `preset` invalid_value when unknown or given with from/to;
// `from`/`to` invalid_value when only one is given, from > to, or to is 3 years or more after from.
Result<Range> ResolveRange(const TimeZone& zone, Instant now, const RangeQuery& q);

struct MetricsQuery {
  std::vector<const MetricInfo*> metrics;  // empty: every metric
  RangeQuery range;
  std::optional<Id> department_id;  // default: the company, or the caller's department when narrower
  bool group_by_user = false;       // else by department
  std::optional<std::string> sort;  // a metric key among `metrics`, "-" for descending
  CustomerLevels customer_levels;   // 客户类型: empty for every customer
};

struct ReportRow {
  std::string kind;  // "department" | "user"
  Id id = 0;
  std::string name;
  std::optional<std::string> department_name;  // user rows: the person's department
  std::vector<std::int64_t> values;            // in the order of MetricReport::metrics
  int rank = 0;
};

struct MetricReport {
  Range range;
  CustomerLevels customer_levels;  // as asked
  Instant as_of = 0;
  std::optional<Id> department_id;  // nullopt: the company
  std::string department_name;      // the company's name at the company level
  std::vector<const MetricInfo*> metrics;
  std::vector<std::int64_t> total;  // Σ rows
  std::vector<ReportRow> rows;      // by `sort`, ranks shared by ties
};

struct RecordsQuery {
  const MetricInfo* metric = nullptr;
  RangeQuery range;
  std::optional<Id> user_id, department_id;  // at most one; neither: the caller's scope
  CustomerLevels customer_levels;             // 客户类型: empty for every customer
};

struct RecordsExport {
  Range range;
  std::string zone;  // the tenant's time zone (the sheet's local times)
  std::vector<MetricRecord> records;
};

// The customer reports (docs/api-targets.md "Customers"): the customers GET /customers lists
// (owned, in the caller's scope), below a department when given.
struct CustomerDistribution {
  std::string by;  // province, city, industry, level, source or status
  std::optional<Id> department_id;
  std::vector<std::string> provinces;  // the filter, as asked
  CustomerLevels customer_levels;      // the filter, as asked
  Instant as_of = 0;
  std::int64_t total = 0;  // Σ items
  std::vector<std::pair<std::string, std::int64_t>> items;  // value ("" when not filled) and count, largest first
};
struct CustomerOverview {
  std::optional<Id> department_id;
  CustomerLevels customer_levels;  // the filter, as asked
  Instant as_of = 0;
  LocalDate today = 0;
  std::int64_t total = 0, new_yesterday = 0, new_this_month = 0;
  std::vector<std::pair<LocalDate, std::int64_t>> trend;  // created per day, the 30 days up to today
};

// The reports of docs/api-targets.md over the people in the caller's data scope
// (PeopleInScope). Thread-safe.
class ReportService {
 public:
  ReportService(storage::Database& db, const Clock& clock) : db_(db), clock_(clock) {}

  // report.view. permission.denied: departmentId outside the scope; not_found: unknown
  // department; validation.failed: the range's, `sort` invalid_value when not a chosen metric.
  // A caller who sees the whole company may get an answer up to a minute old (asOf says when
  // it was computed; deals::RecentAnswers); everyone else's is read now.
  Result<MetricReport> MetricsReport(const org::Caller& caller, const MetricsQuery& q);
  // The same with report.export, audited "report.export" (report "metrics" and its filters).
  Result<MetricReport> ExportMetrics(const org::Caller& caller, const MetricsQuery& q);
  // report.view. The records of one metric, newest first, with their total. As MetricsReport;
  // userId: permission.denied outside the scope, not_found when not a user of the tenant;
  // validation.failed `userId` invalid_value when given with departmentId, `cursor` when malformed.
  Result<Page<MetricRecord>> Records(const org::Caller& caller, const RecordsQuery& q, const PageRequest& page);
  // Every record (report.export, audited "report.export", report "records"); 400
  // report.too_large (details.limit, details.total) above kMaxExportRows.
  Result<RecordsExport> ExportRecords(const org::Caller& caller, const RecordsQuery& q);

  // report.view. The customers' distribution by one column (validation.failed `by`
  // invalid_value for another), and the overview: how many, how many new yesterday and this
  // month, and per day over the last 30 days (still present, by creation time in the tenant's
  // zone). departmentId as in MetricsReport; `provinces` (at most 20) keeps the customers whose
  // province is one of them, `levels` those of one of these levels. Whole-company answers are
  // shared for up to a minute.
  Result<CustomerDistribution> CustomersBy(const org::Caller& caller, const std::string& by,
                                           std::optional<Id> department_id,
                                           const std::vector<std::string>& provinces = {},
                                           const CustomerLevels& levels = {});
  Result<CustomerOverview> CustomersOverview(const org::Caller& caller, std::optional<Id> department_id,
                                             const CustomerLevels& levels = {});

  static constexpr std::int64_t kMaxExportRows = 100000;

 private:
  Result<MetricReport> Compute(const org::Caller& caller, const MetricsQuery& q, Instant now);

  storage::Database& db_;
  const Clock& clock_;
  deals::RecentAnswers<MetricReport> company_;
  deals::RecentAnswers<CustomerDistribution> company_customers_by_;
  deals::RecentAnswers<CustomerOverview> company_overview_;
};

}  // namespace quanke::reports
