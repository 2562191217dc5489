#include <gtest/gtest.h>

#include <boost/json.hpp>

#include <set>
#include <string_view>

#include "core/error_codes.h"
#include "domain/org/auth_service.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/work_logs.h"
#include "domain/customers/customer_service.h"
#include "domain/approvals/approval_service.h"
#include "domain/deals/deal_analysis.h"
#include "domain/reports/report_service.h"
#include "domain/leads/lead_analysis.h"
#include "domain/leads/lead_forms.h"
#include "domain/contracts/contract_service.h"
#include "domain/deals/deal_service.h"
#include "domain/products/product_service.h"
#include "domain/targets/target_service.h"
#include "domain/leads/lead_sweep.h"
#include "domain/notify/webhooks.h"
#include "domain/setup/company.h"
#include "domain/visits/visit_service.h"
#include "domain/leads/lead_service.h"
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

// Every service over one fresh SQLite database, and the router of every route (after `first`).
struct AllRoutes {
  std::unique_ptr<storage::Database> db = testing::FreshDatabase("sqlite");
  SystemClock clock;
  org::AuthService auth{*db, clock};
  org::OrgService org{*db, clock, auth};
  events::Bus events;
  customers::CustomerService customer_service{*db, clock, events};
  pool::PoolService pool_service{*db, clock};
  ownership::OwnershipService ownership{*db, clock, events};
  files::FileStore files{"/tmp/quanke-openapi-test-files"};
  activity::ActivityService activity_service{*db, clock, files};
  jobs::CurlTransport transport;
  notify::WebhookService webhooks{*db, clock, transport, {}};
  activity::WorkLogService work_logs{*db, clock};
  visits::VisitService visit_service{*db, clock};
  leads::LeadService lead_service{*db, clock, customer_service};
  notify::NotificationService notifications{*db, clock};
  setup::SetupService setup{*db, clock};
  leads::LeadFormService lead_forms{*db, clock};
  leads::LeadAnalysisService lead_analysis{*db, clock};
  leads::LeadSweep lead_sweep{*db, clock};
  deals::ProcessService processes{*db, clock};
  deals::DealService deals{*db, clock};
  deals::DealAnalysisService deal_analysis{*db, clock};
  approvals::SubjectRegistry approval_subjects;
  approvals::FlowService approval_flows{*db, clock};
  approvals::ApprovalService approvals{*db, clock, approval_subjects};
  products::ProductService products{*db, clock};
  contracts::ContractService contracts{*db, clock};
  contracts::MoneyService money{*db, clock};
  reports::ReportService reports{*db, clock};
  targets::TargetService targets{*db, clock};
  Services services{*db,          clock,        auth,       org,          customer_service, pool_service,
                    ownership,    activity_service, work_logs, webhooks, notifications,    setup,
                    visit_service, lead_service, lead_forms, lead_analysis, lead_sweep,     processes,
                    deals,        deal_analysis, approval_flows, approvals, products,      contracts,
                    money,        reports,      targets,      "test"};
  Router router{services};

  explicit AllRoutes(const std::vector<Route>& first = {}) {
    for (const auto& route : first) router.Add(route);
    AddAllRoutes(router);
    AddOpenApiRoute(router);
  }
};

// The API reference is hand-written; this keeps it complete: every route in the table is
// documented with its method, and nothing documented is missing from the table.
TEST(OpenApi, DocumentsEveryRouteAndNothingElse) {
  AllRoutes all;
  ASSERT_NE(all.db, nullptr);
  const Router& router = all.router;

  boost::json::value doc = boost::json::parse(OpenApiDocument());
  ASSERT_TRUE(doc.as_object().at("openapi").as_string().starts_with("3."));
  std::set<std::string> documented;
  for (const auto& [path, item] : doc.at("paths").as_object())
    for (const auto& [method, op] : item.as_object())
      if (method != "parameters")
        documented.insert(Lower(std::string(method)) + " " + std::string(path));

  std::set<std::string> routed;
  for (const auto& route : router.routes())
    routed.insert(Lower(route.method) + " " + route.pattern);
  for (const auto& r : routed) EXPECT_TRUE(documented.count(r)) << "undocumented route: " << r;
  for (const auto& d : documented)
    EXPECT_TRUE(routed.count(d)) << "documented but not routed: " << d;
}

