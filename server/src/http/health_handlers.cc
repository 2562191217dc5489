#include <boost/json.hpp>

#include "http/json_io.h"
#include "http/router.h"
#include "storage/maintenance.h"

namespace quanke::http {
namespace {

// GET /health: answers 200 only when the database answers a query.
Result<Response> Health(Context& ctx) {
  Status s = storage::Ping(ctx.services.db);
  if (!s.ok()) return Status::Error("unavailable", "database: " + s.message());
  return JsonResponse(200, boost::json::object{{"status", "ok"},
                                               {"database", "ok"},
                                               {"version", ctx.services.version}});
}

// GET /ping: the trivial endpoint the benchmarks use as the HTTP stack's ceiling.
Result<Response> Ping(Context&) {
  Response r;
  r.body = R"({"pong":true})";
  return r;
}

}  // namespace

void AddHealthRoutes(Router& router) {
  router.Add({"GET", "/api/v1/health", Health, Access::kPublic});
  router.Add({"GET", "/api/v1/ping", Ping, Access::kPublic});
}

}  // namespace quanke::http
