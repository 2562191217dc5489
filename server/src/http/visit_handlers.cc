#include <boost/json.hpp>

#include <algorithm>
#include <charconv>
#include <cmath>

#include "core/geo.h"
#include "core/text_list.h"
#include "domain/customers/customer_types.h"
#include "domain/visits/visit_service.h"
#include "http/activity_json.h"
#include "http/customer_json.h"
#include "http/json_io.h"
#include "http/router.h"
#include "storage/database.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

// Output coordinates in GCJ-02 when the client asks (?coord=gcj02) for a Chinese map provider.
bool WantsGcj(const Request& req) { return req.Query("coord").value_or("") == "gcj02"; }
void PutLatLng(json::object& o, double lat, double lng, bool gcj) {
  if (gcj) std::tie(lat, lng) = geo::Wgs84ToGcj02(lat, lng);
  o["lat"] = lat;
  o["lng"] = lng;
}

Result<double> NumberQuery(const Request& req, const char* name, std::optional<double> fallback) {
  auto text = req.Query(name);
  if (!text || text->empty()) {
    if (fallback) return *fallback;
    return Status::Validation({{name, "required"}});
  }
  // Plain decimal only (no hex, no "inf"): from_chars with the general format.
  double v = 0;
  const char* end = text->data() + text->size();
  auto [ptr, ec] = std::from_chars(text->data(), end, v);
  if (ec != std::errc() || ptr != end || !std::isfinite(v)) return Status::Validation({{name, "invalid_value"}});
  return v;
}

Result<std::optional<Instant>> InstantQuery(const Request& req, const char* name) {
  auto text = req.Query(name);
  if (!text || text->empty()) return std::optional<Instant>();
  Instant t = 0;
  if (!ParseInstant(*text, &t)) return Status::Validation({{name, "invalid_value"}});
  return std::optional<Instant>(t);
}

json::object CheckInJson(const visits::CheckIn& k, bool gcj) {
  json::array reasons, attachments;
  for (const auto& r : k.reasons) {
    json::object d;
    for (const auto& [key, v] : r.details) d[key] = v;
    reasons.push_back(json::object{{"code", r.code}, {"message", r.message}, {"details", std::move(d)}});
  }
  for (const auto& a : k.attachments) attachments.push_back(AttachmentJson(a));
  json::object o{{"id", IdToString(k.id)},
                 {"userId", IdToString(k.user_id)},
                 {"userName", k.user_name},
                 {"accuracyM", k.accuracy_m},
                 {"provider", k.provider},
                 {"mockLocation", k.mock_location},
                 {"purpose", k.purpose},
                 {"notes", k.notes},
                 {"score", k.score},
                 {"reasons", std::move(reasons)},
                 {"attachments", std::move(attachments)},
                 {"fixedCustomerLocation", k.fixed_customer_location},
                 {"photoTakenAt", k.photo_taken_at ? json::value(FormatInstant(*k.photo_taken_at)) : json::value(nullptr)},
                 {"photoTimeSource", k.photo_time_source.empty() ? json::value(nullptr) : json::value(k.photo_time_source)}};
  PutLatLng(o, k.lat, k.lng, gcj);
  o["customerId"] = IdJson(k.customer_id);
  o["customerName"] = k.customer_id ? json::value(k.customer_name) : json::value(nullptr);
  o["distanceM"] = k.distance_m ? json::value(*k.distance_m) : json::value(nullptr);
  o["followUpId"] = IdJson(k.follow_up_id);
  o["at"] = InstantJson(k.at);
  o["capturedAt"] = InstantJson(k.captured_at);
  o["receivedAt"] = InstantJson(k.received_at);
  return o;
}

json::object PlanJson(const visits::VisitPlan& p) {
  json::object o{{"id", IdToString(p.id)},
                 {"userId", IdToString(p.user_id)},
                 {"userName", p.user_name},
                 {"customerId", IdToString(p.customer_id)},
                 {"customerName", p.customer_name},
                 {"notes", p.notes},
                 {"status", p.status}};
  o["plannedAt"] = InstantJson(p.planned_at);
  o["remindMinutesBefore"] = p.remind_minutes ? json::value(*p.remind_minutes) : json::value(nullptr);
  o["checkInId"] = IdJson(p.check_in_id);
  o["createdAt"] = InstantJson(p.created_at);
  return o;
}

json::object PolicyJson(const visits::CheckInPolicy& p) {
  return {{"policy", p.policy},
          {"maxDistanceM", p.max_distance_m},
          {"maxAccuracyM", p.max_accuracy_m},
          {"maxSpeedKmh", p.max_speed_kmh},
          {"photoMaxAgeMinutes", p.photo_max_age_minutes}};
}

