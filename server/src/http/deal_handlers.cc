// Sales processes and opportunities (docs/api-opportunities.md). The funnel, forecast and
// export live in deal_analysis_handlers.cc.
#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/deals/deal_codec.h"
#include "domain/deals/deal_service.h"
#include "http/deal_json.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// ---- Sales processes ----

std::vector<deals::FeedbackField> ReadFeedbackFields(FieldReader& top, const json::value& v, const std::string& at) {
  std::vector<deals::FeedbackField> out;
  if (!v.is_array()) {
    top.AddIssue(at, "wrong_type");
    return out;
  }
  const auto& arr = v.get_array();
  for (size_t j = 0; j < arr.size(); ++j) {
    const std::string fat = at + "[" + std::to_string(j) + "]";
    const auto* o = arr[j].if_object();
    if (!o) {
      top.AddIssue(fat, "wrong_type");
      continue;
    }
    FieldReader in(*o);
    deals::FeedbackField f;
    f.key = in.String("key", true, 32).value_or("");
    f.label = in.String("label", true, 100).value_or("");
    f.type = in.String("type", true, 20).value_or("");
    f.required = in.Bool("required").value_or(false);
    f.options = in.StringArray("options").value_or(std::vector<std::string>{});
    if (Status s = in.Finish(); !s.ok())
      for (const auto& i : s.fields()) top.AddIssue(fat + "." + i.field, i.issue);
    out.push_back(std::move(f));
  }
  return out;
}

