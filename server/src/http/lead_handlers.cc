// Leads, lead sources, push rules and the conversion mapping (docs/api-leads.md).
#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/fields/field_values.h"
#include "domain/leads/lead_service.h"
#include "http/activity_json.h"
#include "http/error_writer.h"
#include "http/lead_json.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;
using leads::LeadInput;

LocalDate Today(const Context& ctx) {
  auto zone = TimeZone::Find(ctx.principal->tenant.time_zone);
  if (!zone.ok()) zone = TimeZone::Find("Asia/Shanghai");
  return zone->DateOf(ctx.services.clock.Now());
}

Result<Response> Detail(Context& ctx, int status, const Result<leads::LeadDetail>& d) {
  if (!d.ok()) return d.status();
  return JsonResponse(status, LeadDetailJson(*d, Today(ctx)));
}

LeadInput ReadLeadFields(FieldReader& in, const json::object& obj, bool creating) {
  LeadInput l;
  l.name = in.String("name", false, 200);
  l.company = in.String("company", false, 200);
  l.title = in.String("title", false, 100);
  l.campaign = in.String("campaign", false, 200);
  l.province = in.String("province", false, 50);
  l.city = in.String("city", false, 50);
  l.industry = in.String("industry", false, 100);
  l.notes = in.String("notes", false, 5000);
  l.credit_code = in.NullableString("creditCode", 18);
  l.mobile = in.NullableString("mobile", 30);
  l.phone = in.NullableString("phone", 30);
  l.email = in.NullableString("email", 200);
  l.wechat = in.NullableString("wechat", 100);
  l.source_id = in.NullableId("sourceId");
  l.tags = in.StringArray("tags");
  if (const auto* cf = obj.if_contains("customFields")) {
    if (!cf->is_object()) in.AddIssue("customFields", "wrong_type");
    else if (json::serialize(*cf).size() > 16000) in.AddIssue("customFields", "too_long");
    else l.custom_fields = json::serialize(*cf);
  }
  if (creating) {
    l.pool_id = in.IdField("poolId");
    l.owner_id = in.IdField("ownerId");
    l.force = in.Bool("force").value_or(false);
  } else {
    for (const char* key : {"poolId", "ownerId"})
      if (obj.contains(key)) in.AddIssue(key, "invalid_value");  // moves go through claim/assign/transfer
  }
  return l;
}

Result<LeadInput> ReadLead(const std::string& body, bool creating) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  LeadInput l = ReadLeadFields(in, *obj, creating);
  if (Status s = in.Finish(); !s.ok()) return s;
  return l;
}

Result<std::optional<Instant>> DateQuery(Context& ctx, const char* name, bool end) {
  auto text = ctx.req.Query(name);
  if (!text || text->empty()) return std::optional<Instant>();
  LocalDate d = 0;
  if (!ParseDate(*text, &d)) return Status::Validation({{name, "invalid_value"}});
  auto zone = TimeZone::Find(ctx.principal->tenant.time_zone);
  if (!zone.ok()) return zone.status();
  return std::optional<Instant>(zone->StartOf(end ? d + 1 : d));
}

Result<Response> ListLeads(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt", "updatedAt"});
  if (!page.ok()) return page.status();
  leads::LeadFilter f;
  f.q = ctx.req.Query("q").value_or("");
  if (f.q.size() > 200) return Status::Validation({{"q", "too_long"}});
  f.mine = ctx.req.Query("mine").value_or("") == "true";
  f.in_pool = ctx.req.Query("inPool").value_or("") == "true";
  for (auto [key, target] : {std::pair{"ownerId", &f.owner_id}, std::pair{"poolId", &f.pool_id},
                             std::pair{"sourceId", &f.source_id}}) {
    auto id = ReadIdQuery(ctx.req, key);
    if (!id.ok()) return id.status();
    *target = *id;
  }
  f.status = ctx.req.Query("status").value_or("");
  if (!f.status.empty() && !leads::IsLeadStatus(f.status)) return Status::Validation({{"status", "invalid_value"}});
  f.campaign = ctx.req.Query("campaign").value_or("");
  f.province = ctx.req.Query("province").value_or("");
  f.city = ctx.req.Query("city").value_or("");
  f.industry = ctx.req.Query("industry").value_or("");
  auto from = DateQuery(ctx, "createdFrom", false);
  if (!from.ok()) return from.status();
  auto to = DateQuery(ctx, "createdTo", true);
  if (!to.ok()) return to.status();
  f.created_from = *from;
  f.created_to = *to;
  f.custom_params = fields::FilterParamsOf(ctx.req.query);
  auto list = ctx.services.leads.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  const LocalDate today = Today(ctx);
  return JsonResponse(200, ListJson(*list, [&](const leads::LeadView& v) { return LeadJson(v, today); }));
}

