#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "domain/org/auth_service.h"
#include "http/request.h"

namespace quanke::storage {
class Database;
class ReplicatedDatabase;
}
namespace quanke::org {
class OrgService;
}
namespace quanke::customers {
class CustomerService;
}
namespace quanke::pool {
class PoolService;
}
namespace quanke::ownership {
class OwnershipService;
}
namespace quanke::activity {
class ActivityService;
class WorkLogService;
}
namespace quanke::notify {
class WebhookService;
class NotificationService;
}
namespace quanke::setup {
class SetupService;
}
namespace quanke::visits {
class VisitService;
}
namespace quanke::deals {
class ProcessService;
class DealService;
}
namespace quanke::leads {
class LeadService;
class LeadFormService;
class LeadAnalysisService;
class LeadSweep;
}
namespace quanke::deals {
class DealAnalysisService;
}
namespace quanke::approvals {
class FlowService;
class ApprovalService;
}
namespace quanke::products {
class ProductService;
}
namespace quanke::contracts {
class ContractService;
class MoneyService;
}
namespace quanke::reports {
class ReportService;
}
namespace quanke::targets {
class TargetService;
}
namespace quanke::imports {
class ImportService;
}
namespace quanke::exports {
class ExportService;
}
namespace quanke::fields {
class FieldService;
}

namespace quanke::http {

class StaticFiles;
class IdempotencyStore;
class ExportRunner;

// What handlers reach: the domain services, wired once in app/.
struct Services {
  storage::Database& db;
  const Clock& clock;
  org::AuthService& auth;
  org::OrgService& org;
  customers::CustomerService& customers;
  pool::PoolService& pools;
  ownership::OwnershipService& ownership;
  activity::ActivityService& activity;
  activity::WorkLogService& work_logs;
  notify::WebhookService& webhooks;
  notify::NotificationService& notifications;
  setup::SetupService& setup;
  visits::VisitService& visits;
  leads::LeadService& leads;
  leads::LeadFormService& lead_forms;
  leads::LeadAnalysisService& lead_analysis;
  leads::LeadSweep& lead_sweep;
  deals::ProcessService& processes;
  deals::DealService& deals;
  deals::DealAnalysisService& deal_analysis;
  approvals::FlowService& approval_flows;
  approvals::ApprovalService& approvals;
  products::ProductService& products;
  contracts::ContractService& contracts;
  contracts::MoneyService& money;
  reports::ReportService& reports;
  targets::TargetService& targets;
  std::string version;
  imports::ImportService* imports = nullptr;  // set by the composition root (imports routes)
  exports::ExportService* exports = nullptr;  // set by the composition root (exports routes)
  ExportRunner* export_runner = nullptr;      // reads the lists of exports (export_runner.h)
  fields::FieldService* fields = nullptr;     // set by the composition root (custom fields routes)
};

// One request as a handler sees it.
struct Context {
  const Request& req;
  Services& services;
  std::string language;                              // "zh-CN" or "en"
  std::shared_ptr<const org::Principal> principal;   // set on session routes
  org::Caller caller;                                // the principal's caller + ip + request id
  std::string token;                                 // the session token the request used

  // The i-th {…} segment of the path as an id; nullopt when malformed (answer 404).
  std::optional<Id> PathId(size_t i) const;
};

using Handler = std::function<Result<Response>(Context&)>;

enum class Access { kPublic, kSession };
// Inline handlers run on the I/O thread (fast reads); blocking ones (writes, password hashing)
// on the blocking pool, so a slow request never stalls other connections.
enum class Runs { kInline, kBlocking };
// Whether an answer is kept for an Idempotency-Key replay. An answer that shows protected values
// (a reveal) is never kept: the store would hold them in clear, and a replay would show them again
// without the audit entry and the quota a reveal costs. Such a route ignores the key.
enum class Replay { kStored, kNever };

struct Route {
  std::string method;
  std::string pattern;  // "/api/v1/users/{id}"
  Handler handler;
  Access access = Access::kSession;
  Runs runs = Runs::kInline;
  Replay replay = Replay::kStored;
};

// The explicit route table, authentication, CSRF and error mapping. Thread-safe once built.
class Router {
 public:
  explicit Router(Services& services) : services_(services) {}

  void Add(Route route);
  // Requests outside /api/ go here (the web app).
  void SetFallback(const StaticFiles* files) { files_ = files; }
  // Mutations with an Idempotency-Key header are answered once (see idempotency.h).
  void SetIdempotencyStore(IdempotencyStore* store) { idempotency_ = store; }
  // With a read replica: each request's list reads wait for the position its client brings, and
  // the answer to a request that wrote carries the new one (read_after.h).
  void SetReplica(storage::ReplicatedDatabase* db) { replica_ = db; }

  bool RunsBlocking(const Request& req) const;
  // Answers every request; never throws (an escaped exception becomes 500 `internal`).
  Response Handle(Request& req) const;

  const std::vector<Route>& routes() const { return routes_; }

 private:
  struct Segment {
    std::string text;
    bool param;
  };
  struct Compiled {
    Route route;
    std::vector<Segment> segments;
  };
  // The matching route (or nullptr) and whether the path matched with another method.
  const Compiled* Match(const Request& req, std::vector<std::string>* params,
                        bool* path_matched) const;
  Response Dispatch(Request& req, const std::string& language) const;
  Response Guarded(Request& req) const;

  Services& services_;
  std::vector<Route> routes_;
  std::vector<Compiled> compiled_;
  const StaticFiles* files_ = nullptr;
  IdempotencyStore* idempotency_ = nullptr;
  storage::ReplicatedDatabase* replica_ = nullptr;
};

// Registration of each resource's routes (one file each).
void AddHealthRoutes(Router& router);
void AddAuthRoutes(Router& router);
void AddOrgRoutes(Router& router);
void AddCustomerRoutes(Router& router);
void AddPoolRoutes(Router& router);
void AddActivityRoutes(Router& router);
void AddWorkLogRoutes(Router& router);
void AddVisitRoutes(Router& router);
void AddLeadRoutes(Router& router);
void AddSetupRoutes(Router& router);
void AddLeadFormRoutes(Router& router);
void AddLeadAnalysisRoutes(Router& router);
void AddLeadSweepRoutes(Router& router);
void AddDealRoutes(Router& router);
void AddDealAnalysisRoutes(Router& router);
void AddApprovalRoutes(Router& router);
void AddProductRoutes(Router& router);
void AddRecycleRoutes(Router& router);
void AddContractRoutes(Router& router);
void AddMoneyRoutes(Router& router);
void AddReportRoutes(Router& router);
void AddTargetRoutes(Router& router);
void AddImportRoutes(Router& router);
void AddExportRoutes(Router& router);
void AddFieldRoutes(Router& router);
// Every resource's routes: the one list the server and the OpenAPI test share.
void AddAllRoutes(Router& router);
void AddOpenApiRoute(Router& router);

}  // namespace quanke::http