Result<deals::ProcessInput> ReadProcess(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  deals::ProcessInput p;
  p.name = in.String("name", false, 200);
  p.kind = in.String("kind", false, 20);
  p.description = in.String("description", false, 2000);
  p.department_ids = in.IdArray("departmentIds");
  p.allow_skip = in.Bool("allowSkip");
  p.stale_when_overdue = in.Bool("staleWhenOverdue");
  p.is_default = in.Bool("isDefault");
  p.enabled = in.Bool("enabled");
  p.lost_reasons = in.StringArray("lostReasons");
  p.invalid_reasons = in.StringArray("invalidReasons");
  p.stale_days = in.Int("staleDays");
  if (const auto* stages = obj->if_contains("stages")) {
    if (!stages->is_array()) {
      in.AddIssue("stages", "wrong_type");
    } else {
      std::vector<deals::StageInput> list;
      const auto& arr = stages->get_array();
      for (size_t i = 0; i < arr.size(); ++i) {
        const std::string at = "stages[" + std::to_string(i) + "]";
        const auto* so = arr[i].if_object();
        if (!so) {
          in.AddIssue(at, "wrong_type");
          continue;
        }
        FieldReader sr(*so);
        deals::StageInput s;
        s.id = sr.IdField("id");
        s.name = sr.String("name", false, 200).value_or("");
        s.probability = sr.Int("probability").value_or(0);
        s.guidance_do = sr.String("guidanceDo", false, 4000).value_or("");
        s.guidance_watch = sr.String("guidanceWatch", false, 4000).value_or("");
        s.checklist = sr.StringArray("checklist").value_or(std::vector<std::string>{});
        if (const auto* ff = so->if_contains("feedbackFields"))
          s.feedback_fields = ReadFeedbackFields(in, *ff, at + ".feedbackFields");
        if (Status st = sr.Finish(); !st.ok())
          for (const auto& f : st.fields()) in.AddIssue(at + "." + f.field, f.issue);
        list.push_back(std::move(s));
      }
      p.stages = std::move(list);
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  return p;
}

Result<Response> ProcessAnswer(int status, const Result<deals::SalesProcess>& p) {
  if (!p.ok()) return p.status();
  return JsonResponse(status, SalesProcessJson(*p));
}

Result<Response> ListProcesses(Context& ctx) {
  auto list = ctx.services.processes.List(ctx.caller, ctx.req.Query("includeDisabled").value_or("") == "true");
  if (!list.ok()) return list.status();
  json::array items;
  for (const auto& p : *list) items.push_back(SalesProcessJson(p));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

Result<Response> CreateProcess(Context& ctx) {
  auto in = ReadProcess(ctx.req.body);
  if (!in.ok()) return in.status();
  return ProcessAnswer(201, ctx.services.processes.Create(ctx.caller, *in));
}

Result<Response> GetProcess(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return ProcessAnswer(200, ctx.services.processes.Get(ctx.caller, *id));
}

Result<Response> UpdateProcess(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadProcess(ctx.req.body);
  if (!in.ok()) return in.status();
  return ProcessAnswer(200, ctx.services.processes.Update(ctx.caller, *id, *in));
}

Result<Response> DeleteProcess(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.processes.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> GetProcessVersion(Context& ctx) {
  auto id = ctx.PathId(0);
  auto version = ctx.PathId(1);
  if (!id || !version) return Status::NotFound();
  auto v = ctx.services.processes.Version(ctx.caller, *id, *version);
  if (!v.ok()) return v.status();
  return JsonResponse(200, json::object{{"version", v->version},
                                        {"changedBy", IdJson(v->changed_by)},
                                        {"changedAt", InstantJson(v->changed_at)},
                                        {"process", SalesProcessJson(deals::ProcessFromJson(v->snapshot))}});
}

// ---- Opportunities ----

std::optional<std::vector<deals::Item>> ReadItems(FieldReader& top, const json::object& obj) {
  const auto* v = obj.if_contains("items");
  if (!v) return std::nullopt;
  std::vector<deals::Item> out;
  if (!v->is_array()) {
    top.AddIssue("items", "wrong_type");
    return out;
  }
  const auto& arr = v->get_array();
  for (size_t i = 0; i < arr.size(); ++i) {
    const std::string at = "items[" + std::to_string(i) + "]";
    const auto* o = arr[i].if_object();
    if (!o) {
      top.AddIssue(at, "wrong_type");
      continue;
    }
    FieldReader in(*o);
    deals::Item it;
    if (auto p = in.NullableId("productId")) it.product_id = *p;
    it.name = in.String("name", false, 200).value_or("");
    it.quantity = in.Int("quantity", true).value_or(1);
    it.unit_price_fen = in.Int("unitPriceFen", true).value_or(0);
    it.discount_fen = in.Int("discountFen").value_or(0);
    if (Status s = in.Finish(); !s.ok())
      for (const auto& f : s.fields()) top.AddIssue(at + "." + f.field, f.issue);
    out.push_back(std::move(it));
  }
  return out;
}

Result<deals::OpportunityInput> ReadOpportunity(const std::string& body, bool creating) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  deals::OpportunityInput o;
  o.name = in.String("name", false, 200);
  o.notes = in.String("notes", false, 5000);
  o.amount_fen = in.Int("amountFen");
  o.expected_close_date = in.NullableString("expectedCloseDate", 10);
  o.contact_id = in.NullableId("contactId");
  o.competitors = in.StringArray("competitors");
  o.items = ReadItems(in, *obj);
  if (const auto* p = obj->if_contains("probability")) {
    if (p->is_null()) o.probability = std::optional<std::int64_t>();
    else if (p->is_int64()) o.probability = std::optional<std::int64_t>(p->get_int64());
    else in.AddIssue("probability", "wrong_type");
  }
  if (creating) {
    o.customer_id = in.IdField("customerId", true);
    o.process_id = in.IdField("processId");
    o.stage_id = in.IdField("stageId");
    o.lead_id = in.IdField("leadId");
    o.owner_id = in.IdField("ownerId");
  } else {
    // Process, stage and status change by moving; owner and customer stay.
    for (const char* key : {"customerId", "processId", "stageId", "status", "leadId", "ownerId"})
      if (obj->contains(key)) in.AddIssue(key, "invalid_value");
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  return o;
}

Result<Response> DetailAnswer(int status, const Result<deals::OpportunityDetail>& d) {
  if (!d.ok()) return d.status();
  return JsonResponse(status, OpportunityDetailJson(*d));
}

// "YYYY-MM" → that month's first day; false when malformed.
bool ParseMonth(const std::string& text, LocalDate* first) {
  return text.size() == 7 && ParseDate(text + "-01", first);
}

Result<std::optional<Instant>> DateQuery(Context& ctx, const TimeZone& zone, const char* name, bool end) {
  auto text = ctx.req.Query(name);
  if (!text || text->empty()) return std::optional<Instant>();
  LocalDate d = 0;
  if (text->size() != 10 || !ParseDate(*text, &d)) return Status::Validation({{name, "invalid_value"}});
  return std::optional<Instant>(zone.StartOf(end ? d + 1 : d));
}

Result<Response> ListOpportunities(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt", "amountFen", "expectedCloseDate", "updatedAt"});
  if (!page.ok()) return page.status();
  auto zone = TimeZone::Find(ctx.principal->tenant.time_zone);
  if (!zone.ok()) return zone.status();
  deals::OpportunityFilter f;
  f.q = ctx.req.Query("q").value_or("");
  if (f.q.size() > 200) return Status::Validation({{"q", "too_long"}});
  f.mine = ctx.req.Query("mine").value_or("") == "true";
  f.stale = ctx.req.Query("stale").value_or("") == "true";
  for (auto [key, target] : {std::pair{"ownerId", &f.owner_id}, std::pair{"departmentId", &f.department_id},
                             std::pair{"customerId", &f.customer_id}, std::pair{"processId", &f.process_id},
                             std::pair{"stageId", &f.stage_id}}) {
    auto id = ReadIdQuery(ctx.req, key);
    if (!id.ok()) return id.status();
    *target = *id;
  }
  if (auto status = ctx.req.Query("status"); status && !status->empty()) {
    size_t start = 0;
    while (start <= status->size()) {
      const size_t comma = status->find(',', start);
      const std::string one = status->substr(start, comma == std::string::npos ? std::string::npos : comma - start);
      if (one != "open" && one != "won" && one != "lost" && one != "invalid")
        return Status::Validation({{"status", "invalid_value"}});
      f.statuses.push_back(one);
      if (comma == std::string::npos) break;
      start = comma + 1;
    }
  }
  if (auto month = ctx.req.Query("closeMonth"); month && !month->empty()) {
    LocalDate first = 0;
    if (!ParseMonth(*month, &first)) return Status::Validation({{"closeMonth", "invalid_value"}});
    f.close_month = *month;
  }
  if (auto month = ctx.req.Query("closedMonth"); month && !month->empty()) {
    LocalDate first = 0;
    if (!ParseMonth(*month, &first)) return Status::Validation({{"closedMonth", "invalid_value"}});
    // The month's first day to the next month's first day, in the tenant's zone.
    LocalDate next = 0;
    const int year = std::stoi(month->substr(0, 4)), mon = std::stoi(month->substr(5, 2));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-01", mon == 12 ? year + 1 : year, mon == 12 ? 1 : mon + 1);
    if (!ParseDate(buf, &next)) return Status::Validation({{"closedMonth", "invalid_value"}});
    f.closed_from = zone->StartOf(first);
    f.closed_to = zone->StartOf(next);
  }
  if (auto reached = ctx.req.Query("reachedPosition"); reached && !reached->empty()) {
    try {
      size_t used = 0;
      f.reached_position = std::stoll(*reached, &used);
      if (used != reached->size() || *f.reached_position < 1) throw std::invalid_argument("reachedPosition");
    } catch (...) {
      return Status::Validation({{"reachedPosition", "invalid_value"}});
    }
    if (!f.process_id) return Status::Validation({{"processId", "required"}});
  }
  f.lost_reason = ctx.req.Query("lostReason").value_or("");
  auto from = DateQuery(ctx, *zone, "createdFrom", false);
  if (!from.ok()) return from.status();
  auto to = DateQuery(ctx, *zone, "createdTo", true);
  if (!to.ok()) return to.status();
  f.created_from = *from;
  f.created_to = *to;
  auto list = ctx.services.deals.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, OpportunityJson));
}

Result<Response> CreateOpportunity(Context& ctx) {
  auto in = ReadOpportunity(ctx.req.body, true);
  if (!in.ok()) return in.status();
  return DetailAnswer(201, ctx.services.deals.Create(ctx.caller, *in));
}

Result<Response> GetOpportunity(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return DetailAnswer(200, ctx.services.deals.Get(ctx.caller, *id));
}

Result<Response> UpdateOpportunity(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadOpportunity(ctx.req.body, false);
  if (!in.ok()) return in.status();
  return DetailAnswer(200, ctx.services.deals.Update(ctx.caller, *id, *in));
}

Result<Response> DeleteOpportunity(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.deals.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> MoveOpportunity(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  deals::MoveInput m;
  auto stage = in.IdField("stageId", true);
  auto version = in.Int("version", true);
  m.checklist_done = in.StringArray("checklistDone").value_or(std::vector<std::string>{});
  m.reason = in.String("reason", false, 500).value_or("");
  m.reset_probability = in.Bool("resetProbability").value_or(false);
  if (const auto* fb = obj->if_contains("feedback"); fb && !fb->is_null()) {
    if (!fb->is_object()) in.AddIssue("feedback", "wrong_type");
    else m.feedback = fb->get_object();
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  m.stage_id = *stage;
  m.version = *version;
  return DetailAnswer(200, ctx.services.deals.Move(ctx.caller, *id, m));
}

Result<Response> OpportunityHistory(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto history = ctx.services.deals.History(ctx.caller, *id);
  if (!history.ok()) return history.status();
  json::array items;
  for (const auto& c : *history) items.push_back(StageChangeJson(c));
  return JsonResponse(200, json::object{{"items", std::move(items)}});
}

}  // namespace

void AddDealRoutes(Router& router) {
  // Blocking: a tenant's first list makes its default process.
  router.Add({"GET", "/api/v1/sales-processes", ListProcesses, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/sales-processes", CreateProcess, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/sales-processes/{id}", GetProcess});
  router.Add({"PATCH", "/api/v1/sales-processes/{id}", UpdateProcess, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/sales-processes/{id}", DeleteProcess, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/sales-processes/{id}/versions/{version}", GetProcessVersion});
  router.Add({"GET", "/api/v1/opportunities", ListOpportunities});
  router.Add({"POST", "/api/v1/opportunities", CreateOpportunity, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/opportunities/{id}", GetOpportunity});
  router.Add({"PATCH", "/api/v1/opportunities/{id}", UpdateOpportunity, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/opportunities/{id}", DeleteOpportunity, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/opportunities/{id}/move", MoveOpportunity, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/opportunities/{id}/history", OpportunityHistory});
}

}  // namespace quanke::http
