// The first-run page's API: with no company in the database, anyone who can reach the server may
// create the first one and its administrator; after that both routes only say "done".
#include <boost/json.hpp>

#include "domain/setup/company.h"
#include "http/json_io.h"
#include "http/router.h"

namespace quanke::http {
namespace {

// GET /setup: {needed} — true while the database holds no company.
Result<Response> SetupState(Context& ctx) {
  auto empty = ctx.services.setup.Needed();
  if (!empty.ok()) return empty.status();
  return JsonResponse(200, boost::json::object{{"needed", *empty}});
}

// POST /setup {code, name, adminUsername, adminPassword, adminName?, timeZone?}
Result<Response> Setup(Context& ctx) {
  auto body = ParseJsonObject(ctx.req.body);
  if (!body.ok()) return body.status();
  FieldReader f(*body);
  setup::CompanyInput in;
  in.code = f.String("code", true, 32).value_or("");
  in.name = f.String("name", true, 100).value_or("");
  in.admin_username = f.String("adminUsername", true, 64).value_or("");
  in.admin_password = f.String("adminPassword", true, 128).value_or("");
  in.admin_name = f.String("adminName", false, 50).value_or("");
  in.time_zone = f.String("timeZone", false, 64).value_or("Asia/Shanghai");
  if (Status s = f.Finish(); !s.ok()) return s;
  auto made = ctx.services.setup.CreateFirst(in);
  if (!made.ok()) return made.status();
  return JsonResponse(201, boost::json::object{{"tenantId", IdToString(made->tenant_id)},
                                               {"code", made->code},
                                               {"name", made->name},
                                               {"adminUserId", IdToString(made->admin_user_id)}});
}

}  // namespace

void AddSetupRoutes(Router& router) {
  router.Add({"GET", "/api/v1/setup", SetupState, Access::kPublic});
  router.Add({"POST", "/api/v1/setup", Setup, Access::kPublic, Runs::kBlocking});
}

}  // namespace quanke::http