Result<Response> CreateLead(Context& ctx) {
  auto in = ReadLead(ctx.req.body, true);
  if (!in.ok()) return in.status();
  return Detail(ctx, 201, ctx.services.leads.Create(ctx.caller, *in));
}

Result<Response> BulkCreateLeads(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader top(*obj);
  auto pool_id = top.IdField("poolId");
  if (Status s = top.Finish(); !s.ok()) return s;
  const auto* items = obj->if_contains("items");
  if (!items || !items->is_array()) return Status::Validation({{"items", "required"}});
  const auto& arr = items->get_array();
  if (arr.empty() || arr.size() > 1000) return Status::Validation({{"items", "invalid_value"}});
  std::vector<LeadInput> rows;
  std::vector<Status> parse_errors(arr.size());
  for (size_t i = 0; i < arr.size(); ++i) {
    if (!arr[i].is_object()) {
      parse_errors[i] = Status::Validation({{"", "wrong_type"}});
      rows.emplace_back();
      continue;
    }
    FieldReader in(arr[i].get_object());
    rows.push_back(ReadLeadFields(in, arr[i].get_object(), false));
    parse_errors[i] = in.Finish();
  }
  // Rows that did not parse are not sent on; their index keeps its place in the answer.
  std::vector<LeadInput> good;
  std::vector<size_t> index;
  for (size_t i = 0; i < rows.size(); ++i)
    if (parse_errors[i].ok()) {
      good.push_back(rows[i]);
      index.push_back(i);
    }
  std::vector<leads::BulkRow> results(arr.size());
  for (size_t i = 0; i < arr.size(); ++i) results[i].status = parse_errors[i];
  if (!good.empty()) {
    auto done = ctx.services.leads.CreateMany(ctx.caller, good, pool_id);
    if (!done.ok()) return done.status();
    for (size_t k = 0; k < index.size(); ++k) results[index[k]] = (*done)[k];
  }
  json::array out;
  std::int64_t created = 0, failed = 0;
  for (size_t i = 0; i < results.size(); ++i) {
    const auto& r = results[i];
    json::object o{{"index", static_cast<std::int64_t>(i)}, {"id", IdJson(r.id)},
                   {"linkedCustomerId", IdJson(r.linked_customer_id)}};
    if (r.id) {
      ++created;
      o["error"] = nullptr;
    } else {
      ++failed;
      o["error"] = ErrorObject(r.status, ctx.language);
    }
    out.push_back(std::move(o));
  }
  return JsonResponse(200, json::object{{"created", created}, {"failed", failed}, {"items", std::move(out)}});
}

Result<Response> CheckLeadConflict(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  customers::ConflictQuery q;
  auto name = in.String("name", false, 200);
  auto company = in.String("company", false, 200);
  q.name = company ? company : name;
  if (auto c = in.NullableString("creditCode", 18); c && *c) q.credit_code = *c;
  if (auto p = in.NullableString("phone", 30); p && *p) q.phone = *p;
  auto exclude = in.IdField("excludeLeadId");
  if (Status s = in.Finish(); !s.ok()) return s;
  auto matches = ctx.services.leads.CheckConflict(ctx.caller, q, exclude);
  if (!matches.ok()) return matches.status();
  json::array items;
  for (const auto& m : *matches) items.push_back(LeadMatchJson(m));
  return JsonResponse(200, json::object{{"conflict", !matches->empty()}, {"matches", std::move(items)}});
}

Result<Response> GetLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return Detail(ctx, 200, ctx.services.leads.Get(ctx.caller, *id));
}

Result<Response> RevealLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.leads.Reveal(ctx.caller, *id);
  if (!r.ok()) return r.status();
  const leads::Lead& l = r->lead;
  boost::system::error_code ec;
  json::value custom = json::parse(l.custom_fields, ec);
  return JsonResponse(200, json::object{{"mobile", TextJson(l.mobile)},
                                        {"phone", TextJson(l.phone)},
                                        {"email", TextJson(l.email)},
                                        {"wechat", TextJson(l.wechat)},
                                        {"customFields", ec ? json::value(json::object{}) : custom},
                                        {"revealsLeftToday", r->reveals_left_today}});
}

Result<Response> UpdateLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadLead(ctx.req.body, false);
  if (!in.ok()) return in.status();
  return Detail(ctx, 200, ctx.services.leads.Update(ctx.caller, *id, *in));
}