// A literal segment is never read as an {id}: /opportunities/funnel and /opportunities/forecast
// stay the reports' routes whatever is registered, in whatever order, for /opportunities/{id}.
TEST(OpenApi, LiteralSegmentsBeatIdsWhateverTheOrder) {
  auto by_id = [](Context&) -> Result<Response> { return Response{}; };
  const std::vector<Route> id_routes = {
      {"GET", "/api/v1/opportunities/{id}", by_id, Access::kPublic, Runs::kInline},
      {"GET", "/api/v1/opportunities/{id}/history", by_id, Access::kPublic, Runs::kInline}};
  for (const bool ids_first : {true, false}) {
    AllRoutes all(ids_first ? id_routes : std::vector<Route>{});
    ASSERT_NE(all.db, nullptr);
    if (!ids_first)
      for (const auto& route : id_routes) all.router.Add(route);
    for (const std::string path : {"/api/v1/opportunities/funnel", "/api/v1/opportunities/forecast",
                                   "/api/v1/opportunities/funnel/export"}) {
      Request req;
      req.method = "GET";
      req.path = path;
      EXPECT_EQ(all.router.Handle(req).status, 401) << path << ": a report route needs a session";
      EXPECT_EQ(req.route, path) << (ids_first ? "{id} routes first" : "{id} routes last");
    }
    Request req;
    req.method = "GET";
    req.path = "/api/v1/opportunities/123";
    all.router.Handle(req);  // the server's own {id} route or the test's, whichever came first
    EXPECT_EQ(req.route, "/api/v1/opportunities/{id}");
  }
}

// The error codes of the document (API.md "Errors"): every operation lists the codes it can
// answer in `x-error-codes`; the document adds the codes any session operation can answer
// (`x-common-error-codes`) and those of requests that reach no operation
// (`x-unrouted-error-codes`). The API tests check that nothing else is ever answered
// (QUANKE_ERROR_CODE_LOG, tests/api/lib/harness.mjs); this test keeps the lists well-formed and
// in step with the registry (core/error_codes.cc).
std::vector<std::string> CodeList(const boost::json::value& v, const std::string& where) {
  std::vector<std::string> out;
  EXPECT_TRUE(v.is_array()) << where << ": not an array";
  if (!v.is_array()) return out;
  for (const auto& c : v.as_array()) {
    EXPECT_TRUE(c.is_string()) << where << ": not a string";
    if (!c.is_string()) continue;
    std::string code(c.as_string());
    const errors::Code* entry = errors::Find(code);
    EXPECT_NE(entry, nullptr) << where << ": " << code << " is not in core/error_codes.cc";
    if (entry) {
      EXPECT_EQ(entry->kind, errors::Kind::kAnswer) << where << ": " << code << " is internal, never answered";
    }
    EXPECT_TRUE(out.empty() || out.back() < code) << where << ": not sorted or repeated at " << code;
    out.push_back(std::move(code));
  }
  return out;
}

TEST(OpenApi, ListsTheErrorCodesOfEveryOperation) {
  boost::json::value doc = boost::json::parse(OpenApiDocument());
  const auto& root = doc.as_object();
  ASSERT_TRUE(root.contains("x-common-error-codes"));
  ASSERT_TRUE(root.contains("x-unrouted-error-codes"));
  const auto common = CodeList(root.at("x-common-error-codes"), "x-common-error-codes");
  const auto unrouted = CodeList(root.at("x-unrouted-error-codes"), "x-unrouted-error-codes");
  std::set<std::string> listed(common.begin(), common.end());
  listed.insert(unrouted.begin(), unrouted.end());
  int operations = 0;
  for (const auto& [path, item] : root.at("paths").as_object()) {
    for (const auto& [method, op_value] : item.as_object()) {
      if (method == "parameters") continue;
      ++operations;
      const std::string where = Lower(std::string(method)) + " " + std::string(path);
      const auto& op = op_value.as_object();
      if (!op.contains("x-error-codes")) {
        ADD_FAILURE() << where << " has no x-error-codes";
        continue;
      }
      const auto codes = CodeList(op.at("x-error-codes"), where);
      listed.insert(codes.begin(), codes.end());
      // Each error response the operation documents is the status of a code it can answer.
      const bool needs_session = !(op.contains("security") && op.at("security").as_array().empty());
      std::set<std::string> statuses;
      for (const auto& c : codes) statuses.insert(std::to_string(errors::HttpStatusOf(c)));
      if (needs_session)
        for (const auto& c : common) statuses.insert(std::to_string(errors::HttpStatusOf(c)));
      for (const auto& [status, response] : op.at("responses").as_object()) {
        if (status.size() == 3 && status >= "400") {
          EXPECT_TRUE(statuses.count(std::string(status)))
              << where << " documents a " << std::string(status) << " answer but none of its codes has that status";
        }
      }
    }
  }
  EXPECT_GT(operations, 90);
  for (const auto& c : errors::All()) {
    if (c.kind == errors::Kind::kAnswer) {
      EXPECT_TRUE(listed.count(std::string(c.code)))
          << c.code << " is answered over HTTP (core/error_codes.cc) but no operation of openapi.json lists it";
    }
  }
}

}  // namespace
}  // namespace quanke::http