// A nearby customer: the card (docs/api-visits.md), not the whole record.
json::object NearbyCustomerJson(const visits::NearbyCustomer& n, bool gcj) {
  const customers::CustomerCard& c = n.card;
  json::object o{{"id", IdToString(c.id)},
                 {"name", c.name},
                 {"shortName", c.short_name},
                 {"industry", c.industry},
                 {"level", c.level},
                 {"status", c.status},
                 {"city", c.city},
                 {"district", c.district},
                 {"address", c.address},
                 {"lat", nullptr},
                 {"lng", nullptr},
                 {"phone", TextJson(c.phone)},
                 {"phoneMasked", n.phone_masked},
                 {"locked", c.locked},
                 {"ownerId", IdJson(c.owner_id)},
                 {"ownerName", c.owner_id ? NonEmpty(c.owner_name) : json::value(nullptr)},
                 {"ownerDepartmentName", c.owner_id ? NonEmpty(c.owner_department) : json::value(nullptr)},
                 {"poolId", IdJson(c.pool_id)},
                 {"poolName", c.pool_id ? NonEmpty(c.pool_name) : json::value(nullptr)},
                 {"lastFollowUpAt", InstantJson(c.last_follow_up_at)},
                 {"nextFollowUpAt", InstantJson(c.next_follow_up_at)},
                 {"distanceM", n.distance_m}};
  if (c.lat && c.lng) PutLatLng(o, *c.lat, *c.lng, gcj);
  return o;
}

Result<Response> Nearby(Context& ctx) {
  auto lat = NumberQuery(ctx.req, "lat", std::nullopt);
  auto lng = NumberQuery(ctx.req, "lng", std::nullopt);
  auto radius = NumberQuery(ctx.req, "radius", 2000.0);
  auto limit = NumberQuery(ctx.req, "limit", 20.0);
  std::vector<FieldIssue> issues;
  for (auto [r, f] : {std::pair{&lat, "lat"}, std::pair{&lng, "lng"}, std::pair{&radius, "radius"}, std::pair{&limit, "limit"}})
    if (!r->ok()) issues.insert(issues.end(), r->status().fields().begin(), r->status().fields().end());
  if (!issues.empty()) return Status::Validation(std::move(issues));
  double qlat = *lat, qlng = *lng;
  if (ctx.req.Query("coord").value_or("") == "gcj02" && geo::ValidLatLng(qlat, qlng))
    std::tie(qlat, qlng) = geo::Gcj02ToWgs84(qlat, qlng);
  if (*limit != std::floor(*limit)) return Status::Validation({{"limit", "invalid_value"}});
  auto list = ctx.services.visits.Nearby(ctx.caller, qlat, qlng, *radius, static_cast<int>(*limit),
                                         ctx.req.Query("scope").value_or("all"));
  if (!list.ok()) return list.status();
  const bool gcj = WantsGcj(ctx.req);
  json::array items;
  items.reserve(list->size());
  for (const auto& n : *list) items.push_back(NearbyCustomerJson(n, gcj));
  json::object center;
  PutLatLng(center, qlat, qlng, gcj);
  return JsonResponse(200, json::object{{"items", std::move(items)}, {"center", std::move(center)}, {"radius", *radius}});
}

