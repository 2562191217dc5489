// The opportunity funnel and forecast: JSON, and both as one .xlsx download.
#include <boost/json.hpp>

#include "domain/deals/deal_analysis.h"
#include "http/json_io.h"
#include "http/router.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// processId, departmentId and ownerId: malformed ones are invalid_value.
void ReadIds(const Request& req, std::optional<Id>* process_id, std::optional<Id>* department_id,
             std::optional<Id>* owner_id, std::vector<FieldIssue>& issues) {
  for (auto [name, out] :
       {std::pair{"processId", process_id}, std::pair{"departmentId", department_id},
        std::pair{"ownerId", owner_id}}) {
    auto id = ReadIdQuery(req, name);
    if (!id.ok())
      issues.push_back({name, "invalid_value"});
    else
      *out = *id;
  }
}

Result<deals::FunnelQuery> ReadFunnelQuery(const Request& req) {
  deals::FunnelQuery q;
  std::vector<FieldIssue> issues;
  for (auto [name, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    auto text = req.Query(name);
    if (!text || text->empty()) continue;
    LocalDate d = 0;
    if (!ParseDate(*text, &d))
      issues.push_back({name, "invalid_value"});
    else
      *out = d;
  }
  ReadIds(req, &q.process_id, &q.department_id, &q.owner_id, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return q;
}

Result<deals::ForecastQuery> ReadForecastQuery(const Request& req) {
  deals::ForecastQuery q;
  std::vector<FieldIssue> issues;
  for (auto [name, out] : {std::pair{"from", &q.from}, std::pair{"to", &q.to}}) {
    auto text = req.Query(name);
    if (!text || text->empty()) continue;
    deals::MonthIndex m = 0;
    if (!deals::ParseMonth(*text, &m))
      issues.push_back({name, "invalid_value"});
    else
      *out = m;
  }
  ReadIds(req, &q.process_id, &q.department_id, &q.owner_id, issues);
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return q;
}

json::value Optional(const std::optional<std::int64_t>& v) {
  return v ? json::value(*v) : json::value(nullptr);
}

json::object OutcomeJson(const deals::FunnelOutcome& o) {
  return json::object{{"count", o.count}, {"amountFen", o.amount_fen}, {"query", o.query}};
}

json::object FunnelJson(const deals::Funnel& f) {
  json::array stages;
  for (const auto& s : f.stages)
    stages.push_back(json::object{{"stageId", IdToString(s.stage_id)},
                                  {"name", s.name},
                                  {"kind", s.kind},
                                  {"position", s.position},
                                  {"probability", s.probability},
                                  {"count", s.count},
                                  {"amountFen", s.amount_fen},
                                  {"reached", s.reached},
                                  {"conversionBp", Optional(s.conversion_bp)},
                                  {"avgMsInStage", Optional(s.avg_ms_in_stage)},
                                  {"query", s.query},
                                  {"reachedQuery", s.reached_query}});
  json::array reasons;
  for (const auto& r : f.lost_reasons)
    reasons.push_back(json::object{{"reason", r.reason}, {"count", r.count}, {"query", r.query}});
  json::object lost = OutcomeJson(f.lost);
  lost["reasons"] = std::move(reasons);
  return json::object{{"processId", IdJson(f.process_id)},
                      {"from", FormatDate(f.from)},
                      {"to", FormatDate(f.to)},
                      {"stages", std::move(stages)},
                      {"won", OutcomeJson(f.won)},
                      {"lost", std::move(lost)},
                      {"invalid", OutcomeJson(f.invalid)},
                      {"winRateBp", Optional(f.win_rate_bp)}};
}

json::object ForecastJson(const deals::Forecast& f) {
  json::array months;
  for (const auto& m : f.months)
    months.push_back(json::object{{"month", m.month},
                                  {"count", m.count},
                                  {"amountFen", m.amount_fen},
                                  {"weightedFen", m.weighted_fen},
                                  {"commitFen", m.commit_fen},
                                  {"bestCaseFen", m.best_case_fen},
                                  {"wonFen", m.won_fen},
                                  {"query", m.query},
                                  {"wonQuery", m.won_query}});
  return json::object{{"months", std::move(months)}};
}

// The sheets' words in the caller's language (the web's own texts are not on the server).
struct SheetText {
  const char* funnel_sheet;
  const char* funnel_columns[7];
  const char* won;
  const char* lost;
  const char* invalid;
  const char* lost_reason;  // prefix of a lost reason's row
  const char* win_rate;
  const char* forecast_sheet;
  const char* forecast_columns[7];
};
constexpr SheetText kZh{"销售漏斗",
                        {"阶段", "赢率（%）", "当前商机数", "当前金额（元）", "到达数",
                         "转化率（%）", "平均停留（天）"},
                        "赢单",
                        "输单",
                        "无效",
                        "输单原因：",
                        "赢单率（%）",
                        "销售预测",
                        {"月份", "商机数", "金额（元）", "加权金额（元）", "承诺金额（元）",
                         "最佳情况（元）", "已赢单（元）"}};
constexpr SheetText kEn{"Funnel",
                        {"Stage", "Probability (%)", "Open now", "Open amount (yuan)", "Reached",
                         "Conversion (%)", "Average days in stage"},
                        "Won",
                        "Lost",
                        "Invalid",
                        "Lost reason: ",
                        "Win rate (%)",
                        "Forecast",
                        {"Month", "Opportunities", "Amount (yuan)", "Weighted (yuan)",
                         "Commit (yuan)", "Best case (yuan)", "Won (yuan)"}};

constexpr double kMsPerDay = 24.0 * 3600 * 1000;

XlsxCell Number(std::int64_t v) { return static_cast<double>(v); }
XlsxCell Yuan(std::int64_t fen) { return static_cast<double>(fen) / 100; }
XlsxCell Scaled(const std::optional<std::int64_t>& v, double scale) {
  if (!v) return std::monostate{};
  return static_cast<double>(*v) / scale;
}
std::vector<XlsxCell> Header(const char* const (&columns)[7]) {
  std::vector<XlsxCell> row;
  for (const char* c : columns) row.emplace_back(std::string(c));
  return row;
}

// Stages (with their reach, conversion and stay), the outcomes, the win rate, the lost reasons.
std::vector<std::vector<XlsxCell>> FunnelRows(const deals::Funnel& f, const SheetText& t) {
  std::vector<std::vector<XlsxCell>> rows{Header(t.funnel_columns)};
  for (const auto& s : f.stages)
    rows.push_back({s.name, Number(s.probability), Number(s.count), Yuan(s.amount_fen),
                    Number(s.reached), Scaled(s.conversion_bp, 100),
                    Scaled(s.avg_ms_in_stage, kMsPerDay)});
  for (auto [label, o] :
       {std::pair{t.won, &f.won}, std::pair{t.lost, &f.lost}, std::pair{t.invalid, &f.invalid}})
    rows.push_back({std::string(label), std::monostate{}, Number(o->count), Yuan(o->amount_fen)});
  rows.push_back({std::string(t.win_rate), Scaled(f.win_rate_bp, 100)});
  for (const auto& r : f.lost_reasons)
    rows.push_back({std::string(t.lost_reason) + r.reason, std::monostate{}, Number(r.count),
                    Yuan(r.amount_fen)});
  return rows;
}

std::vector<std::vector<XlsxCell>> ForecastRows(const deals::Forecast& f, const SheetText& t) {
  std::vector<std::vector<XlsxCell>> rows{Header(t.forecast_columns)};
  for (const auto& m : f.months)
    rows.push_back({m.month, Number(m.count), Yuan(m.amount_fen), Yuan(m.weighted_fen),
                    Yuan(m.commit_fen), Yuan(m.best_case_fen), Yuan(m.won_fen)});
  return rows;
}

Result<Response> Funnel(Context& ctx) {
  auto q = ReadFunnelQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto f = ctx.services.deal_analysis.FunnelOf(ctx.caller, *q);
  if (!f.ok()) return f.status();
  return JsonResponse(200, FunnelJson(*f));
}

Result<Response> Forecast(Context& ctx) {
  auto q = ReadForecastQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto f = ctx.services.deal_analysis.ForecastOf(ctx.caller, *q);
  if (!f.ok()) return f.status();
  return JsonResponse(200, ForecastJson(*f));
}

Result<Response> Export(Context& ctx) {
  auto q = ReadFunnelQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto e = ctx.services.deal_analysis.Export(ctx.caller, *q);
  if (!e.ok()) return e.status();
  const SheetText& t = ctx.language == "en" ? kEn : kZh;
  auto bytes = XlsxWorkbook({{t.funnel_sheet, FunnelRows(e->funnel, t)},
                             {t.forecast_sheet, ForecastRows(e->forecast, t)}});
  if (!bytes.ok()) return bytes.status();
  return XlsxDownload(std::move(*bytes), "opportunity-funnel-" + FormatDate(e->funnel.from) + "-" +
                                             FormatDate(e->funnel.to) + ".xlsx");
}

}  // namespace

void AddDealAnalysisRoutes(Router& router) {
  // Literal segments beat {id} whatever the order (Router::Match), so these are never read as
  // GET /opportunities/{id}. Reports group many rows: off the I/O threads.
  router.Add({"GET", "/api/v1/opportunities/funnel", Funnel, Access::kSession, Runs::kBlocking});
  router.Add(
      {"GET", "/api/v1/opportunities/forecast", Forecast, Access::kSession, Runs::kBlocking});
  router.Add(
      {"GET", "/api/v1/opportunities/funnel/export", Export, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
