#include <algorithm>

#include <boost/json.hpp>

#include "core/text_list.h"
#include "core/time_zone.h"
#include "domain/customers/customer_service.h"
#include "domain/fields/field_values.h"
#include "http/customer_json.h"
#include "http/error_writer.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;
using customers::ContactInput;
using customers::CustomerInput;

// Today in the caller's company time zone (for countdowns).
LocalDate Today(const Context& ctx) {
  auto zone = TimeZone::Find(ctx.principal->tenant.time_zone);
  if (!zone.ok()) zone = TimeZone::Find("Asia/Shanghai");
  return zone->DateOf(ctx.services.clock.Now());
}

std::optional<std::optional<double>> NullableNumber(FieldReader& in, const json::object& obj, const char* key) {
  const auto* v = obj.if_contains(key);
  if (!v) return std::nullopt;
  if (v->is_null()) return std::optional<double>();
  if (v->is_number()) return std::optional<double>(v->to_number<double>());
  in.AddIssue(key, "wrong_type");
  return std::nullopt;
}

Result<ContactInput> ReadContactFields(FieldReader& in) {
  ContactInput c;
  c.name = in.String("name", false, 200);
  c.title = in.String("title", false, 200);
  c.notes = in.String("notes", false, 8000);
  c.mobile = in.NullableString("mobile", 64);
  c.phone = in.NullableString("phone", 64);
  c.email = in.NullableString("email", 300);
  c.wechat = in.NullableString("wechat", 200);
  c.birthday = in.NullableString("birthday", 20);
  c.is_primary = in.Bool("isPrimary");
  return c;
}

