// The recycle bin (docs/api-recycle-bin.md): GET /recycle-bin, POST /recycle-bin/{kind}/{id}/restore,
// DELETE /recycle-bin/{kind}/{id} (purge now).
#include <boost/json.hpp>

#include "domain/recycle/recycle_bin.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

json::object BinItemJson(const recycle::BinItem& i) {
  json::value deleted_by = nullptr;
  if (i.deleted_by) deleted_by = json::object{{"id", IdToString(*i.deleted_by)}, {"name", i.deleted_by_name}};
  return {{"kind", recycle::KindName(i.kind)},
          {"id", IdToString(i.id)},
          {"title", i.title},
          {"customerId", IdJson(i.customer_id)},
          {"customerName", i.customer_id ? json::value(i.customer_name) : json::value(nullptr)},
          {"deletedAt", InstantJson(i.deleted_at)},
          {"deletedBy", std::move(deleted_by)},
          {"purgeAt", InstantJson(i.PurgeAt())}};
}

recycle::RecycleBin Bin(Context& ctx) { return recycle::RecycleBin(ctx.services.db, ctx.services.clock); }

// The {kind} and {id} of the path; nullopt (404) when either is unknown or malformed.
std::optional<std::pair<recycle::Kind, Id>> Target(Context& ctx) {
  recycle::Kind kind = recycle::Kind::kCustomer;
  auto id = ctx.PathId(1);
  if (ctx.req.path_params.empty() || !recycle::ParseKind(ctx.req.path_params[0], &kind) || !id) return std::nullopt;
  return std::make_pair(kind, *id);
}

Result<Response> List(Context& ctx) {
  auto page = ReadPageRequest(ctx.req, "deletedAt", {"deletedAt"});
  if (!page.ok()) return page.status();
  page->descending = true;  // newest deletion first, the only order
  recycle::BinFilter f;
  if (auto kind = ctx.req.Query("kind"); kind && !kind->empty()) {
    recycle::Kind k;
    if (!recycle::ParseKind(*kind, &k)) return Status::Validation({{"kind", "invalid_value"}});
    f.kind = k;
  }
  f.q = ctx.req.Query("q").value_or("");
  if (f.q.size() > 200) return Status::Validation({{"q", "too_long"}});
  auto list = Bin(ctx).List(ctx.caller, f, *page);
  if (!list.ok()) return list.status();
  return JsonResponse(200, ListJson(*list, BinItemJson));
}

Result<Response> Restore(Context& ctx) {
  auto target = Target(ctx);
  if (!target) return Status::NotFound();
  auto r = Bin(ctx).Restore(ctx.caller, target->first, target->second);
  if (!r.ok()) return r.status();
  json::object out = BinItemJson(r->item);
  out["ownerId"] = IdJson(r->owner_id);
  out["poolId"] = IdJson(r->pool_id);
  return JsonResponse(200, out);
}

Result<Response> Purge(Context& ctx) {
  auto target = Target(ctx);
  if (!target) return Status::NotFound();
  if (Status s = Bin(ctx).Purge(ctx.caller, target->first, target->second); !s.ok()) return s;
  return NoContent();
}

}  // namespace

void AddRecycleRoutes(Router& router) {
  router.Add({"GET", "/api/v1/recycle-bin", List});
  router.Add({"POST", "/api/v1/recycle-bin/{kind}/{id}/restore", Restore, Access::kSession, Runs::kBlocking});
  router.Add({"DELETE", "/api/v1/recycle-bin/{kind}/{id}", Purge, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