Result<Response> DeleteLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.leads.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> SetLeadStatus(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto status = in.String("status", true, 20);
  auto reason = in.String("reason", false, 500);
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, 200, ctx.services.leads.SetStatus(ctx.caller, *id, *status, reason.value_or("")));
}

Result<Response> ClaimLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  return Detail(ctx, 200, ctx.services.leads.Claim(ctx.caller, *id));
}

Result<Response> AssignLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto user = in.IdField("userId", true);
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, 200, ctx.services.leads.Assign(ctx.caller, *id, *user));
}

Result<Response> ReleaseLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto reason = in.String("reason", true, 500);
  auto pool = in.IdField("poolId");
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, 200, ctx.services.leads.Release(ctx.caller, *id, *reason, pool));
}

Result<Response> TransferLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto user = in.IdField("userId", true);
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, 200, ctx.services.leads.Transfer(ctx.caller, *id, *user));
}

Result<Response> ListLeadFollowUps(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt"});
  if (!page.ok()) return page.status();
  auto list = ctx.services.leads.FollowUps(ctx.caller, *id, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, FollowUpJson));
}

Result<Response> AddLeadFollowUp(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  activity::FollowUpInput f;
  f.type = in.String("type", false, 20);
  f.text = in.String("text", false, 20000);
  auto next = in.String("nextFollowUpAt", false, 40);
  if (Status s = in.Finish(); !s.ok()) return s;
  if (next) {
    Instant t = 0;
    if (!ParseInstant(*next, &t)) return Status::Validation({{"nextFollowUpAt", "invalid_value"}});
    f.next_follow_up_at = t;
  }
  auto created = ctx.services.leads.AddFollowUp(ctx.caller, *id, f);
  if (!created.ok()) return created.status();
  return JsonResponse(201, FollowUpJson(*created));
}

Result<Response> LeadHistory(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto h = ctx.services.leads.History(ctx.caller, *id);
  if (!h.ok()) return h.status();
  return JsonResponse(200, ListJson(*h, LeadHistoryJson));
}

