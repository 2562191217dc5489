// quanke: the one binary. Subcommands: serve, migrate, demo, tenant create, user add.
#include <CLI/CLI.hpp>
#include <spdlog/async.h>
#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>


#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <thread>

#include "app/bench_org.h"
#include "app/demo.h"
#include "app/demo_activity.h"
#include "app/demo_approvals.h"
#include "app/demo_contracts.h"
#include "app/demo_feed.h"
#include "app/demo_audit.h"
#include "app/demo_fields.h"
#include "app/demo_recycle.h"
#include "app/demo_targets.h"
#include "app/demo_deals.h"
#include "app/demo_leads.h"
#include "app/test_clock.h"
#include "app/version.h"
#include "core/ids.h"
#include "domain/activity/activity_service.h"
#include "domain/activity/feed_events.h"
#include "domain/activity/work_logs.h"
#include "domain/customers/customer_service.h"
#include "domain/approvals/approval_service.h"
#include "domain/contracts/contract_approvals.h"
#include "domain/contracts/contract_service.h"
#include "domain/deals/deal_analysis.h"
#include "domain/reports/metric_days.h"
#include "domain/reports/report_service.h"
#include "domain/products/product_service.h"
#include "domain/fields/field_service.h"
#include "domain/fields/field_values.h"
#include "domain/activity/attachment_links.h"
#include "domain/targets/target_service.h"
#include "domain/files/file_store.h"
#include "domain/leads/lead_analysis.h"
#include "domain/leads/lead_forms.h"
#include "domain/deals/deal_service.h"
#include "domain/leads/lead_sweep.h"
#include "domain/notify/hub.h"
#include "domain/notify/webhooks.h"
#include "domain/org/auth_service.h"
#include "domain/org/org_service.h"
#include "domain/org/password.h"
#include "domain/org/role_repository.h"
#include "domain/org/tenant_repository.h"
#include "domain/org/user_repository.h"
#include "domain/ownership/ownership_service.h"
#include "domain/pool/pool_service.h"
#include "domain/recycle/recycle_bin.h"
#include "domain/setup/company.h"
#include "domain/visits/visit_service.h"
#include "domain/leads/lead_service.h"
#include "http/export_runner.h"
#include "http/router.h"
#include "http/forwarded.h"
#include "http/server.h"
#include "http/idempotency.h"
#include "http/static_files.h"
#include "jobs/curl_transport.h"
#include "jobs/import_job.h"
#include "jobs/reclaim_job.h"
#include "storage/database.h"
#include "storage/listener.h"
#include "storage/maintenance.h"
#include "storage/migrations.h"
#include "storage/node_number.h"
#include "storage/replicated_database.h"
#include "storage/sqlite_database.h"