Result<Response> CheckIn(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  visits::CheckInInput k;
  auto number = [&](const char* key, bool required) -> std::optional<double> {
    const auto* v = body->if_contains(key);
    if (!v) {
      if (required) in.AddIssue(key, "required");
      return std::nullopt;
    }
    if (!v->is_number()) {
      in.AddIssue(key, "wrong_type");
      return std::nullopt;
    }
    return v->to_number<double>();
  };
  auto lat = number("lat", true);
  auto lng = number("lng", true);
  auto accuracy = number("accuracyM", true);
  auto provider = in.String("provider", false, 50);
  auto mock = in.Bool("mockLocation");
  k.customer_id = in.IdField("customerId");
  auto purpose = in.String("purpose", false, 500);
  auto notes = in.String("notes", false, 8000);
  auto attachments = in.IdArray("attachmentIds");
  auto taken = in.String("photoTakenAt", false, 40);
  auto taken_source = in.String("photoTimeSource", false, 10);
  auto coord = in.String("coord", false, 10);
  auto captured = in.String("capturedAt", false, 40);
  if (Status s = in.Finish(); !s.ok()) return s;
  if (coord && *coord != "wgs84" && *coord != "gcj02") return Status::Validation({{"coord", "invalid_value"}});
  k.lat = *lat;
  k.lng = *lng;
  k.accuracy_m = *accuracy;
  if (coord && *coord == "gcj02" && geo::ValidLatLng(k.lat, k.lng)) std::tie(k.lat, k.lng) = geo::Gcj02ToWgs84(k.lat, k.lng);
  k.provider = provider.value_or("");
  k.mock_location = mock.value_or(false);
  k.purpose = purpose.value_or("");
  k.notes = notes.value_or("");
  if (attachments) k.attachment_ids = *attachments;
  if (taken) {
    Instant t = 0;
    if (!ParseInstant(*taken, &t)) return Status::Validation({{"photoTakenAt", "invalid_value"}});
    k.photo_taken_at = t;
  }
  if (captured) {
    Instant t = 0;
    if (!ParseInstant(*captured, &t)) return Status::Validation({{"capturedAt", "invalid_value"}});
    k.captured_at = t;
  }
  if (taken_source) {
    if (*taken_source != "exif" && *taken_source != "file")
      return Status::Validation({{"photoTimeSource", "invalid_value"}});
    if (!taken) return Status::Validation({{"photoTakenAt", "required"}});
    k.photo_time_source = *taken_source;
  }
  auto saved = ctx.services.visits.CheckInNow(ctx.caller, k);
  if (!saved.ok()) return saved.status();
  return JsonResponse(201, CheckInJson(*saved, false));
}

Result<Response> ListCheckIns(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-at", {"at"});
  if (!page.ok()) return page.status();
  auto user = ReadIdQuery(ctx.req, "userId");
  if (!user.ok()) return user.status();
  auto customer = ReadIdQuery(ctx.req, "customerId");
  if (!customer.ok()) return customer.status();
  auto from = InstantQuery(ctx.req, "from");
  if (!from.ok()) return from.status();
  auto to = InstantQuery(ctx.req, "to");
  if (!to.ok()) return to.status();
  auto list = ctx.services.visits.CheckIns(ctx.caller, *user, *customer, ctx.req.Query("score").value_or(""), *from, *to, *page);
  if (!list.ok()) return list.status();
  const bool gcj = WantsGcj(ctx.req);
  return JsonResponse(200, ListJson(*list, [&](const visits::CheckIn& k) { return CheckInJson(k, gcj); }));
}

Result<Response> GetCheckIn(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto k = ctx.services.visits.Get(ctx.caller, *id);
  if (!k.ok()) return k.status();
  return JsonResponse(200, CheckInJson(*k, WantsGcj(ctx.req)));
}

Result<Response> GetPolicy(Context& ctx) {
  auto p = ctx.services.visits.Policy(ctx.caller);
  if (!p.ok()) return p.status();
  return JsonResponse(200, PolicyJson(*p));
}

Result<Response> PutPolicy(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  auto current = ctx.services.visits.Policy(ctx.caller);
  if (!current.ok()) return current.status();
  visits::CheckInPolicy p = *current;
  FieldReader in(*body);
  if (auto v = in.String("policy", false, 10)) p.policy = *v;
  for (auto [key, field] : {std::pair{"maxDistanceM", &p.max_distance_m}, std::pair{"maxAccuracyM", &p.max_accuracy_m},
                            std::pair{"maxSpeedKmh", &p.max_speed_kmh}}) {
    if (const auto* v = body->if_contains(key)) {
      if (!v->is_number()) in.AddIssue(key, "wrong_type");
      else *field = v->to_number<double>();
    }
  }
  if (auto v = in.Int("photoMaxAgeMinutes")) p.photo_max_age_minutes = static_cast<int>(std::clamp<std::int64_t>(*v, -1, 1000000));
  if (Status s = in.Finish(); !s.ok()) return s;
  auto saved = ctx.services.visits.SetPolicy(ctx.caller, p);
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, PolicyJson(*saved));
}

json::object MapTilesJson(const visits::MapSettings& m) {
  return json::object{
      {"preset", m.preset}, {"customUrl", m.custom_url}, {"customGcj02", m.custom_gcj02}, {"isDefault", m.is_default}};
}

// GET /settings/map: the tenant's map tiles, for every signed-in user (the maps need them).
Result<Response> GetMapTiles(Context& ctx) {
  auto m = ctx.services.visits.MapTiles(ctx.caller);
  if (!m.ok()) return m.status();
  return JsonResponse(200, MapTilesJson(*m));
}

