#include <boost/json.hpp>

#include "core/time_zone.h"
#include "domain/notify/notifications.h"
#include "domain/ownership/ownership_service.h"
#include "domain/pool/pool_service.h"
#include "http/customer_json.h"
#include "http/json_io.h"
#include "http/router.h"
#include "storage/database.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

LocalDate Today(const Context& ctx) {
  auto zone = TimeZone::Find(ctx.principal->tenant.time_zone);
  if (!zone.ok()) zone = TimeZone::Find("Asia/Shanghai");
  return zone->DateOf(ctx.services.clock.Now());
}

Result<Response> Detail(Context& ctx, Result<customers::CustomerDetail> d) {
  if (!d.ok()) return d.status();
  return JsonResponse(200, CustomerDetailJson(*d, Today(ctx)));
}

// ---- Pools ----

Result<pool::PoolInput> ReadPool(const std::string& body, bool creating) {
  auto obj = ParseJsonObject(body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  pool::PoolInput p;
  p.name = in.String("name", creating, 200);
  p.description = in.String("description", false, 2000);
  p.sort_order = in.Int("sortOrder");
  if (creating) p.kind = in.String("kind", false, 20);
  p.admins = in.IdArray("admins");
  if (const auto* members = obj->if_contains("members")) {
    if (!members->is_array()) {
      in.AddIssue("members", "wrong_type");
    } else {
      std::vector<pool::PoolMember> list;
      for (const auto& m : members->get_array()) {
        const auto* mo = m.if_object();
        const auto* type = mo ? mo->if_contains("type") : nullptr;
        const auto* id = mo ? mo->if_contains("id") : nullptr;
        std::optional<Id> parsed;
        if (id && id->is_string()) parsed = ParseId(std::string(id->get_string()));
        if (!type || !type->is_string() || !parsed ||
            (type->get_string() != "user" && type->get_string() != "department")) {
          in.AddIssue("members", "invalid_value");
          break;
        }
        list.push_back({std::string(type->get_string()), *parsed, ""});
      }
      p.members = std::move(list);
    }
  }
  if (const auto* rules = obj->if_contains("rules")) {
    if (!creating) {
      in.AddIssue("rules", "invalid_value");  // rule changes are versions: PUT /pools/{id}/rules
    } else {
      auto parsed = pool::ParsePoolRules(json::serialize(*rules));
      if (!parsed.ok()) {
        for (const auto& f : parsed.status().fields()) in.AddIssue(f.field, f.issue);
        if (parsed.status().fields().empty()) in.AddIssue("rules", "wrong_type");
      } else {
        p.rules = *parsed;
      }
    }
  }
  if (Status s = in.Finish(); !s.ok()) return s;
  if (p.name && p.name->empty()) return Status::Validation({{"name", "required"}});
  return p;
}

Result<Response> ListPools(Context& ctx) {
  // Customer pools unless asked for lead pools ("lead") or both ("all").
  std::string kind = ctx.req.Query("kind").value_or("customer");
  if (kind.empty()) kind = "customer";
  if (kind != "customer" && kind != "lead" && kind != "all")
    return Status::Validation({{"kind", "invalid_value"}});
  auto pools = ctx.services.pools.ListPools(ctx.caller, kind == "all" ? "" : kind);
  if (!pools.ok()) return pools.status();
  return JsonResponse(200, ListJson(*pools, PoolJson));
}

Result<Response> GetPool(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto p = ctx.services.pools.GetPool(ctx.caller, *id);
  if (!p.ok()) return p.status();
  return JsonResponse(200, PoolJson(*p));
}

Result<Response> CreatePool(Context& ctx) {
  auto in = ReadPool(ctx.req.body, true);
  if (!in.ok()) return in.status();
  auto p = ctx.services.pools.CreatePool(ctx.caller, *in);
  if (!p.ok()) return p.status();
  return JsonResponse(201, PoolJson(*p));
}

Result<Response> UpdatePool(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto in = ReadPool(ctx.req.body, false);
  if (!in.ok()) return in.status();
  auto p = ctx.services.pools.UpdatePool(ctx.caller, *id, *in);
  if (!p.ok()) return p.status();
  return JsonResponse(200, PoolJson(*p));
}

Result<Response> DeletePool(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.pools.DeletePool(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> ListRules(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto v = ctx.services.pools.RuleVersions(ctx.caller, *id);
  if (!v.ok()) return v.status();
  return JsonResponse(200, ListJson(*v, RuleVersionJson));
}

Result<Response> PutRules(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto obj = ParseJsonObject(ctx.req.body);
  if (!obj.ok()) return obj.status();
  FieldReader in(*obj);
  auto effective = in.String("effectiveAt", false, 40);
  const auto* rules = obj->if_contains("rules");
  if (!rules) in.AddIssue("rules", "required");
  if (Status s = in.Finish(); !s.ok()) return s;
  std::optional<Instant> at;
  if (effective) {
    Instant t = 0;
    if (!ParseInstant(*effective, &t)) return Status::Validation({{"effectiveAt", "invalid_value"}});
    at = t;
  }
  auto parsed = pool::ParsePoolRules(json::serialize(*rules));
  if (!parsed.ok()) {
    if (parsed.status().code() == "validation.malformed_json") return Status::Validation({{"rules", "wrong_type"}});
    return parsed.status();
  }
  auto v = ctx.services.pools.SetRules(ctx.caller, *id, *parsed, at);
  if (!v.ok()) return v.status();
  return JsonResponse(201, RuleVersionJson(*v));
}

// ---- Actions ----

Result<json::object> ActionBody(const Context& ctx) {
  if (ctx.req.body.empty()) return json::object{};
  return ParseJsonObject(ctx.req.body);
}

Result<Response> Claim(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ActionBody(ctx);
  if (!body.ok()) return body.status();
  return Detail(ctx, ctx.services.ownership.Claim(ctx.caller, *id));
}

Result<Response> Assign(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ActionBody(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto user = in.IdField("userId", true);
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, ctx.services.ownership.Assign(ctx.caller, *id, *user));
}

Result<Response> Release(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ActionBody(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto reason = in.String("reason", true, 2000);
  auto pool_id = in.IdField("poolId");
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, ctx.services.ownership.Release(ctx.caller, *id, *reason, pool_id));
}

Result<Response> Transfer(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ActionBody(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto user = in.IdField("userId", true);
  auto keep = in.Bool("keepPreviousOwnerInTeam");
  if (Status s = in.Finish(); !s.ok()) return s;
  return Detail(ctx, ctx.services.ownership.Transfer(ctx.caller, *id, *user, keep.value_or(false)));
}

Result<Response> LockAction(Context& ctx, bool lock) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ActionBody(ctx);
  if (!body.ok()) return body.status();
  return Detail(ctx, ctx.services.ownership.Lock(ctx.caller, *id, lock));
}
Result<Response> LockCustomer(Context& ctx) { return LockAction(ctx, true); }
Result<Response> UnlockCustomer(Context& ctx) { return LockAction(ctx, false); }

// ---- Reclaim ----

Result<Instant> AtOf(const std::optional<std::string>& text, Instant now, const char* field) {
  if (!text || text->empty()) return now;
  Instant t = 0;
  if (!ParseInstant(*text, &t)) return Status::Validation({{field, "invalid_value"}});
  return t;
}

Result<Response> PreviewSweep(Context& ctx) {
  auto at = AtOf(ctx.req.Query("at"), ctx.services.clock.Now(), "at");
  if (!at.ok()) return at.status();
  auto r = ctx.services.ownership.Preview(ctx.caller, *at);
  if (!r.ok()) return r.status();
  return JsonResponse(200, SweepJson(*r));
}

Result<Response> RunSweep(Context& ctx) {
  auto body = ActionBody(ctx);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  auto at_text = in.String("at", false, 40);
  if (Status s = in.Finish(); !s.ok()) return s;
  auto at = AtOf(at_text, ctx.services.clock.Now(), "at");
  if (!at.ok()) return at.status();
  auto r = ctx.services.ownership.RunNow(ctx.caller, *at);
  if (!r.ok()) return r.status();
  return JsonResponse(200, json::object{{"reclaimed", static_cast<std::int64_t>(r->reclaimed.size())},
                                        {"reminded", r->reminded}});
}

// ---- Hand-over ----

Result<Response> HandoverPreview(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  std::int64_t total = 0;
  auto items = ctx.services.ownership.HandoverPreview(ctx.caller, *id, &total);
  if (!items.ok()) return items.status();
  json::array list;
  const LocalDate today = Today(ctx);
  for (const auto& v : *items) list.push_back(CustomerJson(v, today));
  return JsonResponse(200, json::object{{"customers", total}, {"items", std::move(list)}});
}

Result<Response> Handover(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader in(*body);
  ownership::HandoverRequest req;
  auto mode = in.String("mode", true, 20);
  req.to_user_id = in.IdField("toUserId");
  auto ids = in.IdArray("toUserIds");
  req.pool_id = in.IdField("poolId");
  if (Status s = in.Finish(); !s.ok()) return s;
  req.mode = *mode;
  if (ids) req.to_user_ids = *ids;
  auto moved = ctx.services.ownership.Handover(ctx.caller, *id, req);
  if (!moved.ok()) return moved.status();
  return JsonResponse(200, json::object{{"moved", *moved}});
}

// ---- Notifications ----

Result<Response> ListNotifications(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "-createdAt", {"createdAt"});
  if (!page.ok()) return page.status();
  bool unread_only = false;
  if (auto unread = ctx.req.Query("unread"); unread && !unread->empty()) {
    if (*unread == "true" || *unread == "1") unread_only = true;
    else if (*unread != "false" && *unread != "0") return Status::Validation({{"unread", "invalid_value"}});
  }
  auto list = ctx.services.notifications.List(ctx.caller, unread_only, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, [&](const notify::Notification& n) { return NotificationJson(n, ctx.language); }));
}

Result<Response> UnreadCount(Context& ctx) {
  auto n = ctx.services.notifications.UnreadCount(ctx.caller);
  if (!n.ok()) return n.status();
  return JsonResponse(200, json::object{{"count", *n}});
}

Result<Response> MarkRead(Context& ctx) {
  auto id = ctx.PathId(0);
  if (!id) return Status::NotFound();
  if (Status s = ctx.services.notifications.MarkRead(ctx.caller, *id); !s.ok()) return s;
  return NoContent();
}

Result<Response> MarkAllRead(Context& ctx) {
  if (Status s = ctx.services.notifications.MarkAllRead(ctx.caller); !s.ok()) return s;
  return NoContent();
}

}  // namespace

void AddPoolRoutes(Router& router) {
  router.Add({"GET", "/api/v1/pools", ListPools});
  router.Add({"POST", "/api/v1/pools", CreatePool, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/pools/{id}", GetPool});
  router.Add({"PATCH", "/api/v1/pools/{id}", UpdatePool, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/pools/{id}", DeletePool, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/pools/{id}/rules", ListRules});
  router.Add({"PUT", "/api/v1/pools/{id}/rules", PutRules, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/claim", Claim, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/assign", Assign, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/release", Release, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/transfer", Transfer, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/lock", LockCustomer, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/customers/{id}/unlock", UnlockCustomer, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/reclaim/preview", PreviewSweep, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/reclaim/run", RunSweep, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/users/{id}/handover", HandoverPreview});
  router.Add({"POST", "/api/v1/users/{id}/handover", Handover, Access::kSession, Runs::kBlocking});
  router.Add({"GET", "/api/v1/notifications", ListNotifications});
  router.Add({"GET", "/api/v1/notifications/unread-count", UnreadCount});
  router.Add({"POST", "/api/v1/notifications/{id}/read", MarkRead, Access::kSession, Runs::kBlocking});
  router.Add({"POST", "/api/v1/notifications/read-all", MarkAllRead, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
