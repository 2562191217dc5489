// Import jobs: queueing a file's rows, the runner's batches (create, conflict policy, row
// errors, progress in one transaction), cancelling, and the saved column mappings.
#include "domain/imports/import_service.h"

#include <spdlog/spdlog.h>

#include <boost/json.hpp>
#include <map>
#include <thread>

#include "domain/imports/customer_batch.h"
#include "domain/imports/import_repository.h"
#include "domain/notify/hub.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"
#include "storage/maintenance.h"

namespace quanke::imports {
namespace {
using storage::Connection;
namespace json = boost::json;

// The permission that guards importing (and the templates of) each object: the one that guards
// creating it by hand.
const char* PermissionOf(const std::string& object) {
  if (object == "customers") return "customer.import";
  if (object == "products") return "settings.configure";
  if (object == "targets") return "target.configure";
  return nullptr;
}
// What a row matching an existing record does; attach (a contact joins a customer) is customers' only.
bool IsPolicy(const std::string& object, const std::string& p) {
  return p == "skip" || p == "update" || (p == "attach" && object == "customers");
}
// Checks the object and the caller's permission for it (object first: an unknown object has none).
Status RequireObject(const org::Caller& caller, const std::string& object) {
  const char* permission = PermissionOf(object);
  if (!permission) return Status::Validation({{"object", "invalid_value"}});
  return org::Require(caller, permission);
}
bool IsAdmin(const org::Caller& caller) { return caller.Can("org.edit"); }

// Whether the caller may see the job: their own, or any of the tenant's for admins.
Status RequireVisible(const org::Caller& caller, const ImportJob& job) {
  if (job.created_by != caller.user_id && !IsAdmin(caller)) return Status::NotFound();
  return Status::Ok();
}

// The tables an import of the object fills (their planner statistics are refreshed at the end).
std::vector<std::string> TablesOf(const std::string& object) {
  if (object == "products") return {"products", "product_categories", "audit_log", "import_errors"};
  if (object == "targets") return {"targets", "target_changes", "import_errors"};
  return {"customers", "contacts", "customer_phones", "customer_owner_history", "feed_items", "audit_log", "import_errors"};
}

std::string RowsJson(const std::vector<Row>& rows) {
  json::array a;
  a.reserve(rows.size());
  for (const auto& r : rows) {
    json::object o;
    for (const auto& [k, v] : r) o[k] = v;
    a.push_back(std::move(o));
  }
  return json::serialize(a);
}

Result<std::vector<Row>> RowsFrom(const std::string& text) {
  boost::system::error_code ec;
  auto v = json::parse(text, ec);
  if (ec || !v.is_array()) return Status::Internal("stored import rows are not a JSON array");
  std::vector<Row> out;
  out.reserve(v.as_array().size());
  for (const auto& item : v.as_array()) {
    Row r;
    if (item.is_object())
      for (const auto& [k, cell] : item.as_object())
        if (cell.is_string()) r[std::string(k)] = std::string(cell.as_string());
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace

Result<ImportJob> ImportService::Start(const org::Caller& caller, const std::string& object, const std::string& policy,
                                       const std::string& file_name, const std::vector<Row>& rows) {
  if (Status s = RequireObject(caller, object); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (!IsPolicy(object, policy)) issues.push_back({"policy", "invalid_value"});
  if (rows.empty()) issues.push_back({"rows", "required"});
  if (file_name.size() > 255) issues.push_back({"fileName", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  if (rows.size() > kMaxRows)
    return Status::Error("import.too_many_rows", "The file has too many rows.")
        .With("max", static_cast<std::int64_t>(kMaxRows))
        .With("rows", static_cast<std::int64_t>(rows.size()));
  ImportJob job;
  job.id = Ids().Next();
  job.object = object;
  job.policy = policy;
  job.file_name = file_name;
  job.total = static_cast<std::int64_t>(rows.size());
  job.created_by = caller.user_id;
  job.created_at = clock_.Now();
  const std::string data = RowsJson(rows);
  return storage::InTransactionResult<ImportJob>(db_, [&](Connection& conn) -> Result<ImportJob> {
    if (Status w = InsertJob(conn, caller.tenant_id, job, data); !w.ok()) return w;
    const std::string details = json::serialize(json::object{
        {"object", object}, {"policy", policy}, {"fileName", file_name}, {"rows", job.total}});
    if (Status w = audit::RecordAction(conn, caller, job.created_at, "import.start", "import", job.id, details); !w.ok())
      return w;
    return GetJob(conn, caller.tenant_id, job.id);
  });
}

Result<ImportJob> ImportService::Get(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto job = GetJob(**lease, caller.tenant_id, id);
  if (!job.ok()) return job.status();
  if (Status s = RequireVisible(caller, *job); !s.ok()) return s;
  return job;
}

Result<std::vector<ImportJob>> ImportService::List(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListJobs(**lease, caller.tenant_id, IsAdmin(caller) ? std::nullopt : std::optional<Id>(caller.user_id), 50);
}

Result<ImportJob> ImportService::Cancel(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransactionResult<ImportJob>(db_, [&](Connection& conn) -> Result<ImportJob> {
    auto job = GetJob(conn, caller.tenant_id, id);
    if (!job.ok()) return job.status();
    if (Status s = RequireVisible(caller, *job); !s.ok()) return s;
    if (job->Finished()) return job;
    if (Status w = RequestCancel(conn, caller.tenant_id, id, now); !w.ok()) return w;
    if (Status w = audit::RecordAction(conn, caller, now, "import.cancel", "import", id); !w.ok()) return w;
    if (Status w = notify::PokeAfterCommit(conn, caller.tenant_id, job->created_by); !w.ok()) return w;
    return GetJob(conn, caller.tenant_id, id);
  });
}

Result<std::vector<RowError>> ImportService::Errors(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  auto job = GetJob(**lease, caller.tenant_id, id);
  if (!job.ok()) return job.status();
  if (Status s = RequireVisible(caller, *job); !s.ok()) return s;
  return ListRowErrors(**lease, caller.tenant_id, id);
}

Result<std::vector<ImportTemplate>> ImportService::Templates(const org::Caller& caller, const std::string& object) {
  if (Status s = RequireObject(caller, object); !s.ok()) return s;
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListTemplates(**lease, caller.tenant_id, object);
}

Result<ImportTemplate> ImportService::SaveTemplate(const org::Caller& caller, const ImportTemplate& t) {
  if (Status s = RequireObject(caller, t.object); !s.ok()) return s;
  std::vector<FieldIssue> issues;
  if (t.name.empty()) issues.push_back({"name", "required"});
  if (t.name.size() > 100) issues.push_back({"name", "too_long"});
  if (t.mapping.size() > 20000) issues.push_back({"mapping", "too_long"});
  if (!issues.empty()) return Status::Validation(std::move(issues));
  ImportTemplate row = t;
  row.id = Ids().Next();
  row.created_by = caller.user_id;
  row.updated_at = clock_.Now();
  return storage::InTransactionResult<ImportTemplate>(db_, [&](Connection& conn) -> Result<ImportTemplate> {
    auto saved = imports::SaveTemplate(conn, caller.tenant_id, row);
    if (!saved.ok()) return saved.status();
    if (Status w = audit::RecordAction(conn, caller, row.updated_at, "import_template.save", "import_template", saved->id);
        !w.ok())
      return w;
    return saved;
  });
}

Status ImportService::DeleteTemplate(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto object = TemplateObject(conn, caller.tenant_id, id);
    if (!object.ok()) return object.status();
    if (Status s = RequireObject(caller, *object); !s.ok()) return s;
    if (Status w = imports::DeleteTemplate(conn, caller.tenant_id, id); !w.ok()) return w;
    return audit::RecordAction(conn, caller, now, "import_template.delete", "import_template", id);
  });
}

Result<int> ImportService::RunPending() {
  int finished = 0;
  while (!stopping_) {
    {
      // Idle most of the time: a read, not a write transaction every second.
      auto lease = db_.Read();
      if (!lease.ok()) return lease.status();
      auto open = HasOpenJobs(**lease);
      if (!open.ok()) return open.status();
      if (!*open) break;
    }
    const Instant now = clock_.Now();
    auto claimed = storage::InTransactionResult<std::optional<std::pair<Id, Id>>>(
        db_, [&](Connection& conn) { return ClaimJob(conn, now, now + options_.lease.count()); });
    if (!claimed.ok()) return claimed.status();
    if (!*claimed) break;
    if (Status s = RunJob((*claimed)->first, (*claimed)->second); !s.ok()) {
      spdlog::error("import {} failed: {} {}", (*claimed)->second, s.code(), s.message());
      // A fault of the database or of the stored rows: the job fails as a whole; whole batches
      // stay imported.
      (void)storage::InTransaction(db_, [&](Connection& conn) -> Status {
        auto job = GetJob(conn, (*claimed)->first, (*claimed)->second);
        if (!job.ok()) return job.status();
        if (Status w = FinishJob(conn, (*claimed)->first, job->id, "failed", s.code(), clock_.Now()); !w.ok()) return w;
        return notify::PokeAfterCommit(conn, (*claimed)->first, job->created_by);
      });
    }
    ++finished;
  }
  return finished;
}

Status ImportService::RunJob(Id tenant_id, Id id) {
  ImportJob job;
  std::vector<Row> rows;
  org::Principal principal;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto j = GetJob(**lease, tenant_id, id);
    if (!j.ok()) return j.status();
    job = std::move(*j);
    auto data = JobRowData(**lease, tenant_id, id);
    if (!data.ok()) return data.status();
    auto parsed = RowsFrom(*data);
    if (!parsed.ok()) return parsed.status();
    rows = std::move(*parsed);
    // The importer as they stand now: a job runs with their current permissions and scope.
    auto p = auth_.LoadPrincipal(**lease, tenant_id, job.created_by);
    if (!p.ok()) return p.status();
    principal = std::move(*p);
  }
  org::Caller caller = principal.caller;
  caller.request_id = "import-" + IdToString(id);
  auto zone = TimeZone::Find(principal.tenant.time_zone);
  if (!zone.ok()) zone = TimeZone::Find("Asia/Shanghai");
  if (!zone.ok()) return zone.status();
  CustomerContext customer_context{customers_, *zone, caller.Can("org.edit"), {}};

  auto finish = [&](Connection& conn, const std::string& status, Instant now) -> Status {
    if (Status w = FinishJob(conn, tenant_id, id, status, "", now); !w.ok()) return w;
    const std::string details = json::serialize(json::object{{"status", status},
                                                             {"created", job.created},
                                                             {"attached", job.attached},
                                                             {"updated", job.updated},
                                                             {"skipped", job.skipped},
                                                             {"failed", job.failed}});
    if (Status w = audit::RecordAction(conn, caller, now, "import.finish", "import", id, details); !w.ok()) return w;
    return notify::PokeAfterCommit(conn, tenant_id, job.created_by);
  };

  bool ended = false;
  while (!ended) {
    if (stopping_) {
      return storage::InTransaction(db_, [&](Connection& conn) { return ReleaseJob(conn, tenant_id, id); });
    }
    Status s = storage::InOwnTransaction(db_, [&](Connection& conn) -> Status {
      const Instant now = clock_.Now();
      auto current = GetJob(conn, tenant_id, id);
      if (!current.ok()) return current.status();
      if (current->cancel_requested || current->done >= current->total) {
        ended = true;
        return finish(conn, current->cancel_requested ? "cancelled" : "done", now);
      }
      const std::int64_t from = current->done;
      const std::int64_t to = std::min<std::int64_t>(current->total, from + options_.batch);
      const Batch batch{caller, current->policy, rows, from, to, now};
      std::vector<RowError> errors;
      Status ran = job.object == "products"  ? ImportProductBatch(conn, batch, job, errors)
                   : job.object == "targets" ? ImportTargetBatch(conn, batch, job, errors)
                                             : ImportCustomerBatch(conn, batch, customer_context, job, errors);
      if (!ran.ok()) return ran;
      for (const auto& e : errors) ++(e.outcome == "skipped" ? job.skipped : job.failed);
      if (Status w = InsertRowErrors(conn, tenant_id, id, errors); !w.ok()) return w;
      job.done = to;
      if (Status w = SaveProgress(conn, tenant_id, job, now + options_.lease.count()); !w.ok()) return w;
      return notify::PokeAfterCommit(conn, tenant_id, job.created_by);
    });
    if (!s.ok()) return s;
    if (!ended && options_.batch_pause.count() > 0) std::this_thread::sleep_for(options_.batch_pause);
  }
  (void)storage::RefreshStatistics(db_, TablesOf(job.object));
  return Status::Ok();
}

}  // namespace quanke::imports