// PUT /settings/map: preset is required; customUrl and customGcj02 keep their stored values when absent.
Result<Response> PutMapTiles(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  auto current = ctx.services.visits.MapTiles(ctx.caller);
  if (!current.ok()) return current.status();
  visits::MapSettings m = *current;
  FieldReader in(*body);
  m.preset = in.String("preset", true, 20).value_or("");
  if (auto v = in.String("customUrl", false, 500)) m.custom_url = *v;
  if (auto v = in.Bool("customGcj02")) m.custom_gcj02 = *v;
  if (Status s = in.Finish(); !s.ok()) return s;
  auto saved = ctx.services.visits.SetMapTiles(ctx.caller, m);
  if (!saved.ok()) return saved.status();
  return JsonResponse(200, MapTilesJson(*saved));
}

Result<visits::PlanInput> ReadPlan(const Request& req) {
  auto body = ParseJsonObject(req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  visits::PlanInput p;
  p.customer_id = in.IdField("customerId");
  auto planned = in.String("plannedAt", false, 40);
  p.notes = in.String("notes", false, 2000);
  if (const auto* v = body->if_contains("remindMinutesBefore")) {
    if (v->is_null()) p.remind_minutes = std::optional<int>();
    else if (v->is_int64()) p.remind_minutes = std::optional<int>(static_cast<int>(std::clamp<std::int64_t>(v->get_int64(), -1, 1000000)));
    else in.AddIssue("remindMinutesBefore", "wrong_type");
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  if (planned) {
    Instant t = 0;
    if (!ParseInstant(*planned, &t)) return Status::Validation({{"plannedAt", "invalid_value"}});
    p.planned_at = t;
  }
  return p;
}

Result<Response> ListPlans(Context& ctx) {
  auto user = ReadIdQuery(ctx.req, "userId");
  if (!user.ok()) return user.status();
  auto from = InstantQuery(ctx.req, "from");
  if (!from.ok()) return from.status();
  auto to = InstantQuery(ctx.req, "to");
  if (!to.ok()) return to.status();
  auto list = ctx.services.visits.Plans(ctx.caller, *user, *from, *to, ctx.req.Query("status").value_or(""));
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, PlanJson));
}

Result<Response> CreatePlan(Context& ctx) {
  auto in = ReadPlan(ctx.req);
  if (!in.ok()) return in.status();
  auto p = ctx.services.visits.CreatePlan(ctx.caller, *in);
  if (!p.ok()) return p.status();
  return JsonResponse(201, PlanJson(*p));
}

Result<Response> UpdatePlan(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadPlan(ctx.req);
  if (!in.ok()) return in.status();
  auto p = ctx.services.visits.UpdatePlan(ctx.caller, *id, *in);
  if (!p.ok()) return p.status();
  return JsonResponse(200, PlanJson(*p));
}

