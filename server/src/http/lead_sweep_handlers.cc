// The lead sweep's dry run (the run itself is POST /reclaim/run, which sweeps lead pools too).
#include <boost/json.hpp>

#include "domain/leads/lead_sweep.h"
#include "http/customer_json.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {
namespace json = boost::json;

Result<Response> ReclaimPreview(Context& ctx) {
  Instant at = ctx.services.clock.Now();
  if (auto text = ctx.req.Query("at"); text && !text->empty() && !ParseInstant(*text, &at))
    return Status::Validation({{"at", "invalid_value"}});
  auto preview = ctx.services.lead_sweep.Preview(ctx.caller, at);
  if (!preview.ok()) return preview.status();
  json::array items;
  for (const auto& i : preview->items)
    items.push_back(
        SweepItemJson("lead", i.lead_id, i.lead_name, i.owner_id, i.owner_name, i.pool_id, i.pool_name, i.deadline));
  return JsonResponse(200, json::object{{"at", FormatInstant(preview->at)}, {"items", std::move(items)}});
}

}  // namespace

void AddLeadSweepRoutes(Router& router) {
  router.Add({"GET", "/api/v1/leads/reclaim-preview", ReclaimPreview, Access::kSession, Runs::kBlocking});
}

}  // namespace quanke::http
