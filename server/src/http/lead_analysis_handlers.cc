// Lead channel analysis: the table as JSON and as an .xlsx download.
#include <boost/json.hpp>

#include <cstdio>

#include "domain/leads/lead_analysis.h"
#include "http/json_io.h"
#include "http/router.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

Result<leads::AnalysisQuery> ReadQuery(const Request& req) {
  leads::AnalysisQuery q;
  std::vector<FieldIssue> issues;
  for (const char* name : {"from", "to"}) {
    auto text = req.Query(name);
    if (!text || text->empty()) continue;
    LocalDate d = 0;
    if (!ParseDate(*text, &d)) issues.push_back({name, "invalid_value"});
    else (std::string_view(name) == "from" ? q.from : q.to) = d;
  }
  if (auto g = req.Query("groupBy"); g && !g->empty()) q.group_by = *g;
  if (auto c = req.Query("campaign"); c && !c->empty()) q.campaign = *c;
  for (auto [name, out] : {std::pair{"sourceId", &q.source_id}, std::pair{"departmentId", &q.department_id},
                           std::pair{"userId", &q.user_id}}) {
    auto id = ReadIdQuery(req, name);
    if (!id.ok()) issues.push_back({name, "invalid_value"});
    else *out = *id;
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return q;
}

json::value Optional(const std::optional<double>& v) { return v ? json::value(*v) : json::value(nullptr); }
json::value Optional(const std::optional<std::int64_t>& v) { return v ? json::value(*v) : json::value(nullptr); }

json::object RowJson(const leads::AnalysisRow& r) {
  return json::object{{"leads", r.leads},
                      {"contacted", r.contacted},
                      {"qualified", r.qualified},
                      {"converted", r.converted},
                      {"invalid", r.invalid},
                      {"conversionRate", r.conversion_rate},
                      {"medianHoursToFirstContact", Optional(r.median_hours_to_first_contact)},
                      {"medianDaysToConversion", Optional(r.median_days_to_conversion)},
                      {"cost", r.cost},
                      {"costPerLead", Optional(r.cost_per_lead)},
                      {"costPerConversion", Optional(r.cost_per_conversion)},
                      {"followUps", r.follow_ups}};
}

json::object AnalysisJson(const leads::Analysis& a) {
  json::array rows;
  for (const auto& r : a.rows) {
    json::object o{{"key", r.key}, {"label", r.label}};
    for (auto& [k, v] : RowJson(r)) o[k] = v;
    rows.push_back(std::move(o));
  }
  return json::object{{"from", FormatDate(a.from)},
                      {"to", FormatDate(a.to)},
                      {"groupBy", a.group_by},
                      {"rows", std::move(rows)},
                      {"total", RowJson(a.total)}};
}

// The sheet's words in the caller's language (the web's own texts are not on the server).
struct SheetText {
  const char* sheet;
  const char* group[4];  // source, campaign, month, owner
  const char* none;
  const char* total;
  const char* columns[12];
};
constexpr SheetText kZh{"渠道分析",
                        {"来源", "活动", "月份", "负责人"},
                        "（无）",
                        "合计",
                        {"线索数", "已联系", "有效", "已转化", "无效", "转化率", "首次联系中位时长（小时）",
                         "转化中位时长（天）", "成本（元）", "单条线索成本（元）", "单次转化成本（元）", "跟进次数"}};
constexpr SheetText kEn{"Channel analysis",
                        {"Source", "Campaign", "Month", "Owner"},
                        "(none)",
                        "Total",
                        {"Leads", "Contacted", "Qualified", "Converted", "Invalid", "Conversion rate",
                         "Median hours to first contact", "Median days to conversion", "Cost (yuan)",
                         "Cost per lead (yuan)", "Cost per conversion (yuan)", "Follow-ups"}};

// One row of the sheet: money in yuan (fen / 100), empty cells for what has no value.
std::vector<XlsxCell> SheetRow(std::string label, const leads::AnalysisRow& r) {
  auto number = [](auto v) -> XlsxCell { return static_cast<double>(v); };
  auto optional = [](const auto& v, double scale) -> XlsxCell {
    if (!v) return std::monostate{};
    return static_cast<double>(*v) / scale;
  };
  return {std::move(label),
          number(r.leads),
          number(r.contacted),
          number(r.qualified),
          number(r.converted),
          number(r.invalid),
          r.conversion_rate,
          optional(r.median_hours_to_first_contact, 1),
          optional(r.median_days_to_conversion, 1),
          r.cost_attributed ? XlsxCell(static_cast<double>(r.cost) / 100) : XlsxCell(std::monostate{}),
          optional(r.cost_per_lead, 100),
          optional(r.cost_per_conversion, 100),
          number(r.follow_ups)};
}

Result<Response> Analysis(Context& ctx) {
  auto q = ReadQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto a = ctx.services.lead_analysis.Analyse(ctx.caller, *q);
  if (!a.ok()) return a.status();
  return JsonResponse(200, AnalysisJson(*a));
}

Result<Response> Export(Context& ctx) {
  auto q = ReadQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto a = ctx.services.lead_analysis.Export(ctx.caller, *q);
  if (!a.ok()) return a.status();
  const SheetText& t = ctx.language == "en" ? kEn : kZh;
  const int group = a->group_by == "campaign" ? 1 : a->group_by == "month" ? 2 : a->group_by == "owner" ? 3 : 0;
  std::vector<std::vector<XlsxCell>> rows;
  std::vector<XlsxCell> header{std::string(t.group[group])};
  for (const char* c : t.columns) header.emplace_back(std::string(c));
  rows.push_back(std::move(header));
  for (const auto& r : a->rows) rows.push_back(SheetRow(r.label.empty() ? t.none : r.label, r));
  rows.push_back(SheetRow(t.total, a->total));
  auto bytes = XlsxOneSheet(t.sheet, rows);
  if (!bytes.ok()) return bytes.status();
  return XlsxDownload(std::move(*bytes), "lead-analysis-" + FormatDate(a->from) + "-" + FormatDate(a->to) + ".xlsx");
}

}  // namespace

void AddLeadAnalysisRoutes(Router& router) {
  // A report reads one row per lead of the range: off the I/O threads.
  router.Add({"GET", "/api/v1/lead-analysis", Analysis, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/lead-analysis/export", Export, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