Result<Response> DeletePlan(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.visits.DeletePlan(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

// forgottenDays (1–3650, default 150), departmentId and customerLevels, which the statistics and
// the customers behind their never-visited and forgotten numbers share.
Result<visits::NeglectQuery> ReadNeglectQuery(const Request& req) {
  auto days = ReadIntQuery(req, "forgottenDays", 150, 1, 3650);
  if (!days.ok()) return days.status();
  auto department = ReadIdQuery(req, "departmentId");
  if (!department.ok()) return department.status();
  // customerLevels (客户类型): a comma list of levels.
  std::vector<std::string> levels;
  for (auto& level : SplitList(req.Query("customerLevels").value_or(""))) {
    if (!customers::IsLevel(level)) return Status::Validation({{"customerLevels", "invalid_value"}});
    if (std::find(levels.begin(), levels.end(), level) == levels.end()) levels.push_back(std::move(level));
  }
  return visits::NeglectQuery{*days, *department, std::move(levels)};
}

Result<Response> Stats(Context& ctx) {
  auto from = InstantQuery(ctx.req, "from");
  if (!from.ok()) return from.status();
  auto to = InstantQuery(ctx.req, "to");
  if (!to.ok()) return to.status();
  auto q = ReadNeglectQuery(ctx.req);
  if (!q.ok()) return q.status();
  const Instant now = ctx.services.clock.Now();
  auto st = ctx.services.visits.Stats(ctx.caller, from->value_or(now - 30LL * 24 * 3600 * 1000), to->value_or(now + 1),
                                      *q);
  if (!st.ok()) return st.status();
  json::array users, customers;
  for (const auto& u : st->by_user)
    users.push_back(json::object{{"userId", IdToString(u.user_id)}, {"name", u.name}, {"departmentName", u.department},
                                 {"visits", u.visits}, {"customersVisited", u.customers}, {"suspicious", u.suspicious},
                                 {"neverVisited", u.never}, {"forgotten", u.forgotten}});
  for (const auto& c : st->by_customer)
    customers.push_back(json::object{{"customerId", IdToString(c.customer_id)}, {"name", c.name}, {"visits", c.visits}});
  json::object total{{"visits", st->visits},       {"customersVisited", st->customers},
                     {"neverVisited", st->never},  {"forgotten", st->forgotten}};
  return JsonResponse(200, json::object{{"byUser", std::move(users)},
                                        {"byCustomer", std::move(customers)},
                                        {"total", std::move(total)},
                                        {"forgottenDays", q->forgotten_days}});
}

Result<Response> Neglected(Context& ctx) {
  const std::string kind = ctx.req.Query("kind").value_or("");
  if (kind != "never" && kind != "forgotten") return Status::Validation({{"kind", kind.empty() ? "required" : "invalid_value"}});
  auto q = ReadNeglectQuery(ctx.req);
  if (!q.ok()) return q.status();
  auto owner = ReadIdQuery(ctx.req, "ownerId");
  if (!owner.ok()) return owner.status();
  auto page = ReadPageRequest(ctx.req, "", {""});  // one order: oldest first
  if (!page.ok()) return page.status();
  auto list = ctx.services.visits.Neglected(ctx.caller, kind == "never", *q, *owner, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, [](const customers::NeglectedCustomer& c) {
    return json::object{{"id", IdToString(c.id)},
                        {"name", c.name},
                        {"ownerId", IdToString(c.owner_id)},
                        {"ownerName", c.owner_name},
                        {"lastVisitAt", InstantJson(c.last_visit_at)},
                        {"lastFollowUpAt", InstantJson(c.last_follow_up_at)},
                        {"createdAt", InstantJson(c.created_at)}};
  }));
}

Result<Response> Map(Context& ctx) {
  auto from = InstantQuery(ctx.req, "from");
  if (!from.ok()) return from.status();
  auto to = InstantQuery(ctx.req, "to");
  if (!to.ok()) return to.status();
  auto user = ReadIdQuery(ctx.req, "userId");
  if (!user.ok()) return user.status();
  const Instant now = ctx.services.clock.Now();
  auto m = ctx.services.visits.Map(ctx.caller, from->value_or(now - 30LL * 24 * 3600 * 1000), to->value_or(now + 1), *user);
  if (!m.ok()) return m.status();
  const bool gcj = WantsGcj(ctx.req);
  json::array check_ins, customers;
  for (const auto& p : m->check_ins) {
    json::object o{{"id", IdToString(p.id)}, {"score", p.score}, {"userName", p.user_name}, {"customerName", p.customer_name}};
    PutLatLng(o, p.lat, p.lng, gcj);
    o["at"] = InstantJson(p.at);
    check_ins.push_back(std::move(o));
  }
  for (const auto& c : m->customers) {
    json::object o{{"id", IdToString(c.id)}, {"name", c.name}, {"ownerName", c.owner_name}};
    PutLatLng(o, c.lat, c.lng, gcj);
    customers.push_back(std::move(o));
  }
  return JsonResponse(200, json::object{{"checkIns", std::move(check_ins)}, {"customers", std::move(customers)}});
}

}  // namespace

void AddVisitRoutes(Router& router) {
  router.Add({"GET", "/api/v1/customers/nearby", Nearby});
  router.Add({"POST", "/api/v1/check-ins", CheckIn, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/check-ins", ListCheckIns});
  router.Add({"GET", "/api/v1/check-ins/{id}", GetCheckIn});
  router.Add({"GET", "/api/v1/settings/check-in", GetPolicy});
  router.Add({"PUT", "/api/v1/settings/check-in", PutPolicy, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/settings/map", GetMapTiles});
  router.Add({"PUT", "/api/v1/settings/map", PutMapTiles, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/visit-plans", ListPlans});
  router.Add({"POST", "/api/v1/visit-plans", CreatePlan, Access::kSession, Runs::kBlocking});
  router.Add({"PATCH", "/api/v1/visit-plans/{id}", UpdatePlan, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/visit-plans/{id}", DeletePlan, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/visits/stats", Stats});
  router.Add({"GET", "/api/v1/visits/neglected", Neglected});
  router.Add({"GET", "/api/v1/visits/map", Map});
}

}  // namespace quanke::http
