// Targets: the sheet, writes, decomposition, locks, the change log and attainment
// (docs/api-targets.md, "Targets").
#include <boost/json.hpp>

#include <charconv>

#include "domain/reports/metrics.h"
#include "domain/targets/target_service.h"
#include "http/json_io.h"
#include "http/router.h"
#include "http/target_json.h"
#include "http/xlsx.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// An integer JSON value; anything else (a fraction, a string, a boolean) is nullopt.
std::optional<std::int64_t> IntegerOf(const json::value& v) {
  if (v.is_int64()) return v.get_int64();
  if (v.is_uint64() && v.get_uint64() <= static_cast<std::uint64_t>(INT64_MAX))
    return static_cast<std::int64_t>(v.get_uint64());
  return std::nullopt;
}

// An id as the API sends it (a string of digits; a plain integer is accepted too).
std::optional<Id> IdOf(const json::value& v) {
  if (v.is_string()) return ParseId(std::string(v.get_string()));
  if (const auto n = IntegerOf(v); n && *n > 0) return *n;
  return std::nullopt;
}

std::string TextOf(const json::object& o, const char* key) {
  const auto* v = o.if_contains(key);
  return v && v->is_string() ? std::string(v->get_string()) : std::string();
}

// The tiers of an item: absent or null is nullopt; a non-integer is an issue.
std::optional<std::int64_t> ReadTier(const json::object& o, const char* key, const std::string& at,
                                     std::vector<FieldIssue>& issues) {
  const auto* v = o.if_contains(key);
  if (!v || v->is_null()) return std::nullopt;
  const auto n = IntegerOf(*v);
  if (!n) issues.push_back({at + key, "invalid_value"});
  return n;
}

// customerLevel (客户类型): a string, or null/absent for every customer ("" to the service).
std::string ReadLevel(const json::object& o, std::vector<FieldIssue>& issues) {
  const auto* v = o.if_contains("customerLevel");
  if (!v || v->is_null()) return "";
  if (!v->is_string() || v->get_string().empty()) {
    issues.push_back({"customerLevel", "invalid_value"});
    return "";
  }
  return std::string(v->get_string());
}

struct WriteInput {
  std::string metric, customer_level;
  std::vector<targets::TargetItem> items;
};