Result<CustomerInput> ReadCustomerObject(const json::object& object) {
  const json::object* obj = &object;
  FieldReader in(*obj);
  CustomerInput c;
  c.name = in.String("name", false, 400);
  c.short_name = in.String("shortName", false, 200);
  c.industry = in.String("industry", false, 200);
  c.scale = in.String("scale", false, 200);
  c.level = in.String("level", false, 10);
  c.status = in.String("status", false, 20);
  c.source = in.String("source", false, 200);
  c.province = in.String("province", false, 200);
  c.city = in.String("city", false, 200);
  c.district = in.String("district", false, 200);
  c.address = in.String("address", false, 800);
  c.website = in.String("website", false, 800);
  c.credit_code = in.NullableString("creditCode", 64);
  c.phone = in.NullableString("phone", 64);
  c.lat = NullableNumber(in, *obj, "lat");
  c.lng = NullableNumber(in, *obj, "lng");
  c.tags = in.StringArray("tags");
  if (const auto* cf = obj->if_contains("customFields")) {
    if (!cf->is_object()) in.AddIssue("customFields", "wrong_type");
    else if (json::serialize(*cf).size() > 16000) in.AddIssue("customFields", "too_long");
    else c.custom_fields = json::serialize(*cf);
  }
  c.pool_id = in.IdField("poolId");
  c.owner_id = in.IdField("ownerId");
  if (const auto* contacts = obj->if_contains("contacts")) {
    if (!contacts->is_array()) {
      in.AddIssue("contacts", "wrong_type");
    } else {
      std::vector<ContactInput> list;
      for (const auto& item : contacts->get_array()) {
        if (!item.is_object()) {
          in.AddIssue("contacts", "wrong_type");
          break;
        }
        FieldReader ci(item.get_object());
        auto contact = ReadContactFields(ci);
        if (Status s = ci.Finish(); !s.ok()) {
          for (const auto& f : s.fields()) in.AddIssue("contacts." + f.field, f.issue);
          break;
        }
        list.push_back(*contact);
      }
      c.contacts = std::move(list);
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  return c;
}

Result<CustomerInput> ReadCustomer(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  return ReadCustomerObject(*obj);
}

Result<std::optional<Instant>> ReadInstantQuery(const Request& req, const char* name) {
  auto text = req.Query(name);
  if (!text || text->empty()) return std::optional<Instant>();
  Instant t = 0;
  if (!ParseInstant(*text, &t)) return Status::Validation({{name, "invalid_value"}});
  return std::optional<Instant>(t);
}

Result<std::optional<bool>> ReadBoolQuery(const Request& req, const char* name) {
  auto text = req.Query(name);
  if (!text || text->empty()) return std::optional<bool>();
  if (*text == "true" || *text == "1") return std::optional<bool>(true);
  if (*text == "false" || *text == "0") return std::optional<bool>(false);
  return Status::Validation({{name, "invalid_value"}});
}

// `fields=` of a list or an edit: the Customer keys to answer (all when absent).
Result<std::optional<CustomerFields>> ReadFields(const Request& r) {
  auto list = r.Query("fields");
  if (!list) return std::optional<CustomerFields>();
  auto parsed = ParseCustomerFields(*list);
  if (!parsed.ok()) return parsed.status();
  return std::optional<CustomerFields>(*parsed);
}

// Whether the selection shows a joined name other than the owner's (or the countdown's pool).
bool NeedsAllNames(const CustomerFields* only) {
  return WantsCustomerField(only, "reclaim") || WantsCustomerField(only, "ownerDepartmentName") ||
         WantsCustomerField(only, "poolName") || WantsCustomerField(only, "homePoolName") ||
         WantsCustomerField(only, "previousOwnerName");
}

Result<Response> ListCustomers(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-updatedAt", {"updatedAt", "createdAt", "name", "lastFollowUpAt"});
  if (!page.ok()) return page.status();
  customers::CustomerFilter f;
  const Request& r = ctx.req;
  f.q = r.Query("q").value_or("");
  if (f.q.size() > 100) return Status::Validation({{"q", "too_long"}});
  for (auto [name, field] : {std::pair{"status", &f.status}, std::pair{"industry", &f.industry},
                             std::pair{"province", &f.province}, std::pair{"city", &f.city},
                             std::pair{"source", &f.source}, std::pair{"tag", &f.tag}}) {
    *field = r.Query(name).value_or("");
    if (field->size() > 200) return Status::Validation({{name, "too_long"}});
  }
  if (!f.status.empty() && !customers::IsStatus(f.status)) return Status::Validation({{"status", "invalid_value"}});
  // level: one level or a comma list of them (客户类型); empty: columns not filled in.
  f.levels = SplitList(r.Query("level").value_or(""));
  for (const auto& level : f.levels)
    if (!customers::IsLevel(level)) return Status::Validation({{"level", "invalid_value"}});
  f.empty = SplitList(r.Query("empty").value_or(""));
  for (const auto& column : f.empty)
    if (!customers::IsEmptyFilterColumn(column)) return Status::Validation({{"empty", "invalid_value"}});
  auto owner = ReadIdQuery(r, "ownerId");
  if (!owner.ok()) return owner.status();
  f.owner_id = *owner;
  auto pool = ReadIdQuery(r, "poolId");
  if (!pool.ok()) return pool.status();
  f.pool_id = *pool;
  auto mine = ReadBoolQuery(r, "mine");
  if (!mine.ok()) return mine.status();
  f.mine = mine->value_or(false);
  auto in_pool = ReadBoolQuery(r, "inPool");
  if (!in_pool.ok()) return in_pool.status();
  f.in_pool = in_pool->value_or(false);
  auto total = ReadBoolQuery(r, "total");
  if (!total.ok()) return total.status();
  f.count_total = total->value_or(true);
  auto locked = ReadBoolQuery(r, "locked");
  if (!locked.ok()) return locked.status();
  f.locked = *locked;
  f.custom_params = fields::FilterParamsOf(r.query);
  auto from = ReadInstantQuery(r, "lastFollowUpFrom");
  if (!from.ok()) return from.status();
  f.last_follow_up_from = *from;
  auto to = ReadInstantQuery(r, "lastFollowUpTo");
  if (!to.ok()) return to.status();
  f.last_follow_up_to = *to;
  auto fields = ReadFields(r);
  if (!fields.ok()) return fields.status();
  const CustomerFields* only = *fields ? &**fields : nullptr;
  f.with_countdown = WantsCustomerField(only, "reclaim");
  f.all_names = NeedsAllNames(only);
  auto list = ctx.services.customers.List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  const LocalDate today = Today(ctx);
  return JsonResponse(200, ListJson(*list, [&](const customers::CustomerView& v) {
                        return CustomerJson(v, today, only);
                      }));
}

Result<Response> GetCustomer(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto d = ctx.services.customers.Get(ctx.caller, *id);
  if (!d.ok()) return d.status();
  return JsonResponse(200, CustomerDetailJson(*d, Today(ctx)));
}

Result<Response> CreateCustomer(Context& ctx) {
  auto in = ReadCustomer(ctx.req.body);
  if (!in.ok()) return in.status();
  auto d = ctx.services.customers.Create(ctx.caller, *in);
  if (!d.ok()) return d.status();
  return JsonResponse(201, CustomerDetailJson(*d, Today(ctx)));
}

// POST /customers/bulk {"items":[CustomerInput…]}: up to kMaxBulk rows in one transaction; each
// row is created or refused on its own.
constexpr size_t kMaxBulk = 500;

Result<Response> CreateCustomers(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  const auto* items = obj->if_contains("items");
  if (!items) return Status::Validation({{"items", "required"}});
  if (!items->is_array()) return Status::Validation({{"items", "wrong_type"}});
  if (items->get_array().empty()) return Status::Validation({{"items", "required"}});
  if (items->get_array().size() > kMaxBulk) return Status::Validation({{"items", "too_long"}});
  std::vector<CustomerInput> rows;
  std::vector<std::optional<Status>> parse_errors;
  for (const auto& item : items->get_array()) {
    if (!item.is_object()) {
      parse_errors.push_back(Status::Validation({{"", "wrong_type"}}));
      rows.emplace_back();
      continue;
    }
    auto row = ReadCustomerObject(item.get_object());
    parse_errors.push_back(row.ok() ? std::nullopt : std::optional<Status>(row.status()));
    rows.push_back(row.ok() ? *row : CustomerInput{});
  }
  // Rows that did not parse are not sent to the service; their errors are reported in place.
  std::vector<CustomerInput> valid;
  std::vector<size_t> index_of;
  for (size_t i = 0; i < rows.size(); ++i)
    if (!parse_errors[i]) {
      valid.push_back(std::move(rows[i]));
      index_of.push_back(i);
    }
  std::vector<customers::CustomerService::BulkRow> results;
  if (!valid.empty()) {
    auto r = ctx.services.customers.CreateMany(ctx.caller, valid);
    if (!r.ok()) return r.status();
    results = std::move(r.value());
  }
  json::array out(rows.size());
  for (size_t i = 0; i < rows.size(); ++i)
    if (parse_errors[i])
      out[i] = json::object{{"index", static_cast<std::int64_t>(i)}, {"id", nullptr},
                            {"error", ErrorObject(*parse_errors[i], ctx.language)}};
  std::int64_t created = 0;
  for (size_t k = 0; k < results.size(); ++k) {
    const size_t i = index_of[k];
    if (results[k].id) {
      ++created;
      out[i] = json::object{{"index", static_cast<std::int64_t>(i)}, {"id", IdToString(*results[k].id)}, {"error", nullptr}};
    } else {
      out[i] = json::object{{"index", static_cast<std::int64_t>(i)}, {"id", nullptr},
                            {"error", ErrorObject(results[k].status, ctx.language)}};
    }
  }
  return JsonResponse(200, json::object{{"created", created},
                                        {"failed", static_cast<std::int64_t>(rows.size()) - created},
                                        {"items", std::move(out)}});
}

Result<Response> UpdateCustomer(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadCustomer(ctx.req.body);
  if (!in.ok()) return in.status();
  auto fields = ReadFields(ctx.req);
  if (!fields.ok()) return fields.status();
  if (*fields) {
    // The chosen keys of the Customer as it stands after the edit, without the detail's
    // contacts, team and permissions.
    const CustomerFields* only = &**fields;
    if (Status s = ctx.services.customers.Edit(ctx.caller, *id, *in); !s.ok()) return s;
    auto v = ctx.services.customers.View(ctx.caller, *id, WantsCustomerField(only, "reclaim"), NeedsAllNames(only));
    if (!v.ok()) return v.status();
    return JsonResponse(200, CustomerJson(*v, Today(ctx), only));
  }
  auto d = ctx.services.customers.Update(ctx.caller, *id, *in);
  if (!d.ok()) return d.status();
  return JsonResponse(200, CustomerDetailJson(*d, Today(ctx)));
}

Result<Response> DeleteCustomer(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.customers.Delete(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> CheckConflict(Context& ctx) {
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  customers::ConflictQuery q;
  q.name = in.String("name", false, 400);
  q.credit_code = in.String("creditCode", false, 64);
  q.phone = in.String("phone", false, 64);
  q.exclude_id = in.IdField("excludeId");
  if (Status s = in.Finish(); !s.ok()) return s;
  auto matches = ctx.services.customers.CheckConflict(ctx.caller, q);
  if (!matches.ok()) return matches.status();
  json::array items;
  for (const auto& m : *matches) items.push_back(ConflictMatchJson(m));
  return JsonResponse(200, json::object{{"conflict", !matches->empty()}, {"matches", std::move(items)}});
}

Result<Response> OwnerHistory(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto h = ctx.services.customers.History(ctx.caller, *id);
  if (!h.ok()) return h.status();
  return JsonResponse(200, ListJson(*h, HistoryJson));
}

Result<Response> ListContacts(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto list = ctx.services.customers.Contacts(ctx.caller, *id);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, ContactJson));
}

Result<ContactInput> ReadContact(const std::string& body) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto c = ReadContactFields(in);
  if (Status s = in.Finish(); !s.ok()) return s;
  return c;
}

Result<Response> AddContact(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadContact(ctx.req.body);
  if (!in.ok()) return in.status();
  auto c = ctx.services.customers.AddContact(ctx.caller, *id, *in);
  if (!c.ok()) return c.status();
  return JsonResponse(201, ContactJson(*c));
}

Result<Response> UpdateContact(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadContact(ctx.req.body);
  if (!in.ok()) return in.status();
  auto c = ctx.services.customers.UpdateContact(ctx.caller, *id, *in);
  if (!c.ok()) return c.status();
  return JsonResponse(200, ContactJson(*c));
}

Result<Response> DeleteContact(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.customers.DeleteContact(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

json::object RevealedContactJson(const customers::Contact& c) {
  return json::object{{"id", IdToString(c.id)},
                      {"mobile", TextJson(c.mobile)},
                      {"phone", TextJson(c.phone)},
                      {"email", TextJson(c.email)},
                      {"wechat", TextJson(c.wechat)}};
}

Result<Response> RevealCustomer(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.customers.Reveal(ctx.caller, *id);
  if (!r.ok()) return r.status();
  json::array contacts;
  for (const auto& c : r->contacts) contacts.push_back(RevealedContactJson(c));
  boost::system::error_code ec;
  json::value custom = json::parse(r->custom_fields, ec);
  return JsonResponse(200, json::object{{"phone", TextJson(r->phone)},
                                        {"address", r->address},
                                        {"customFields", ec ? json::value(json::object{}) : custom},
                                        {"contacts", std::move(contacts)},
                                        {"revealsLeftToday", r->reveals_left_today}});
}

Result<Response> RevealContact(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto r = ctx.services.customers.RevealContact(ctx.caller, *id);
  if (!r.ok()) return r.status();
  json::object o = RevealedContactJson(r->contacts.front());
  o["revealsLeftToday"] = r->reveals_left_today;
  return JsonResponse(200, std::move(o));
}

json::object RevealSettingsJson(const customers::RevealSettings& s) {
  return json::object{{"dailyQuota", s.daily_quota}};
}

Result<Response> GetRevealSettings(Context& ctx) {
  auto s = ctx.services.customers.RevealSettingsOf(ctx.caller);
  if (!s.ok()) return s.status();
  return JsonResponse(200, RevealSettingsJson(*s));
}

Result<Response> PutRevealSettings(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto quota = in.Int("dailyQuota", true);
  if (Status s = in.Finish(); !s.ok()) return s;
  customers::RevealSettings settings;
  settings.daily_quota = static_cast<int>(std::clamp<std::int64_t>(*quota, -1, 1000000));
  auto saved = ctx.services.customers.SetRevealSettings(ctx.caller, settings);
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, RevealSettingsJson(*saved));
}

}  // namespace

void AddCustomerRoutes(Router& router) {
  router.Add({"GET", "/api/v1/customers", ListCustomers});
  router.Add({"POST", "/api/v1/customers", CreateCustomer, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/bulk", CreateCustomers, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/check-conflict", CheckConflict});
  router.Add({"GET", "/api/v1/customers/{id}", GetCustomer});
  router.Add({"PATCH", "/api/v1/customers/{id}", UpdateCustomer, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/customers/{id}", DeleteCustomer, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/reveal", RevealCustomer, Access::kSession, Runs::kBlocking, Replay::kNever});
  router.Add({"GET", "/api/v1/customers/{id}/owner-history", OwnerHistory});
  router.Add({"GET", "/api/v1/customers/{id}/contacts", ListContacts});
  router.Add({"POST", "/api/v1/customers/{id}/contacts", AddContact, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/contacts/{id}", UpdateContact, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/contacts/{id}", DeleteContact, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/contacts/{id}/reveal", RevealContact, Access::kSession, Runs::kBlocking, Replay::kNever});
  router.Add({"GET", "/api/v1/settings/reveal", GetRevealSettings});
  router.Add({"PUT", "/api/v1/settings/reveal", PutRevealSettings, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
