#include "http/openapi.h"
#include "http/router.h"

namespace quanke::http {
namespace {

// GET /openapi.json: the API reference, kept complete by openapi_test.cc.
Result<Response> OpenApi(Context&) {
  Response r;
  r.body = OpenApiDocument();
  r.SetHeader("Cache-Control", "no-cache");
  return r;
}

}  // namespace

void AddOpenApiRoute(Router& router) {
  router.Add({"GET", "/api/v1/openapi.json", OpenApi, Access::kPublic});
}

}  // namespace quanke::http