Result<WriteInput> ReadWrite(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  std::vector<FieldIssue> issues;
  const std::string metric = TextOf(*obj, "metric");
  if (metric.empty()) issues.push_back({"metric", "required"});
  const std::string level = ReadLevel(*obj, issues);
  std::vector<targets::TargetItem> items;
  const auto* list = obj->if_contains("items");
  if (!list || !list->is_array()) {
    issues.push_back({"items", list ? "wrong_type" : "required"});
  } else {
    for (size_t i = 0; i < list->get_array().size(); ++i) {
      const std::string at = "items[" + std::to_string(i) + "].";
      const auto& v = list->get_array()[i];
      if (!v.is_object()) {
        issues.push_back({"items[" + std::to_string(i) + "]", "wrong_type"});
        continue;
      }
      const auto& o = v.get_object();
      targets::TargetItem item;
      item.period = TextOf(o, "period");
      item.assignee_type = TextOf(o, "assigneeType");
      if (const auto* id = o.if_contains("assigneeId"); id && !id->is_null()) {
        item.assignee_id = IdOf(*id);
        if (!item.assignee_id) issues.push_back({at + "assigneeId", "invalid_value"});
      }
      if (!o.if_contains("value")) issues.push_back({at + "value", "required"});
      item.value = ReadTier(o, "value", at, issues);
      item.sprint_value = ReadTier(o, "sprintValue", at, issues);
      item.challenge_value = ReadTier(o, "challengeValue", at, issues);
      items.push_back(std::move(item));
    }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return WriteInput{metric, level, std::move(items)};
}

Result<targets::DecomposeInput> ReadDecompose(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  std::vector<FieldIssue> issues;
  targets::DecomposeInput in;
  in.metric = TextOf(*obj, "metric");
  in.method = TextOf(*obj, "method");
  in.customer_level = ReadLevel(*obj, issues);
  const auto* total = obj->if_contains("total");
  if (!total) issues.push_back({"total", "required"});
  else if (const auto n = IntegerOf(*total)) in.total = *n;
  else issues.push_back({"total", "invalid_value"});
  if (const auto* p = obj->if_contains("periods"); p && !p->is_null()) {
    in.has_periods = true;
    if (!p->is_object()) {
      issues.push_back({"periods", "wrong_type"});
    } else {
      in.periods_parent = TextOf(p->get_object(), "parent");
      in.periods_into = TextOf(p->get_object(), "into");
    }
  }
  if (const auto* t = obj->if_contains("assigneeType"); t && t->is_string()) in.assignee_type = std::string(t->get_string());
  if (const auto* id = obj->if_contains("assigneeId"); id && !id->is_null()) {
    in.assignee_id = IdOf(*id);
    if (!in.assignee_id) issues.push_back({"assigneeId", "invalid_value"});
  }
  if (const auto* p = obj->if_contains("people"); p && !p->is_null()) {
    in.has_people = true;
    if (!p->is_object()) {
      issues.push_back({"people", "wrong_type"});
    } else {
      const auto& o = p->get_object();
      in.people_period = TextOf(o, "period");
      in.people_into = TextOf(o, "into");
      if (const auto* id = o.if_contains("departmentId"); id && !id->is_null()) {
        in.people_department_id = IdOf(*id);
        if (!in.people_department_id) issues.push_back({"people.departmentId", "invalid_value"});
      }
    }
  }
  if (const auto* w = obj->if_contains("weights"); w && !w->is_null()) {
    if (!w->is_array()) issues.push_back({"weights", "wrong_type"});
    else
      for (const auto& e : w->get_array()) {
        const auto* key = e.is_object() ? e.get_object().if_contains("key") : nullptr;
        const auto* weight = e.is_object() ? e.get_object().if_contains("weight") : nullptr;
        const auto n = weight ? IntegerOf(*weight) : std::nullopt;
        if (!key || !key->is_string() || !n) {
          issues.push_back({"weights", "invalid_value"});
          break;
        }
        in.weights.emplace_back(std::string(key->get_string()), *n);
      }
  }
  if (!issues.empty()) return Status::Validation(std::move(issues));
  return in;
}

// The `year` query parameter (required); validation.failed when absent or not a number.
Result<int> ReadYear(const Request& req) {
  const auto text = req.Query("year");
  if (!text || text->empty()) return Status::Validation({{"year", "required"}});
  int year = 0;
  const auto [end, ec] = std::from_chars(text->data(), text->data() + text->size(), year);
  if (ec != std::errc() || end != text->data() + text->size()) return Status::Validation({{"year", "invalid_value"}});
  return year;
}

// metric, period and departmentId of an attainment query.
struct AttainmentQuery {
  std::string metric;
  std::string customer_level;
  std::optional<std::string> period;
  std::optional<Id> department_id;
};

Result<AttainmentQuery> ReadAttainmentQuery(const Request& req) {
  AttainmentQuery q;
  q.metric = req.Query("metric").value_or("");
  q.customer_level = req.Query("customerLevel").value_or("");
  if (auto p = req.Query("period"); p && !p->empty()) q.period = *p;
  auto department = ReadIdQuery(req, "departmentId");
  if (!department.ok()) return department.status();
  q.department_id = *department;
  return q;
}

Result<Response> Sheet(Context& ctx) {
  auto year = ReadYear(ctx.req);
  if (!year.ok()) return year.status();
  auto sheet = ctx.services.targets.Sheet(ctx.caller, ctx.req.Query("metric").value_or(""), *year,
                                          ctx.req.Query("customerLevel").value_or(""));
  if (!sheet.ok()) return sheet.status();
  return JsonResponse(200, TargetSheetJson(*sheet));
}

Result<Response> Write(Context& ctx) {
  auto in = ReadWrite(ctx.req.body);
  if (!in.ok()) return in.status();
  auto written = ctx.services.targets.Write(ctx.caller, in->metric, in->items, in->customer_level);
  if (!written.ok()) return written.status();
  json::array items;
  for (const auto& t : *written) items.push_back(TargetJson(t));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> Decompose(Context& ctx) {
  auto in = ReadDecompose(ctx.req.body);
  if (!in.ok()) return in.status();
  auto d = ctx.services.targets.Decompose(ctx.caller, *in);
  if (!d.ok()) return d.status();
  return JsonResponse(200, DecompositionJson(*d));
}

Result<Response> Locks(Context& ctx) {
  auto year = ReadYear(ctx.req);
  if (!year.ok()) return year.status();
  auto locks = ctx.services.targets.Locks(ctx.caller, *year);
  if (!locks.ok()) return locks.status();
  json::array items;
  for (const auto& l : *locks) items.push_back(TargetLockJson(l));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> Lock(Context& ctx) {
  if (Status s = ctx.services.targets.Lock(ctx.caller, ctx.req.path_params.at(0)); !s.ok()) return s;
  return NoContent();
}

Result<Response> Unlock(Context& ctx) {
  if (Status s = ctx.services.targets.Unlock(ctx.caller, ctx.req.path_params.at(0)); !s.ok()) return s;
  return NoContent();
}

Result<Response> Changes(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "at", {"at"});
  if (!page.ok()) return page.status();
  targets::ChangeFilter f;
  f.metric = ctx.req.Query("metric").value_or("");
  f.period = ctx.req.Query("period").value_or("");
  auto list = ctx.services.targets.Changes(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, TargetChangeJson));
}

Result<Response> Attainment(Context& ctx) {
  auto q = ReadAttainmentQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto a = ctx.services.targets.AttainmentOf(ctx.caller, q->metric, q->period, q->department_id, q->customer_level);
  if (!a.ok()) return a.status();
  return JsonResponse(200, AttainmentJson(*a));
}

// A fen amount as yuan in a sheet cell; counts as they are.
XlsxCell Amount(std::int64_t v, bool fen) { return fen ? static_cast<double>(v) / 100.0 : static_cast<double>(v); }
XlsxCell OptAmount(const std::optional<std::int64_t>& v, bool fen) { return v ? Amount(*v, fen) : XlsxCell{}; }

std::vector<XlsxCell> AttainmentCells(const targets::AttainmentRow& r, bool fen) {
  return {r.name,
          OptAmount(r.target, fen),
          OptAmount(r.sprint, fen),
          OptAmount(r.challenge, fen),
          Amount(r.actual, fen),
          r.rate_bp ? XlsxCell{static_cast<double>(*r.rate_bp) / 100.0} : XlsxCell{},
          Amount(r.left, fen),
          static_cast<double>(r.rank)};
}

Result<Response> ExportAttainment(Context& ctx) {
  auto q = ReadAttainmentQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto a = ctx.services.targets.ExportAttainment(ctx.caller, q->metric, q->period, q->department_id,
                                                 q->customer_level);
  if (!a.ok()) return a.status();
  const reports::MetricInfo* metric = reports::FindMetric(a->metric);
  const bool fen = metric && metric->fen;
  const bool en = ctx.language == "en";
  std::vector<std::vector<XlsxCell>> rows;
  if (en)
    rows.push_back({std::string("Name"), std::string(fen ? "Target (yuan)" : "Target"), std::string("Sprint"),
                    std::string("Challenge"), std::string("Actual"), std::string("Attainment %"), std::string("Left"),
                    std::string("Rank")});
  else
    rows.push_back({std::string("名称"), std::string(fen ? "目标（元）" : "目标"), std::string("冲刺"), std::string("挑战"),
                    std::string("完成"), std::string("达成率 %"), std::string("差额"), std::string("排名")});
  for (const auto& r : a->rows) rows.push_back(AttainmentCells(r, fen));
  std::vector<XlsxCell> total = AttainmentCells(a->total, fen);
  total.back() = XlsxCell{};  // the level itself has no rank among its rows
  total.front() = (en ? "Total: " : "合计：") + a->total.name;
  rows.push_back(std::move(total));
  auto bytes = XlsxOneSheet(en ? "Attainment" : "目标达成", rows);
  if (!bytes.ok()) return bytes.status();
  return XlsxDownload(std::move(*bytes), "target-attainment-" + a->metric +
                                             (a->customer_level.empty() ? "" : "-" + a->customer_level) + "-" +
                                             targets::FormatPeriod(a->period) + ".xlsx");
}

Result<Response> Mine(Context& ctx) {
  std::optional<std::string> period;
  if (auto p = ctx.req.Query("period"); p && !p->empty()) period = *p;
  targets::Period resolved;
  auto rows = ctx.services.targets.Mine(ctx.caller, period, &resolved);
  if (!rows.ok()) return rows.status();
  json::array items;
  for (const auto& r : *rows) items.push_back(AttainmentRowJson(r));
  return JsonResponse(200, json::object{{"items", std::move(items)},
                                        {"period", targets::FormatPeriod(resolved)},
                                        {"from", FormatDate(targets::FirstDay(resolved))},
                                        {"to", FormatDate(targets::LastDay(resolved))}});
}

}  // namespace

void AddTargetRoutes(Router& router) {
  router.Add({"GET", "/api/v1/targets/sheet", Sheet});
  router.Add({"PUT", "/api/v1/targets", Write, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/targets/decompose", Decompose, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/targets/locks", Locks});
  router.Add({"PUT", "/api/v1/targets/locks/{period}", Lock, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/targets/locks/{period}", Unlock, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/targets/changes", Changes});
  // Attainment sums a metric over the period's records: off the I/O threads, like the reports.
  router.Add({"GET", "/api/v1/targets/attainment", Attainment, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/targets/attainment/export", ExportAttainment, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/targets/mine", Mine, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
