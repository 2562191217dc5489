#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/activity/work_logs.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

json::object WorkLogJson(const activity::WorkLog& w) {
  json::array customers, readers;
  for (const auto& [id, name] : w.customers) customers.push_back(json::object{{"id", IdToString(id)}, {"name", name}});
  for (const auto& [id, name] : w.readers) readers.push_back(json::object{{"id", IdToString(id)}, {"name", name}});
  json::object o{{"kind", w.kind},
                 {"authorId", IdToString(w.author_id)},
                 {"authorName", w.author_name},
                 {"departmentName", w.department_name},
                 {"periodStart", FormatDate(w.period_start)},
                 {"periodEnd", FormatDate(w.period_end)},
                 {"summary", w.summary},
                 {"plan", w.plan},
                 {"issues", w.issues},
                 {"stats", json::object{{"newCustomers", w.stats.new_customers},
                                        {"followUps", w.stats.follow_ups},
                                        {"visits", w.stats.visits},
                                        {"customersFollowed", w.stats.customers_followed},
                                        {"opportunities", w.stats.opportunities},
                                        {"contractAmountFen", w.stats.contract_amount_fen},
                                        {"paymentAmountFen", w.stats.payment_amount_fen}}},
                 {"customers", std::move(customers)},
                 {"readCount", w.read_count},
                 {"readByMe", w.read_by_me},
                 {"readers", std::move(readers)}};
  o["id"] = w.id ? json::value(IdToString(w.id)) : json::value(nullptr);
  o["feedItemId"] = IdJson(w.feed_item_id);
  o["createdAt"] = w.created_at ? InstantJson(w.created_at) : json::value(nullptr);
  o["updatedAt"] = w.updated_at ? InstantJson(w.updated_at) : json::value(nullptr);
  return o;
}

Result<std::optional<LocalDate>> DateQuery(const Request& req, const char* name) {
  auto text = req.Query(name);
  if (!text || text->empty()) return std::optional<LocalDate>();
  LocalDate d = 0;
  if (!ParseDate(*text, &d)) return Status::Validation({{name, "invalid_value"}});
  return std::optional<LocalDate>(d);
}

Result<Response> Draft(Context& ctx) {
  auto date = DateQuery(ctx.req, "date");
  if (!date.ok()) return date.status();
  auto w = ctx.services.work_logs.Draft(ctx.caller, ctx.req.Query("kind").value_or("daily"), *date);
  if (!w.ok()) return w.status();
  return JsonResponse(200, WorkLogJson(*w));
}

Result<Response> Submit(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  activity::WorkLogInput w;
  auto kind = in.String("kind", true, 20);
  auto date = in.String("date", false, 20);
  auto summary = in.String("summary", true, 20000);
  auto plan = in.String("plan", false, 20000);
  auto issues = in.String("issues", false, 20000);
  auto customers = in.IdArray("customerIds");
  if (Status s = in.Finish(); !s.ok()) return s;
  w.kind = *kind;
  if (date) {
    LocalDate d = 0;
    if (!ParseDate(*date, &d)) return Status::Validation({{"date", "invalid_value"}});
    w.date = d;
  }
  w.summary = *summary;
  w.plan = plan.value_or("");
  w.issues = issues.value_or("");
  if (customers) w.customer_ids = *customers;
  auto saved = ctx.services.work_logs.Submit(ctx.caller, w);
  if (!saved.ok()) return saved.status();
  return JsonResponse(201, WorkLogJson(*saved));
}

Result<Response> List(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt"});
  if (!page.ok()) return page.status();
  activity::WorkLogFilter f;
  auto author = ReadIdQuery(ctx.req, "authorId");
  if (!author.ok()) return author.status();
  f.author_id = *author;
  f.kind = ctx.req.Query("kind").value_or("");
  if (!f.kind.empty() && !activity::IsWorkLogKind(f.kind)) return Status::Validation({{"kind", "invalid_value"}});
  auto from = DateQuery(ctx.req, "from");
  if (!from.ok()) return from.status();
  f.from = *from;
  auto to = DateQuery(ctx.req, "to");
  if (!to.ok()) return to.status();
  f.to = *to;
  auto list = ctx.services.work_logs.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, WorkLogJson));
}

Result<Response> Get(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto w = ctx.services.work_logs.Get(ctx.caller, *id);
  if (!w.ok()) return w.status();
  return JsonResponse(200, WorkLogJson(*w));
}

Result<Response> Missing(Context& ctx) {
  auto date = DateQuery(ctx.req, "date");
  if (!date.ok()) return date.status();
  auto list = ctx.services.work_logs.Missing(ctx.caller, *date);
  if (!list.ok()) return list.status();
  json::array items;
  for (const auto& [id, name] : *list) items.push_back(json::object{{"id", IdToString(id)}, {"name", name}});
  return JsonResponse(200, json::object{{"items", std::move(items)},
                                        {"nextCursor", nullptr},
                                        {"total", static_cast<std::int64_t>(list->size())}});
}

}  // namespace

void AddWorkLogRoutes(Router& router) {
  router.Add({"GET", "/api/v1/work-logs", List});
  router.Add({"POST", "/api/v1/work-logs", Submit, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/work-logs/draft", Draft});
  router.Add({"GET", "/api/v1/work-logs/missing", Missing});
  router.Add({"GET", "/api/v1/work-logs/{id}", Get, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