Result<Response> ConvertLead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  leads::ConvertInput c;
  c.customer_id = in.IdField("customerId");
  if (const auto* cu = obj->if_contains("customer")) {
    if (!cu->is_object()) {
      in.AddIssue("customer", "wrong_type");
    } else {
      FieldReader cin(cu->get_object());
      c.customer.name = cin.String("name", false, 400);
      c.customer.short_name = cin.String("shortName", false, 200);
      c.customer.industry = cin.String("industry", false, 200);
      c.customer.scale = cin.String("scale", false, 200);
      c.customer.level = cin.String("level", false, 10);
      c.customer.status = cin.String("status", false, 20);
      c.customer.province = cin.String("province", false, 200);
      c.customer.city = cin.String("city", false, 200);
      c.customer.district = cin.String("district", false, 200);
      c.customer.address = cin.String("address", false, 800);
      if (Status s = cin.Finish(); !s.ok())
        for (const auto& f : s.fields()) in.AddIssue("customer." + f.field, f.issue);
    }
  }
  if (const auto* ct = obj->if_contains("contact")) {
    if (!ct->is_object()) {
      in.AddIssue("contact", "wrong_type");
    } else {
      FieldReader cin(ct->get_object());
      c.contact_name = cin.String("name", false, 200);
      c.contact_title = cin.String("title", false, 200);
      if (Status s = cin.Finish(); !s.ok())
        for (const auto& f : s.fields()) in.AddIssue("contact." + f.field, f.issue);
    }
  }
  if (const auto* op = obj->if_contains("opportunity"); op && !op->is_null()) {
    if (!op->is_object()) {
      in.AddIssue("opportunity", "wrong_type");
    } else {
      FieldReader oin(op->get_object());
      deals::ConvertedOpportunity o;
      o.name = oin.String("name", true, 200).value_or("");
      o.amount_fen = oin.Int("amountFen");
      o.expected_close_date = oin.String("expectedCloseDate", false, 10);
      o.process_id = oin.IdField("processId");
      if (Status s = oin.Finish(); !s.ok()) {
        for (const auto& f : s.fields()) in.AddIssue("opportunity." + f.field, f.issue);
      } else {
        c.opportunity = std::move(o);
      }
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  auto r = ctx.services.leads.Convert(ctx.caller, *id, c);
  if (!r.ok()) return r.status();
  return JsonResponse(200, json::object{{"lead", LeadDetailJson(r->lead, Today(ctx))},
                                        {"customerId", IdToString(r->customer_id)},
                                        {"contactId", IdJson(r->contact_id)},
                                        {"opportunityId", IdJson(r->opportunity_id)},
                                        {"attached", r->attached}});
}

// ---- Configuration ----

json::object MappingJson(const std::vector<leads::ConversionField>& fields) {
  json::array a;
  for (const auto& f : fields) a.push_back(json::object{{"lead", f.lead}, {"customer", f.customer}});
  return json::object{{"fields", std::move(a)}};
}

Result<Response> GetMapping(Context& ctx) {
  auto m = ctx.services.leads.ConversionMapping(ctx.caller);
  if (!m.ok()) return m.status();
  return JsonResponse(200, MappingJson(*m));
}

Result<Response> PutMapping(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  const auto* fields = obj->if_contains("fields");
  if (!fields || !fields->is_array()) return Status::Validation({{"fields", "required"}});
  std::vector<leads::ConversionField> list;
  for (const auto& f : fields->get_array()) {
    const auto* o = f.if_object();
    const auto* a = o ? o->if_contains("lead") : nullptr;
    const auto* b = o ? o->if_contains("customer") : nullptr;
    if (!a || !b || !a->is_string() || !b->is_string())
      return Status::Validation({{"fields[" + std::to_string(list.size()) + "]", "invalid_value"}});
    list.push_back({std::string(a->get_string()), std::string(b->get_string())});
  }
  auto m = ctx.services.leads.SetConversionMapping(ctx.caller, list);
  if (!m.ok()) return m.status();
  return JsonResponse(200, MappingJson(*m));
}

Result<std::optional<std::vector<leads::LeadSourceCost>>> ReadCosts(FieldReader& in, const json::object& obj) {
  const auto* c = obj.if_contains("costs");
  if (!c) return std::optional<std::vector<leads::LeadSourceCost>>();
  if (!c->is_array()) return Status::Validation({{"costs", "wrong_type"}});
  std::vector<leads::LeadSourceCost> out;
  for (const auto& e : c->get_array()) {
    const auto* o = e.if_object();
    const auto* m = o ? o->if_contains("month") : nullptr;
    const auto* a = o ? o->if_contains("amount") : nullptr;
    if (!m || !a || !m->is_string() || !a->is_int64()) return Status::Validation({{"costs", "invalid_value"}});
    out.push_back({std::string(m->get_string()), a->get_int64()});
  }
  (void)in;
  return std::optional<std::vector<leads::LeadSourceCost>>(std::move(out));
}

Result<Response> ListSources(Context& ctx) {
  auto s = ctx.services.leads.Sources(ctx.caller);
  if (!s.ok()) return s.status();
  return JsonResponse(200, ListJson(*s, LeadSourceJson));
}

Result<Response> CreateSource(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  leads::LeadSource s;
  auto name = in.String("name", true, 100);
  auto enabled = in.Bool("enabled");
  auto order = in.Int("sortOrder");
  auto costs = ReadCosts(in, *obj);
  if (Status st = in.Finish(); !st.ok()) return st;
  if (!costs.ok()) return costs.status();
  s.name = name.value_or("");
  s.enabled = enabled.value_or(true);
  s.sort_order = order.value_or(0);
  if (*costs) s.costs = **costs;
  auto created = ctx.services.leads.CreateSource(ctx.caller, s);
  if (!created.ok()) return created.status();
  return JsonResponse(201, LeadSourceJson(*created));
}

Result<Response> UpdateSource(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto name = in.String("name", false, 100);
  auto enabled = in.Bool("enabled");
  auto order = in.Int("sortOrder");
  auto costs = ReadCosts(in, *obj);
  if (Status st = in.Finish(); !st.ok()) return st;
  if (!costs.ok()) return costs.status();
  auto updated = ctx.services.leads.UpdateSource(ctx.caller, *id, name, enabled, order, *costs);
  if (!updated.ok()) return updated.status();
  return JsonResponse(200, LeadSourceJson(*updated));
}

Result<Response> DeleteSource(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.leads.DeleteSource(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> GetPushRules(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.leads.PushRules(ctx.caller, *id);
  if (!r.ok()) return r.status();
  return JsonResponse(200, ListJson(*r, PushRuleJson));
}

std::vector<std::string> StringList(FieldReader& in, const json::object& o, const char* key, const std::string& at) {
  std::vector<std::string> out;
  const auto* v = o.if_contains(key);
  if (!v) return out;
  if (!v->is_array()) {
    in.AddIssue(at + "." + key, "wrong_type");
    return out;
  }
  for (const auto& e : v->get_array()) {
    if (!e.is_string() || e.get_string().size() > 200) {
      in.AddIssue(at + "." + key, "invalid_value");
      return {};
    }
    out.emplace_back(e.get_string());
  }
  return out;
}

Result<Response> PutPushRules(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  const auto* rules = obj->if_contains("rules");
  if (!rules || !rules->is_array()) return Status::Validation({{"rules", "required"}});
  FieldReader top(*obj);
  std::vector<leads::PushRule> list;
  for (size_t i = 0; i < rules->get_array().size(); ++i) {
    const std::string at = "rules[" + std::to_string(i) + "]";
    const auto* o = rules->get_array()[i].if_object();
    if (!o) return Status::Validation({{at, "wrong_type"}});
    FieldReader in(*o);
    leads::PushRule r;
    if (auto rid = in.IdField("id")) r.id = *rid;
    r.name = in.String("name", false, 100).value_or("");
    r.enabled = in.Bool("enabled").value_or(true);
    r.strategy = in.String("strategy", true, 20).value_or("");
    r.user_id = in.IdField("userId");
    if (const auto* m = o->if_contains("match")) {
      if (!m->is_object()) {
        top.AddIssue(at + ".match", "wrong_type");
      } else {
        const auto& mo = m->get_object();
        r.match.provinces = StringList(top, mo, "provinces", at + ".match");
        r.match.cities = StringList(top, mo, "cities", at + ".match");
        r.match.industries = StringList(top, mo, "industries", at + ".match");
        r.match.campaigns = StringList(top, mo, "campaigns", at + ".match");
        for (const auto& s : StringList(top, mo, "sourceIds", at + ".match")) {
          auto sid = ParseId(s);
          if (!sid) top.AddIssue(at + ".match.sourceIds", "invalid_value");
          else r.match.source_ids.push_back(*sid);
        }
      }
    }
    if (const auto* ms = o->if_contains("members")) {
      if (!ms->is_array()) {
        top.AddIssue(at + ".members", "wrong_type");
      } else {
        for (const auto& m : ms->get_array()) {
          const auto* mo = m.if_object();
          if (!mo) {
            top.AddIssue(at + ".members", "wrong_type");
            break;
          }
          FieldReader min(*mo);
          leads::PushMember pm;
          auto uid = min.IdField("userId", true);
          if (const auto* cap = mo->if_contains("dailyCap"); cap && !cap->is_null()) {
            if (!cap->is_int64()) min.AddIssue("dailyCap", "wrong_type");
            else pm.daily_cap = cap->get_int64();
          }
          pm.paused = min.Bool("paused").value_or(false);
          if (Status s = min.Finish(); !s.ok() || !uid) {
            top.AddIssue(at + ".members", "invalid_value");
            break;
          }
          pm.user_id = *uid;
          r.members.push_back(pm);
        }
      }
    }
    if (Status s = in.Finish(); !s.ok())
      for (const auto& f : s.fields()) top.AddIssue(at + "." + f.field, f.issue);
    list.push_back(std::move(r));
  }
  if (Status s = top.Finish(); !s.ok()) return s;
  auto saved = ctx.services.leads.SetPushRules(ctx.caller, *id, std::move(list));
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, ListJson(*saved, PushRuleJson));
}

}  // namespace

void AddLeadRoutes(Router& router) {
  router.Add({"GET", "/api/v1/leads", ListLeads});
  router.Add({"POST", "/api/v1/leads", CreateLead, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/bulk", BulkCreateLeads, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/check-conflict", CheckLeadConflict, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/leads/{id}", GetLead});
  router.Add({"PATCH", "/api/v1/leads/{id}", UpdateLead, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/leads/{id}", DeleteLead, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/{id}/status", SetLeadStatus, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/{id}/claim", ClaimLead, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/{id}/reveal", RevealLead, Access::kSession, Runs::kBlocking, Replay::kNever});
  router.Add({"POST", "/api/v1/leads/{id}/assign", AssignLead, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/{id}/release", ReleaseLead, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/leads/{id}/transfer", TransferLead, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/leads/{id}/follow-ups", ListLeadFollowUps});
  router.Add({"POST", "/api/v1/leads/{id}/follow-ups", AddLeadFollowUp, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/leads/{id}/history", LeadHistory});
  router.Add({"POST", "/api/v1/leads/{id}/convert", ConvertLead, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/lead-conversion-mapping", GetMapping});
  router.Add({"PUT", "/api/v1/lead-conversion-mapping", PutMapping, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/lead-sources", ListSources});
  router.Add({"POST", "/api/v1/lead-sources", CreateSource, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/lead-sources/{id}", UpdateSource, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/lead-sources/{id}", DeleteSource, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/pools/{id}/push-rules", GetPushRules});
  router.Add({"PUT", "/api/v1/pools/{id}/push-rules", PutPushRules, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
