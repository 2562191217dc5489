#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>

#include "domain/org/auth_service.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/work_logs.h"
#include "domain/customers/customer_service.h"
#include "domain/notify/webhooks.h"
#include "domain/setup/company.h"
#include "domain/visits/visit_service.h"
#include "jobs/curl_transport.h"
#include "domain/org/org_service.h"
#include "domain/ownership/ownership_service.h"
#include "domain/pool/pool_service.h"
#include "http/openapi.h"
#include "http/router.h"
#include "test_databases.h"

namespace quanke::http {
namespace {

std::string Lower(std::string s) {
  for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return s;
}

// The API reference is hand-written; this keeps it complete: every route in the table is
// documented with its method, and nothing documented is missing from the table.
TEST(OpenApi, DocumentsEveryRouteAndNothingElse) {
  auto db = testing::FreshDatabase("sqlite");
  ASSERT_NE(db, nullptr);
  SystemClock clock;
  org::AuthService auth(*db, clock);
  org::OrgService org(*db, clock, auth);
  events::Bus events;
  customers::CustomerService customer_service(*db, clock, events);
  pool::PoolService pool_service(*db, clock);
  ownership::OwnershipService ownership(*db, clock, events);
  files::FileStore files("/tmp/quanke-openapi-test-files");
  activity::ActivityService activity_service(*db, clock, files);
  jobs::CurlTransport transport;
  notify::WebhookService webhooks(*db, clock, transport, {});
  activity::WorkLogService work_logs(*db, clock);
  visits::VisitService visit_service(*db, clock);
  notify::NotificationService notifications(*db, clock);
  setup::SetupService setup(*db, clock);
  Services services{*db,      clock,    auth,          org, customer_service, pool_service, ownership, activity_service,
                    work_logs, webhooks, notifications, setup, visit_service, "test"};
  Router router(services);
  AddAllRoutes(router);
  AddOpenApiRoute(router);

  boost::json::value doc = boost::json::parse(OpenApiDocument());
  ASSERT_TRUE(doc.as_object().at("openapi").as_string().starts_with("3."));
  std::set<std::string> documented;
  for (const auto& [path, item] : doc.at("paths").as_object())
    for (const auto& [method, op] : item.as_object())
      if (method != "parameters") documented.insert(Lower(std::string(method)) + " " + std::string(path));

  std::set<std::string> routed;
  for (const auto& route : router.routes()) routed.insert(Lower(route.method) + " " + route.pattern);
  for (const auto& r : routed) EXPECT_TRUE(documented.count(r)) << "undocumented route: " << r;
  for (const auto& d : documented) EXPECT_TRUE(routed.count(d)) << "documented but not routed: " << d;
}

}  // namespace
}  // namespace quanke::http
