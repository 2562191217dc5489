// The reports (docs/api-targets.md "Reports"): the metric catalogue, the metrics report, the
// records behind a number, and both as .xlsx downloads.
#include <boost/json.hpp>

#include <algorithm>

#include "core/text_list.h"
#include "domain/customers/customer_types.h"
#include "domain/reports/report_service.h"
#include "http/json_io.h"
#include "http/report_json.h"
#include "http/router.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace {

constexpr int kDefaultRecordsLimit = 50;

// preset, from, to; a malformed date is invalid_value.
reports::RangeQuery ReadRange(const Request& req, std::vector<FieldIssue>& issues) {
  reports::RangeQuery q;
  if (auto preset = req.Query("preset"); preset && !preset->empty()) q.preset = *preset;
  for (auto [name, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    auto text = req.Query(name);
    if (!text || text->empty()) continue;
    LocalDate d = 0;
    if (ParseDate(*text, &d))
      *out = d;
    else
      issues.push_back({name, "invalid_value"});
  }
  return q;
}

void ReadId(const Request& req, const char* name, std::optional<Id>* out, std::vector<FieldIssue>& issues) {
  auto id = ReadIdQuery(req, name);
  if (id.ok())
    *out = *id;
  else
    issues.push_back({name, "invalid_value"});
}

// customerLevels (客户类型): a comma list of customer levels (A, B, C, D); another is invalid_value.
reports::CustomerLevels ReadLevels(const Request& req, std::vector<FieldIssue>& issues) {
  reports::CustomerLevels out;
  for (auto& level : SplitList(req.Query("customerLevels").value_or(""))) {
    if (!customers::IsLevel(level)) {
      issues.push_back({"customerLevels", "invalid_value"});
      return {};
    }
    if (std::find(out.begin(), out.end(), level) == out.end()) out.push_back(std::move(level));
  }
  std::sort(out.begin(), out.end());  // one question, one spelling (the shared answers' key)
  return out;
}

Result<reports::MetricsQuery> ReadMetricsQuery(const Request& req) {
  reports::MetricsQuery q;
  std::vector<FieldIssue> issues;
  const std::string list = req.Query("metrics").value_or("");
  for (size_t start = 0; start < list.size();) {
    size_t comma = list.find(',', start);
    if (comma == std::string::npos) comma = list.size();
    const reports::MetricInfo* m = reports::FindMetric(std::string_view(list).substr(start, comma - start));
    if (!m) {
      issues.push_back({"metrics", "invalid_value"});
      break;
    }
    if (std::find(q.metrics.begin(), q.metrics.end(), m) == q.metrics.end()) q.metrics.push_back(m);
    start = comma + 1;
  }
  q.range = ReadRange(req, issues);
  ReadId(req, "departmentId", &q.department_id, issues);
  const std::string group_by = req.Query("groupBy").value_or("department");
  if (group_by != "department" && group_by != "user") issues.push_back({"groupBy", "invalid_value"});
  q.group_by_user = group_by == "user";
  if (auto sort = req.Query("sort"); sort && !sort->empty()) q.sort = *sort;
  q.customer_levels = ReadLevels(req, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return q;
}

Result<reports::RecordsQuery> ReadRecordsQuery(const Request& req) {
  reports::RecordsQuery q;
  std::vector<FieldIssue> issues;
  const auto metric = req.Query("metric");
  if (!metric || metric->empty())
    issues.push_back({"metric", "required"});
  else if (!(q.metric = reports::FindMetric(*metric)))
    issues.push_back({"metric", "invalid_value"});
  q.range = ReadRange(req, issues);
  ReadId(req, "userId", &q.user_id, issues);
  ReadId(req, "departmentId", &q.department_id, issues);
  q.customer_levels = ReadLevels(req, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return q;
}

// The sheets' words in the caller's language.
struct SheetText {
  const char* metrics_sheet;
  const char* name;
  const char* department;
  const char* total;
  const char* records_sheet;
  const char* record_columns[6];
  const std::map<std::string_view, const char*> metric_names;
};
const SheetText kZh{"业绩统计", "名称", "部门", "合计", "明细",
                    {"时间", "类型", "标题", "客户", "人员", "金额（元）"},
                    {{"contractAmountFen", "合同金额（元）"},
                     {"paymentAmountFen", "回款金额（元）"},
                     {"newCustomers", "新增客户"},
                     {"newContacts", "新增联系人"},
                     {"followUps", "跟进次数"},
                     {"visits", "拜访次数"},
                     {"customersVisited", "拜访客户数"},
                     {"newOpportunities", "新增商机"},
                     {"advancedOpportunities", "推进商机"},
                     {"wonOpportunities", "赢单数"},
                     {"wonAmountFen", "赢单金额（元）"},
                     {"newLeads", "新增线索"},
                     {"convertedLeads", "转化线索"},
                     {"workLogs", "日志数"}}};
const SheetText kEn{"Metrics", "Name", "Department", "Total", "Records",
                    {"Time", "Kind", "Title", "Customer", "Person", "Amount (yuan)"},
                    {{"contractAmountFen", "Contract amount (yuan)"},
                     {"paymentAmountFen", "Payments (yuan)"},
                     {"newCustomers", "New customers"},
                     {"newContacts", "New contacts"},
                     {"followUps", "Follow-ups"},
                     {"visits", "Visits"},
                     {"customersVisited", "Customers visited"},
                     {"newOpportunities", "New opportunities"},
                     {"advancedOpportunities", "Opportunities advanced"},
                     {"wonOpportunities", "Won opportunities"},
                     {"wonAmountFen", "Won amount (yuan)"},
                     {"newLeads", "New leads"},
                     {"convertedLeads", "Converted leads"},
                     {"workLogs", "Work logs"}}};

// A figure as its sheet shows it: money in yuan, counts as they are.
XlsxCell Figure(const reports::MetricInfo& m, std::int64_t v) {
  return m.fen ? static_cast<double>(v) / 100 : static_cast<double>(v);
}

std::vector<std::vector<XlsxCell>> MetricRows(const reports::MetricReport& r, const SheetText& t) {
  std::vector<XlsxCell> header{std::string(t.name), std::string(t.department)};
  for (const auto* m : r.metrics) header.emplace_back(std::string(t.metric_names.at(m->key)));
  std::vector<std::vector<XlsxCell>> rows{std::move(header)};
  auto values = [&](std::vector<XlsxCell> row, const std::vector<std::int64_t>& v) {
    for (size_t i = 0; i < r.metrics.size(); ++i) row.push_back(Figure(*r.metrics[i], v[i]));
    return row;
  };
  for (const auto& row : r.rows)
    rows.push_back(values({row.name, row.department_name ? XlsxCell(*row.department_name) : XlsxCell(std::monostate{})},
                          row.values));
  rows.push_back(values({std::string(t.total), r.department_name}, r.total));
  return rows;
}

// "2026-12-06 09:30" in the tenant's zone.
std::string LocalTime(const TimeZone& zone, Instant at) {
  const LocalDate d = zone.DateOf(at);
  const std::int64_t minutes = (at - zone.StartOf(d)) / 60000;
  char hm[16];
  std::snprintf(hm, sizeof hm, " %02d:%02d", static_cast<int>(minutes / 60 % 100), static_cast<int>(minutes % 60));
  return FormatDate(d) + hm;
}

// Every signed-in person: the targets' pages name the metrics too.
Result<Response> Catalogue(Context&) {
  return JsonResponse(200, MetricCatalogueJson());
}

Result<Response> MetricsReport(Context& ctx) {
  auto q = ReadMetricsQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto r = ctx.services.reports.MetricsReport(ctx.caller, *q);
  if (!r.ok()) return r.status();
  return JsonResponse(200, MetricReportJson(*r));
}

Result<Response> MetricsExport(Context& ctx) {
  auto q = ReadMetricsQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto r = ctx.services.reports.ExportMetrics(ctx.caller, *q);
  if (!r.ok()) return r.status();
  const SheetText& t = ctx.language == "en" ? kEn : kZh;
  auto bytes = XlsxOneSheet(t.metrics_sheet, MetricRows(*r, t));
  if (!bytes.ok()) return bytes.status();
  return XlsxDownload(std::move(*bytes),
                      "metrics-" + FormatDate(r->range.first) + "-" + FormatDate(r->range.last) + ".xlsx");
}

Result<Response> Records(Context& ctx) {
  auto q = ReadRecordsQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto page = ReadPageRequest(ctx.req, "at", {"at"});
  if (!page.ok()) return page.status();
  if (!ctx.req.Query("limit")) page->limit = kDefaultRecordsLimit;
  auto r = ctx.services.reports.Records(ctx.caller, *q, *page);
  if (!r.ok()) return r.status();
  return JsonResponse(200, ListJson(*r, MetricRecordJson));
}

Result<Response> RecordsExport(Context& ctx) {
  auto q = ReadRecordsQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto r = ctx.services.reports.ExportRecords(ctx.caller, *q);
  if (!r.ok()) return r.status();
  const auto zone = TimeZone::Find(r->zone);
  if (!zone.ok()) return zone.status();
  const SheetText& t = ctx.language == "en" ? kEn : kZh;
  std::vector<std::vector<XlsxCell>> rows{{}};
  for (const char* c : t.record_columns) rows[0].emplace_back(std::string(c));
  for (const auto& rec : r->records)
    rows.push_back({LocalTime(*zone, rec.at), rec.kind, rec.title,
                    rec.customer_id ? XlsxCell(rec.customer_name) : XlsxCell(std::monostate{}), rec.user_name,
                    rec.amount_fen ? XlsxCell(static_cast<double>(*rec.amount_fen) / 100) : XlsxCell(std::monostate{})});
  auto bytes = XlsxOneSheet(t.records_sheet, rows);
  if (!bytes.ok()) return bytes.status();
  return XlsxDownload(std::move(*bytes), std::string("records-") + q->metric->key + "-" +
                                             FormatDate(r->range.first) + "-" + FormatDate(r->range.last) + ".xlsx");
}

Result<Response> CustomersBy(Context& ctx) {
  std::vector<FieldIssue> issues;
  std::optional<Id> department_id;
  ReadId(ctx.req, "departmentId", &department_id, issues);
  // provinces: a comma list of at most 20 names of at most 150 bytes (the spellings of one region).
  const std::vector<std::string> provinces = SplitList(ctx.req.Query("provinces").value_or(""));
  if (provinces.size() > 20 ||
      std::any_of(provinces.begin(), provinces.end(), [](const auto& p) { return p.size() > 150; }))
    issues.push_back({"provinces", "invalid_value"});
  const auto levels = ReadLevels(ctx.req, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  auto r = ctx.services.reports.CustomersBy(ctx.caller, ctx.req.Query("by").value_or("industry"), department_id,
                                            provinces, levels);
  if (!r.ok()) return r.status();
  return JsonResponse(200, CustomerDistributionJson(*r));
}

Result<Response> CustomersOverview(Context& ctx) {
  std::vector<FieldIssue> issues;
  std::optional<Id> department_id;
  ReadId(ctx.req, "departmentId", &department_id, issues);
  const auto levels = ReadLevels(ctx.req, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  auto r = ctx.services.reports.CustomersOverview(ctx.caller, department_id, levels);
  if (!r.ok()) return r.status();
  return JsonResponse(200, CustomerOverviewJson(*r));
}

}  // namespace

void AddReportRoutes(Router& router) {
  // Reports group many rows: off the I/O threads.
  router.Add({"GET", "/api/v1/reports/metrics/catalogue", Catalogue, Access::kSession, Runs::kInline});
  router.Add({"GET", "/api/v1/reports/metrics", MetricsReport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/reports/metrics/export", MetricsExport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/reports/records", Records, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/reports/records/export", RecordsExport, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/reports/customers", CustomersBy, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/reports/customers/overview", CustomersOverview, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