namespace quanke::app {
namespace {

constexpr const char* kDefaultDb = "sqlite:./data/quanke.db";

void SetUpLogging(bool async) {
  if (async) {
    // The access log writes one line per request: an async logger keeps the write off the
    // I/O threads.
    spdlog::init_thread_pool(8192, 1);
    auto logger = spdlog::create_async_nb<spdlog::sinks::stderr_sink_mt>("quanke");
    spdlog::set_default_logger(logger);
  }
  spdlog::set_pattern("%Y-%m-%dT%H:%M:%S.%eZ %^%l%$ %v", spdlog::pattern_time_type::utc);
  spdlog::flush_every(std::chrono::seconds(1));
}

// Opens the database and brings its schema (and a stale search index) up to date.
Result<std::unique_ptr<storage::Database>> OpenMigrated(const std::string& url, int pool, int* applied_out = nullptr) {
  auto db = storage::OpenDatabase(url, pool);
  if (!db.ok()) return db.status();
  int applied = 0;
  if (Status s = storage::Migrate(**db, &applied); !s.ok()) return s;
  if (applied_out) *applied_out = applied;
  if (applied > 0) spdlog::info("applied {} migration(s)", applied);
  // The ids this process makes carry a node number of its own (other processes may be writing).
  auto node = storage::TakeNodeNumber(**db);
  if (!node.ok()) return node.status();
  Ids().SetNode(*node);
  auto reindexed = customers::RebuildStaleSearchIndex(**db);
  if (!reindexed.ok()) return reindexed.status();
  if (*reindexed > 0) spdlog::info("rebuilt the customer search index ({} customers)", *reindexed);
  return db;
}

int Fail(const Status& s) {
  std::fprintf(stderr, "error: %s: %s\n", s.code().c_str(), s.message().c_str());
  return 1;
}

bool SplitListen(const std::string& listen, http::ServerOptions* options) {
  const auto colon = listen.rfind(':');
  if (colon == std::string::npos) return false;
  options->host = listen.substr(0, colon);
  try {
    options->port = std::stoi(listen.substr(colon + 1));
  } catch (...) {
    return false;
  }
  return options->port >= 0 && options->port <= 65535;
}

// Where uploaded files live: beside the SQLite file, or ./data for PostgreSQL.
std::string DefaultDataDir(const std::string& db_url) {
  if (db_url.rfind("sqlite:", 0) == 0) {
    const auto parent = std::filesystem::path(db_url.substr(7)).parent_path();
    return parent.empty() ? "." : parent.string();
  }
  return "./data";
}

struct ServeOptions {
  std::string data_dir;
  int webhook_attempts = 5;
  std::int64_t webhook_backoff_ms = 30000;
  std::string db_replica;  // postgresql:// URL of a streaming replica for lists; "" for none
  std::int64_t replica_max_lag_ms = 1000;
  // Test-only (hidden flags): sweep batches of this many customers, and a pause after each, so
  // that a test can kill a node in the middle of a sweep (sweep-nodes.test.mjs).
  std::size_t sweep_batch = ownership::SweepOptions{}.batch;
  std::int64_t sweep_batch_pause_ms = 0;
  // Test-only (hidden flags): import batches of this many rows, and a pause after each, so that a
  // test can cancel an import in the middle (imports.test.mjs).
  int import_batch = imports::ImportOptions{}.batch;
  std::int64_t import_batch_pause_ms = 0;
  std::int64_t import_lease_ms = 0;  // 0: ImportOptions' default
  // Test-only (hidden flag): a pause after each page an export reads (exports.test.mjs).
  std::int64_t export_page_pause_ms = 0;
  // Test-only (hidden flag): how many records make a custom field filter dense (custom-fields.test.mjs).
  int custom_filter_dense_at = fields::kDenseAt;
  std::int64_t relay_retry_ms = 200;
  std::string trusted_proxies;  // comma-separated addresses (http/forwarded.h)
  // Test-only (hidden flag): the server's clock reads its instant from this file (test_clock.h).
  std::string test_clock_file;
};

// The subject handlers of the approval engine (approvals/approval_subjects.h), one per subject
// type: registered here once, before the server serves. A module whose objects are approved adds
// its registration call below.
void RegisterApprovalSubjects(approvals::SubjectRegistry& registry) {
  approvals::RegisterRequestSubjects(registry);   // expense, leave
  contracts::RegisterApprovalSubjects(registry);  // contract, discount, contract_change, receipt
}

// Who may download the attachments linked to objects other than follow-ups
// (activity/attachment_links.h): registered here once, before the server serves.
void RegisterAttachmentReaders() {
  products::ProductService::RegisterAttachmentReaders();  // product images: everyone
  deals::DealService::RegisterAttachmentReaders();        // stage feedback: the opportunity's readers
  approvals::RegisterAttachmentReaders();                 // expense and leave: applicant and approvers
  contracts::RegisterAttachmentReaders();                 // contract files: the contract's readers
  // Images and files of custom fields: whoever may read the customer or lead. The fields module
  // links them through the attachments module, which sits above it.
  fields::SetAttachmentLinker([](storage::Connection& conn, const org::Caller& caller, const std::string& type,
                                 Id id, const std::vector<Id>& ids, const std::string& field) {
    return activity::LinkAttachments(conn, caller, type, id, ids, field);
  });
  activity::RegisterAttachmentReader("customer", [](storage::Connection& conn, const org::Caller& caller, Id id) {
    auto c = customers::GetCustomer(conn, caller.tenant_id, id);
    if (!c.ok()) return false;
    auto a = customers::AccessTo(conn, caller, *c);
    return a.ok() && a->visible;
  });
  leads::LeadService::RegisterAttachmentReaders();        // custom field uploads: the lead's readers
}

// The customer sweep's hook that sends the daily reminders of the modules above it: stale
// opportunities, then contracts ending and instalments due or overdue (which also ends the
// contracts past their end date). Answers how many reminders were sent.
ownership::StaleRemindersHook StaleRemindersHook(deals::DealSweep& deals, contracts::ContractSweep& contracts) {
  return [&deals, &contracts](Id tenant_id, Instant at) -> Result<std::int64_t> {
    auto stale = deals.RemindStale(tenant_id, at);
    if (!stale.ok()) return stale.status();
    auto money = contracts.Run(tenant_id, at);
    if (!money.ok()) return money.status();
    return *stale + *money;
  };
}

// The customer sweep's hook that sweeps the lead pools with it (ownership::LeadSweepHook).
ownership::LeadSweepHook LeadSweepHook(leads::LeadSweep& sweep) {
  return [&sweep](Id tenant_id, Instant at, const std::vector<Id>& only_pools, std::optional<Id> actor,
                  const std::string& request_id) { return sweep.SweepLocked(tenant_id, at, only_pools, actor, request_id); };
}

int Serve(const std::string& db_url, const std::string& listen, const std::string& web_root,
          int threads, bool access_log, std::int64_t session_ttl, std::size_t body_limit,
          int sweep_check, const ServeOptions& more) {
  SetUpLogging(true);
  http::ServerOptions options;
  if (!SplitListen(listen, &options)) return Fail(Status::Error("config.bad_listen", "--listen must be HOST:PORT"));
  options.io_threads = threads > 0 ? threads : std::max(1u, std::thread::hardware_concurrency());
  options.access_log = access_log;
  options.body_limit = body_limit;
  if (!http::ParseTrustedProxies(more.trusted_proxies, &options.trusted_proxies))
    return Fail(Status::Error("config.bad_trusted_proxies", "--trusted-proxies must be IP addresses, comma-separated"));
  auto db = OpenMigrated(db_url, options.io_threads + options.blocking_threads);
  if (!db.ok()) return Fail(db.status());
  storage::ReplicatedDatabase* replica = nullptr;
  if (!more.db_replica.empty()) {
    storage::ReplicaOptions replica_options;
    replica_options.max_lag_ms = more.replica_max_lag_ms;
    replica_options.pool_size = options.io_threads + options.blocking_threads;
    auto replicated = storage::ReplicatedDatabase::Open(std::move(*db), more.db_replica, replica_options);
    if (!replicated.ok()) return Fail(replicated.status());
    replica = replicated->get();
    *db = std::move(*replicated);
  }
  SystemClock system_clock;
  std::unique_ptr<FileClock> test_clock;
  if (!more.test_clock_file.empty()) test_clock = std::make_unique<FileClock>(more.test_clock_file);
  const Clock& clock = test_clock ? static_cast<const Clock&>(*test_clock) : system_clock;
  org::AuthOptions auth_options;
  auth_options.session_ttl_ms = session_ttl * 1000;
  org::AuthService auth(**db, clock, auth_options);
  org::OrgService org_service(**db, clock, auth);
  events::Bus events;
  activity::FeedFollowsEvents(events);
  customers::CustomerService customer_service(**db, clock, events);
  pool::PoolService pool_service(**db, clock);
  leads::LeadSweep lead_sweep(**db, clock);
  deals::DealSweep deal_sweep(**db, clock);
  contracts::ContractSweep contract_sweep(**db, clock);
  ownership::SweepOptions sweep_options;
  sweep_options.batch = more.sweep_batch;
  sweep_options.lead_sweep = LeadSweepHook(lead_sweep);
  sweep_options.stale_reminders = StaleRemindersHook(deal_sweep, contract_sweep);
  if (more.sweep_batch_pause_ms > 0)
    sweep_options.after_batch = [pause = std::chrono::milliseconds(more.sweep_batch_pause_ms)] {
      std::this_thread::sleep_for(pause);
      return Status::Ok();
    };
  ownership::OwnershipService ownership_service(**db, clock, events, sweep_options);
  const std::string data_dir = more.data_dir.empty() ? DefaultDataDir(db_url) : more.data_dir;
  files::FileStore file_store(data_dir + "/files");
  activity::ActivityService activity_service(**db, clock, file_store);
  activity::WorkLogService work_log_service(**db, clock, contracts::FillWorkStats);
  visits::VisitService visit_service(**db, clock);
  leads::LeadService lead_service(**db, clock, customer_service);
  jobs::CurlTransport transport;
  notify::WebhookService webhook_service(**db, clock, transport,
                                         {more.webhook_attempts, more.webhook_backoff_ms});
  notify::NotificationService notification_service(**db, clock);
  setup::SetupService setup_service(**db, clock);
  leads::LeadFormService lead_form_service(**db, clock);
  leads::LeadAnalysisService lead_analysis_service(**db, clock);
  deals::ProcessService process_service(**db, clock);
  deals::DealService deal_service(**db, clock);
  deals::DealAnalysisService deal_analysis_service(**db, clock);
  approvals::SubjectRegistry approval_subjects;
  RegisterApprovalSubjects(approval_subjects);
  RegisterAttachmentReaders();
  approvals::FlowService approval_flow_service(**db, clock);
  approvals::ApprovalService approval_service(**db, clock, approval_subjects);
  products::ProductService product_service(**db, clock);
  contracts::ContractService contract_service(**db, clock);
  contracts::MoneyService money_service(**db, clock);
  reports::ReportService report_service(**db, clock);
  targets::TargetService target_service(**db, clock);
  http::Services services{**db,         clock,           auth,          org_service,
                          customer_service, pool_service, ownership_service, activity_service, work_log_service,
                          webhook_service, notification_service, setup_service, visit_service, lead_service,
                          lead_form_service, lead_analysis_service, lead_sweep, process_service, deal_service,
                          deal_analysis_service, approval_flow_service, approval_service, product_service,
                          contract_service, money_service, report_service, target_service, kVersion};
  imports::ImportOptions import_options;
  import_options.batch = more.import_batch;
  import_options.batch_pause = std::chrono::milliseconds(more.import_batch_pause_ms);
  if (more.import_lease_ms > 0) import_options.lease = std::chrono::milliseconds(more.import_lease_ms);
  imports::ImportService import_service(**db, clock, auth, customer_service, import_options);
  services.imports = &import_service;
  exports::ExportService export_service(**db, clock, file_store);
  services.exports = &export_service;
  fields::SetDenseAt(more.custom_filter_dense_at);
  fields::FieldService field_service(**db, clock);
  services.fields = &field_service;
  http::Router router(services);
  http::ExportRunner export_runner(router, services, export_service,
                                   std::chrono::milliseconds(more.export_page_pause_ms));
  services.export_runner = &export_runner;
  http::AddAllRoutes(router);
  http::AddOpenApiRoute(router);
  http::IdempotencyStore idempotency(**db, clock);
  router.SetIdempotencyStore(&idempotency);
  router.SetReplica(replica);
  storage::Database& database = **db;
  jobs::Scheduler scheduler({
      jobs::ReclaimJob(ownership_service, clock, std::chrono::seconds(std::max(sweep_check, 1))),
      {"webhooks", std::chrono::seconds(2),
       [&webhook_service] {
         auto sent = webhook_service.DeliverDue();
         if (!sent.ok()) spdlog::warn("webhook deliveries failed: {}", sent.status().message());
       }},
      {"lead-reminders", std::chrono::minutes(5),
       [&lead_sweep] {
         auto sent = lead_sweep.RemindAll();
         if (!sent.ok()) spdlog::warn("lead reminders failed: {}", sent.status().message());
       }},
      {"visit-reminders", std::chrono::minutes(1),
       [&visit_service] {
         auto sent = visit_service.RemindDuePlans();
         if (!sent.ok()) spdlog::warn("visit reminders failed: {}", sent.status().message());
       }},
      // The reports' day x person aggregate: yesterday sealed, marked days recomputed
      // (reports/metric_days.h); a first run over years of history seals 24 months a minute.
      {"report-days", std::chrono::minutes(1),
       [&database, &clock] {
         if (Status s = reports::RefreshAllMetricDays(database, clock.Now(), 24); !s.ok())
           spdlog::warn("refreshing the report aggregate failed: {}", s.message());
       }},
      // The recycle bin: records deleted more than 90 days ago go for good.
      {"recycle-purge", std::chrono::hours(1),
       [&database, &clock] {
         auto purged = recycle::RecycleBin::PurgeExpired(database, clock.Now());
         if (!purged.ok()) spdlog::warn("purging the recycle bin failed: {}", purged.status().message());
       }},
      {"purge", std::chrono::hours(1),
       [&database, &clock] {
         if (Status s = storage::PurgeExpired(database, clock.Now()); !s.ok())
           spdlog::warn("purging expired rows failed: {}", s.message());
       }},
  });
  // Several nodes on one PostgreSQL: what other nodes commit wakes this node's live streams and
  // drops its cached sessions (storage/listener.h). Nothing to hear on SQLite.
  storage::ListenerOptions relay_options;
  relay_options.first_retry = std::chrono::milliseconds(more.relay_retry_ms);
  auto listener = storage::MakeListener(db_url, relay_options);
  notify::FollowPokes(*listener, notify::LiveHub());
  auth.FollowSignals(*listener);
  if (Status s = listener->Start(); !s.ok()) return Fail(s);
  http::StaticFiles files(web_root);
  router.SetFallback(&files);
  if (files.size() == 0) spdlog::warn("no web app found under {}; serving the API only", web_root);

  http::Server server(options, router);
  if (Status s = server.Listen(); !s.ok()) return Fail(s);
  spdlog::info("quanke {} listening on http://{}:{} ({} I/O threads, database {}{}, node {})", kVersion,
               options.host, server.port(), options.io_threads,
               db_url.rfind("sqlite:", 0) == 0 ? db_url : "postgresql", replica ? " with a read replica" : "",
               Ids().node());
  // --sweep-check 0 turns the background jobs off (tests that need stable data); imports run
  // either way, on their own thread.
  if (sweep_check > 0) scheduler.Start();
  jobs::Scheduler import_runner({jobs::ImportRunnerJob(import_service, std::chrono::seconds(1))});
  import_runner.Start();
  // Exports likewise: each list export is read by one node, page after page (export_runner.h).
  jobs::Scheduler exports_runner({{"exports", std::chrono::seconds(1), [&export_runner] {
                                    auto ran = export_runner.RunPending();
                                    if (!ran.ok())
                                      spdlog::error("export runner failed: {} {}", ran.status().code(),
                                                    ran.status().message());
                                  }}});
  exports_runner.Start();
  server.Run();
  listener->Stop();
  import_service.Stop();  // a running import stops after its batch and is taken over on restart
  import_runner.Stop();
  export_runner.Stop();  // a running export is released after its page and read again elsewhere
  exports_runner.Stop();
  scheduler.Stop();
  spdlog::info("stopped");
  spdlog::shutdown();
  return 0;
}

// The schema version of the SQLite database file at `path` (opened as it is: not migrated).
Result<int> SqliteSchemaVersion(const std::string& path) {
  auto db = storage::OpenDatabase("sqlite:" + path, 1);
  if (!db.ok()) return db.status();
  return storage::SchemaVersion(**db);
}

// `backup` and `restore` copy SQLite databases; PostgreSQL has pg_dump and pg_restore.
Status OnlySqlite(const std::string& db_url) {
  if (db_url.rfind("sqlite:", 0) == 0) return Status::Ok();
  return Status::Error("config.unsupported",
                       "backup and restore copy SQLite databases; for PostgreSQL use pg_dump and pg_restore "
                       "(docs/operations.md, \"Backups\")");
}

int Backup(const std::string& db_url, const std::string& out) {
  SetUpLogging(false);
  if (Status s = OnlySqlite(db_url); !s.ok()) return Fail(s);
  const std::string path = db_url.substr(7);
  if (!std::filesystem::exists(path)) return Fail(Status::Error("not_found", "no database at " + path));
  if (std::filesystem::exists(out)) return Fail(Status::Error("already_exists", out + " exists: choose a new file"));
  if (Status s = storage::CopySqliteDatabase(path, out); !s.ok()) return Fail(s);
  auto version = SqliteSchemaVersion(out);
  if (!version.ok()) return Fail(version.status());
  std::printf("backed up %s (schema version %d) to %s, %.1f MB\n", path.c_str(), *version, out.c_str(),
              static_cast<double>(std::filesystem::file_size(out)) / 1e6);
  return 0;
}

int Restore(const std::string& db_url, const std::string& from, bool replace) {
  SetUpLogging(false);
  if (Status s = OnlySqlite(db_url); !s.ok()) return Fail(s);
  const std::string path = db_url.substr(7);
  if (!std::filesystem::exists(from)) return Fail(Status::Error("not_found", "no backup at " + from));
  auto version = SqliteSchemaVersion(from);
  if (!version.ok()) return Fail(version.status());
  if (*version == 0) return Fail(Status::Error("validation.failed", from + " is not a Quanke database"));
  if (std::filesystem::exists(path) && !replace)
    return Fail(Status::Error("already_exists", path + " exists: stop the servers and add --replace to overwrite it"));
  if (!std::filesystem::path(path).parent_path().empty())
    std::filesystem::create_directories(std::filesystem::path(path).parent_path());
  if (Status s = storage::CopySqliteDatabase(from, path); !s.ok()) return Fail(s);
  std::printf("restored %s (schema version %d) into %s; the next start migrates it forward if needed\n", from.c_str(),
              *version, path.c_str());
  return 0;
}

int Migrate(const std::string& db_url) {
  SetUpLogging(false);
  int applied = 0;
  auto db = OpenMigrated(db_url, 1, &applied);
  if (!db.ok()) return Fail(db.status());
  auto version = storage::SchemaVersion(**db);
  if (!version.ok()) return Fail(version.status());
  std::printf("schema version %d (%d migration(s) applied now)\n", *version, applied);
  return 0;
}

int Demo(const std::string& db_url, const std::string& tenant, const std::string& password,
         int customers, bool activity) {
  SetUpLogging(false);
  auto db = OpenMigrated(db_url, 1);
  if (!db.ok()) return Fail(db.status());
  SystemClock clock;
  std::vector<DemoLogin> logins;
  Status s = LoadDemo(**db, clock, tenant, password, &logins, customers);
  if (s.code() == "already_exists") {
    std::printf("tenant %s already exists; nothing loaded\n", tenant.c_str());
    return 0;
  }
  if (!s.ok()) return Fail(s);
  if (activity) {
    if (Status a = LoadDemoActivity(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoLeads(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoDeals(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoApprovals(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoContracts(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoTargets(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoRecycle(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoFields(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoAudit(**db, tenant, clock.Now()); !a.ok()) return Fail(a);
    if (Status a = LoadDemoFeedOrder(**db, tenant); !a.ok()) return Fail(a);
  }
  if (Status a = storage::AnalyzeAll(**db); !a.ok()) return Fail(a);
  std::printf("loaded demo company: enterprise code %s, %zu people, %d customers, password %s\n",
              tenant.c_str(), logins.size(), customers, password.c_str());
  return 0;
}

int Generate(const std::string& db_url, const std::string& tenant, int users, const std::string& password,
             std::int64_t follow_ups, std::int64_t opportunities) {
  SetUpLogging(false);
  auto db = OpenMigrated(db_url, 1);
  if (!db.ok()) return Fail(db.status());
  SystemClock clock;
  if (opportunities > 0) {
    const auto started = std::chrono::steady_clock::now();
    if (Status s = GenerateOpportunities(**db, clock, tenant, opportunities); !s.ok()) return Fail(s);
    if (Status s = storage::AnalyzeAll(**db); !s.ok()) return Fail(s);
    std::printf("added %lld opportunities with their stage histories to tenant %s in %.1f s\n",
                static_cast<long long>(opportunities), tenant.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return 0;
  }
  if (follow_ups > 0) {
    const auto started = std::chrono::steady_clock::now();
    if (Status s = GenerateFollowUps(**db, clock, tenant, follow_ups); !s.ok()) return Fail(s);
    if (Status s = storage::AnalyzeAll(**db); !s.ok()) return Fail(s);
    std::printf("added %lld follow-ups to tenant %s in %.1f s\n", static_cast<long long>(follow_ups), tenant.c_str(),
                std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count());
    return 0;
  }
  if (Status s = GenerateBenchOrg(**db, clock, tenant, users, password); !s.ok()) return Fail(s);
  if (Status s = storage::AnalyzeAll(**db); !s.ok()) return Fail(s);
  std::printf("generated tenant %s: %d reps (u0001…), admin, 100 teams, 10 pools; password %s\n", tenant.c_str(),
              users, password.c_str());
  return 0;
}

// `quanke reclaim --at ISO [--dry-run]`: the sweep as of an instant, for every tenant.
// The tenants a command works on (id, code): every one, or the one with `code`; not_found when none.
Result<std::vector<std::pair<Id, std::string>>> TenantsNamed(storage::Database& db, const std::string& code) {
  auto lease = db.Read();
  if (!lease.ok()) return lease.status();
  auto all = org::ListTenants(**lease);
  if (!all.ok()) return all.status();
  std::vector<std::pair<Id, std::string>> out;
  for (const auto& t : *all)
    if (code.empty() || t.code == code) out.emplace_back(t.id, t.code);
  if (out.empty()) return Status::Error("not_found", "no such tenant: " + code);
  return out;
}

int Reclaim(const std::string& db_url, const std::string& at_text, bool dry_run, const std::string& tenant_code) {
  SetUpLogging(false);
  Instant at = 0;
  if (!ParseInstant(at_text, &at))
    return Fail(Status::Error("validation.failed", "--at must be an ISO-8601 instant, e.g. 2026-11-26T18:00:00Z"));
  auto db = OpenMigrated(db_url, 2);
  if (!db.ok()) return Fail(db.status());
  SystemClock clock;
  events::Bus events;
  activity::FeedFollowsEvents(events);
  leads::LeadSweep lead_sweep(**db, clock);
  deals::DealSweep deal_sweep(**db, clock);
  contracts::ContractSweep contract_sweep(**db, clock);
  ownership::SweepOptions sweep_options;
  sweep_options.lead_sweep = LeadSweepHook(lead_sweep);
  sweep_options.stale_reminders = StaleRemindersHook(deal_sweep, contract_sweep);
  ownership::OwnershipService ownership(**db, clock, events, sweep_options);
  auto tenants = TenantsNamed(**db, tenant_code);
  if (!tenants.ok()) return Fail(tenants.status());
  for (const auto& [id, code] : *tenants) {
    auto result = ownership.Sweep(id, at, dry_run);
    if (!result.ok()) return Fail(result.status());
    std::printf("%s: %s %zu customer(s), %lld reminder(s) as of %s\n", code.c_str(),
                dry_run ? "would reclaim" : "reclaimed", result->reclaimed.size(),
                static_cast<long long>(result->reminded), FormatInstant(at).c_str());
    if (dry_run)
      for (const auto& item : result->reclaimed)
        std::printf("  %s  %s  owner %s  rule %s (%d days)  back to %s\n", IdToString(item.customer_id).c_str(),
                    item.customer_name.c_str(), item.owner_name.c_str(), item.deadline.rule, item.deadline.days,
                    item.pool_name.c_str());
    // The lead pools: swept with the customers above (the hook), previewed here.
    std::int64_t leads = result->leads_reclaimed;
    std::vector<leads::LeadSweepItem> lead_items;
    if (dry_run) {
      auto preview = lead_sweep.DryRun(id, at, {});
      if (!preview.ok()) return Fail(preview.status());
      lead_items = std::move(preview->items);
      leads = static_cast<std::int64_t>(lead_items.size());
    }
    std::printf("%s: %s %lld lead(s)\n", code.c_str(), dry_run ? "would reclaim" : "reclaimed",
                static_cast<long long>(leads));
    for (const auto& item : lead_items)
      std::printf("  lead %s  %s  owner %s  rule %s (%d days)  back to %s\n", IdToString(item.lead_id).c_str(),
                  item.lead_name.c_str(), item.owner_name.c_str(), item.deadline.rule, item.deadline.days,
                  item.pool_name.c_str());
  }
  return 0;
}

int RebuildReports(const std::string& db_url, const std::string& tenant_code) {
  SetUpLogging(false);
  auto db = OpenMigrated(db_url, 1);
  if (!db.ok()) return Fail(db.status());
  SystemClock clock;
  auto tenants = TenantsNamed(**db, tenant_code);
  if (!tenants.ok()) return Fail(tenants.status());
  for (const auto& [id, code] : *tenants) {
    const Instant started = clock.Now();
    auto result = reports::RebuildMetricDays(**db, id, clock.Now());
    if (!result.ok()) return Fail(result.status());
    std::printf("%s: %d day(s) of report figures rebuilt in %.1f s\n", code.c_str(), result->days_sealed,
                static_cast<double>(clock.Now() - started) / 1000.0);
  }
  return 0;
}

int UserAdd(const std::string& db_url, const std::string& tenant_code, const std::string& username,
            const std::string& name, const std::string& password, const std::string& role_code) {
  SetUpLogging(false);
  auto db = OpenMigrated(db_url, 1);
  if (!db.ok()) return Fail(db.status());
  if (Status s = org::CheckPasswordStrength(password, "password"); !s.ok())
    return Fail(Status::Error(s.code(), "the password needs at least 8 characters"));
  auto hash = org::HashPassword(password);
  if (!hash.ok()) return Fail(hash.status());
  SystemClock clock;
  Id user_id = Ids().Next();
  Status s = storage::InTransaction(**db, [&](storage::Connection& conn) -> Status {
    auto tenant = org::FindTenantByCode(conn, tenant_code);
    if (!tenant.ok()) return tenant.status();
    if (!*tenant) return Status::Error("not_found", "no tenant with code " + tenant_code);
    const Id tenant_id = (*tenant)->id;
    auto role = org::FindRoleByCode(conn, tenant_id, role_code);
    if (!role.ok()) return role.status();
    if (!*role) return Status::Error("not_found", "no role with code " + role_code);
    auto root = conn.Query(
        "SELECT id FROM departments WHERE tenant_id = $1 AND parent_id IS NULL ORDER BY sort_order LIMIT 1",
        {storage::V(tenant_id)});
    if (!root.ok()) return root.status();
    if (root->empty()) return Status::Error("not_found", "the tenant has no department");
    auto taken = org::UsernameTaken(conn, tenant_id, username, 0);
    if (!taken.ok()) return taken.status();
    if (*taken) return Status::Error("user.username_taken", "username " + username + " is taken");
    org::User u;
    u.id = user_id;
    u.username = username;
    u.name = name.empty() ? username : name;
    u.department_id = root->front().Int(0);
    u.created_at = u.updated_at = clock.Now();
    if (Status i = org::InsertUser(conn, tenant_id, u, *hash); !i.ok()) return i;
    return org::SetUserRoles(conn, tenant_id, u.id, {(*role)->id});
  });
  if (!s.ok()) return Fail(s);
  std::printf("created user %s (id %s) in tenant %s with role %s\n", username.c_str(),
              IdToString(user_id).c_str(), tenant_code.c_str(), role_code.c_str());
  return 0;
}

// `quanke tenant create`: a new, empty company with its administrator (see setup::CreateCompany).
int TenantCreate(const std::string& db_url, const setup::CompanyInput& in) {
  SetUpLogging(false);
  auto db = OpenMigrated(db_url, 1);
  if (!db.ok()) return Fail(db.status());
  SystemClock clock;
  auto made = setup::CreateCompany(**db, clock, in, false);
  if (!made.ok()) {
    Status s = made.status();
    std::string why = s.message();
    for (const auto& f : s.fields()) why += " " + f.field + ": " + f.issue + ";";
    return Fail(Status::Error(s.code(), why));
  }
  std::printf("created company %s (%s, id %s) with administrator %s (id %s)\n", made->code.c_str(),
              made->name.c_str(), IdToString(made->tenant_id).c_str(), in.admin_username.c_str(),
              IdToString(made->admin_user_id).c_str());
  std::printf("log in with enterprise code %s, username %s\n", made->code.c_str(), in.admin_username.c_str());
  return 0;
}

}  // namespace
}  // namespace quanke::app

int main(int argc, char** argv) {
  using namespace quanke::app;
  CLI::App app{"Quanke (圈客) sales CRM server"};
  app.set_config("--config", "", "Read options from this TOML/INI file");
  app.require_subcommand(1);
  app.fallthrough();  // `quanke serve --db URL`: subcommands pass --db up to here
  std::string db_url = kDefaultDb;
  app.add_option("--db", db_url, "Database URL: sqlite:PATH or postgresql://…")
      ->envname("QUANKE_DB")
      ->capture_default_str();

  auto* serve = app.add_subcommand("serve", "Run the HTTP server (applies migrations first)");
  std::string listen = "127.0.0.1:8080";
  std::string web_root = "./web/dist";
  int threads = 0;
  bool access_log = true;
  std::int64_t session_ttl = 7 * 24 * 3600;
  std::size_t body_limit = 1 << 20;
  serve->add_option("--listen", listen, "HOST:PORT to listen on")->envname("QUANKE_LISTEN")->capture_default_str();
  serve->add_option("--web-root", web_root, "Directory of the built web app")->envname("QUANKE_WEB_ROOT")->capture_default_str();
  serve->add_option("--threads", threads, "I/O threads (default: one per core)")->envname("QUANKE_THREADS");
  serve->add_option("--access-log", access_log, "Log one line per request")->envname("QUANKE_ACCESS_LOG")->capture_default_str();
  serve->add_option("--session-ttl", session_ttl, "Session lifetime in seconds")->envname("QUANKE_SESSION_TTL")->capture_default_str();
  serve->add_option("--body-limit", body_limit, "Largest request body in bytes")->envname("QUANKE_BODY_LIMIT")->capture_default_str();
  ServeOptions serve_more;
  serve->add_option("--data-dir", serve_more.data_dir, "Directory for uploaded files (default: beside the SQLite file)")
      ->envname("QUANKE_DATA_DIR");
  serve->add_option("--webhook-attempts", serve_more.webhook_attempts, "Attempts per webhook delivery")
      ->check(CLI::Range(1, 50))
      ->capture_default_str();
  serve->add_option("--webhook-backoff-ms", serve_more.webhook_backoff_ms, "First retry delay; quadruples per attempt")
      ->check(CLI::Range(static_cast<std::int64_t>(1), static_cast<std::int64_t>(86400000)))
      ->capture_default_str();
  serve->add_option("--db-replica", serve_more.db_replica,
                    "PostgreSQL streaming replica (postgresql://…) that list and report reads may use")
      ->envname("QUANKE_DB_REPLICA");
  serve->add_option("--db-replica-max-lag-ms", serve_more.replica_max_lag_ms,
                    "Lists read from the primary while the replica lags more than this")
      ->envname("QUANKE_DB_REPLICA_MAX_LAG_MS")
      ->check(CLI::Range(static_cast<std::int64_t>(0), static_cast<std::int64_t>(3600000)))
      ->capture_default_str();
  serve->add_option("--sweep-batch", serve_more.sweep_batch, "Test only: customers per sweep batch")
      ->check(CLI::Range(static_cast<std::size_t>(1), static_cast<std::size_t>(100000)))
      ->group("");  // hidden
  serve->add_option("--sweep-batch-pause-ms", serve_more.sweep_batch_pause_ms,
                    "Test only: pause after each committed sweep batch")
      ->group("");  // hidden
  serve->add_option("--import-batch", serve_more.import_batch, "Test only: rows per import batch")
      ->check(CLI::Range(1, 10000))
      ->group("");  // hidden
  serve->add_option("--import-batch-pause-ms", serve_more.import_batch_pause_ms,
                    "Test only: pause after each committed import batch")
      ->group("");  // hidden
  serve->add_option("--import-lease-ms", serve_more.import_lease_ms,
                    "Test only: how long a running import stays claimed without a batch (default 2 minutes)")
      ->group("");  // hidden
  serve->add_option("--export-page-pause-ms", serve_more.export_page_pause_ms,
                    "Test only: pause after each page an export reads")
      ->group("");  // hidden
  serve->add_option("--custom-filter-dense-at", serve_more.custom_filter_dense_at,
                    "Test only: a custom field filter matching this many records is checked per row")
      ->check(CLI::Range(1, 1000000))
      ->group("");  // hidden
  serve->add_option("--test-clock-file", serve_more.test_clock_file,
                    "Test only: the server's clock stands at the instant (ms) written in this file")
      ->group("");  // hidden
  serve->add_option("--trusted-proxies", serve_more.trusted_proxies,
                    "Load balancers whose X-Forwarded-For names the client, e.g. 127.0.0.1 (comma-separated)")
      ->envname("QUANKE_TRUSTED_PROXIES");
  serve->add_option("--relay-retry-ms", serve_more.relay_retry_ms,
                    "PostgreSQL: delay before reconnecting a lost listening connection (doubles per failed attempt, up to 10 s)")
      ->check(CLI::Range(static_cast<std::int64_t>(1), static_cast<std::int64_t>(10000)))
      ->capture_default_str();
  int sweep_check = 60;
  serve->add_option("--sweep-check", sweep_check, "Seconds between checks for due reclaim sweeps (0: no background jobs at all: sweep, webhooks, reminders, purge)")
      ->envname("QUANKE_SWEEP_CHECK")
      ->capture_default_str();

  auto* migrate = app.add_subcommand("migrate", "Apply database migrations and print the schema version");

  auto* demo = app.add_subcommand("demo", "Load the demo company (idempotent)");
  std::string tenant = "demo";
  std::string password = "demo123456";
  demo->add_option("--tenant", tenant, "Enterprise code of the demo company")->capture_default_str();
  demo->add_option("--password", password, "Password of every demo account")->capture_default_str();
  int demo_customers = 2000;
  demo->add_option("--customers", demo_customers, "Number of demo customers")->check(CLI::Range(0, 100000))->capture_default_str();
  bool demo_activity = true;
  demo->add_option("--activity", demo_activity, "Also load a week of check-ins, visit plans, work logs and robot deliveries")->capture_default_str();

  auto* generate = app.add_subcommand("generate", "Create a large organisation for benchmarks");
  std::string gen_tenant = "bench";
  int gen_users = 1000;
  generate->add_option("--tenant", gen_tenant, "Enterprise code")->capture_default_str();
  generate->add_option("--users", gen_users, "Number of sales reps")->check(CLI::Range(1, 100000))->capture_default_str();
  generate->add_option("--password", password, "Password of every account")->capture_default_str();
  std::int64_t gen_follow_ups = 0;
  generate->add_option("--follow-ups", gen_follow_ups,
                       "Instead of an organisation: add this many follow-ups to the tenant's owned customers");
  std::int64_t gen_opportunities = 0;
  generate->add_option("--opportunities", gen_opportunities,
                       "Instead of an organisation: add this many opportunities (with stage histories) to the "
                       "tenant's owned customers");

  auto* reclaim = app.add_subcommand("reclaim", "Run the reclaim sweep as of an instant");
  std::string reclaim_at, reclaim_tenant;
  bool dry_run = false;
  reclaim->add_option("--at", reclaim_at, "ISO-8601 instant the sweep runs as of")->required();
  reclaim->add_flag("--dry-run", dry_run, "List what would be reclaimed; change nothing");
  reclaim->add_option("--tenant", reclaim_tenant, "Only this enterprise code");

  auto* rebuild_reports = app.add_subcommand(
      "rebuild-reports", "Rebuild the reports' day x person figures from the records (a backfill; the server keeps them current)");
  std::string rebuild_tenant;
  rebuild_reports->add_option("--tenant", rebuild_tenant, "Only this enterprise code");

  auto* backup = app.add_subcommand("backup", "Copy the SQLite database into a new file, consistent while servers run");
  std::string backup_out;
  backup->add_option("--out", backup_out, "The backup file to write (must not exist)")->required();
  auto* restore = app.add_subcommand("restore", "Put a backup in place of the SQLite database (stop the servers first)");
  std::string restore_from;
  bool restore_replace = false;
  restore->add_option("--from", restore_from, "The backup file")->required();
  restore->add_flag("--replace", restore_replace, "Overwrite the database when it exists");

  auto* user = app.add_subcommand("user", "Manage users");
  user->require_subcommand(1);
  user->fallthrough();
  auto* user_add = user->add_subcommand("add", "Create a user in a tenant's top department");
  std::string u_tenant = "demo", u_name, u_username, u_password, u_role = "admin";
  user_add->add_option("--tenant", u_tenant, "Enterprise code")->capture_default_str();
  user_add->add_option("--username", u_username, "Login name")->required();
  user_add->add_option("--name", u_name, "Display name");
  user_add->add_option("--password", u_password, "Password (8+ characters)")->required();
  user_add->add_option("--role", u_role, "Role code: admin, executive, manager or rep")->capture_default_str();

  auto* tenant_cmd = app.add_subcommand("tenant", "Manage companies (tenants)");
  auto* tenant_create = tenant_cmd->add_subcommand("create", "Create an empty company with its administrator");
  quanke::setup::CompanyInput company;
  tenant_create->add_option("--code", company.code, "Enterprise code (企业代码): 2-32 of a-z, 0-9, -")->required();
  tenant_create->add_option("--name", company.name, "Company name")->required();
  tenant_create->add_option("--admin", company.admin_username, "Administrator's login name")->required();
  tenant_create->add_option("--admin-name", company.admin_name, "Administrator's display name");
  tenant_create->add_option("--password", company.admin_password, "Administrator's password (8+ characters)")->required();
  tenant_create->add_option("--time-zone", company.time_zone, "IANA time zone")->capture_default_str();

  CLI11_PARSE(app, argc, argv);
  if (*serve)
    return Serve(db_url, listen, web_root, threads, access_log, session_ttl, body_limit, sweep_check, serve_more);
  if (*generate) return Generate(db_url, gen_tenant, gen_users, password, gen_follow_ups, gen_opportunities);
  if (*reclaim) return Reclaim(db_url, reclaim_at, dry_run, reclaim_tenant);
  if (*migrate) return Migrate(db_url);
  if (*rebuild_reports) return RebuildReports(db_url, rebuild_tenant);
  if (*backup) return Backup(db_url, backup_out);
  if (*restore) return Restore(db_url, restore_from, restore_replace);
  if (*demo) return Demo(db_url, tenant, password, demo_customers, demo_activity);
  if (*tenant_create) return TenantCreate(db_url, company);
  if (*user_add) return UserAdd(db_url, u_tenant, u_username, u_name, u_password, u_role);
  return 1;
}
