#include "domain/exports/export_service.h"

#include <boost/json.hpp>

#include <cstdio>

#include "core/time_zone.h"

#include "domain/exports/export_repository.h"
#include "domain/notify/hub.h"
#include "domain/org/audit_repository.h"
#include "domain/org/policy.h"

namespace quanke::exports {
namespace json = boost::json;
using storage::Connection;

bool IsExportObject(const std::string& object) { return ExportPermission(object) != nullptr; }

const char* ExportPermission(const std::string& object) {
  if (object == "customers") return "customer.export";
  if (object == "leads") return "lead.export";
  if (object == "opportunities" || object == "contracts") return "report.export";
  if (object == "audit") return "org.view";  // and the whole-company scope, which the list demands
  return nullptr;
}

namespace {

// "customers-20261207-1530.xlsx", in the company's time zone (UTC when the zone is unknown).
std::string FileNameOf(const std::string& object, Instant now, const std::string& time_zone) {
  auto zone = TimeZone::Find(time_zone);
  LocalDate date = static_cast<LocalDate>(now / 86400000);
  int minute = static_cast<int>(now % 86400000 / 60000);
  if (zone.ok()) {
    date = zone->DateOf(now);
    minute = zone->MinuteOfDay(now);
  }
  std::string day;
  for (char c : FormatDate(date))
    if (c != '-') day += c;
  char hhmm[8];
  std::snprintf(hhmm, sizeof hhmm, "%02d%02d", minute / 60, minute % 60);
  return object + "-" + day + "-" + hhmm + ".xlsx";
}

Result<ExportJob> OwnJob(Connection& conn, const org::Caller& caller, Id id) {
  auto job = GetJob(conn, caller.tenant_id, id);
  if (!job.ok()) return job.status();
  if (job->created_by != caller.user_id) return Status::NotFound();
  return job;
}

}  // namespace

Status ExportService::CheckStart(const org::Caller& caller, const std::string& object) {
  const char* permission = ExportPermission(object);
  if (!permission) return Status::Validation({{"object", "invalid_value"}});
  return org::Require(caller, permission);
}

Result<ExportJob> ExportService::Start(const org::Caller& caller, const std::string& object, const std::string& query,
                                       const std::string& language, const std::string& time_zone) {
  if (Status s = CheckStart(caller, object); !s.ok()) return s;
  ExportJob job;
  job.id = Ids().Next();
  job.object = object;
  job.query = query;
  job.language = language == "en" ? "en" : "zh-CN";
  job.created_by = caller.user_id;
  job.created_at = clock_.Now();
  job.file_name = FileNameOf(object, job.created_at, time_zone);
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto open = CountOpenJobs(conn, caller.tenant_id, caller.user_id);
    if (!open.ok()) return open.status();
    if (*open >= kMaxOpenPerUser)
      return Status::Error("export.too_many_open", "You have 3 exports waiting or running already.");
    if (Status w = InsertJob(conn, caller.tenant_id, job); !w.ok()) return w;
    json::object details{{"object", object}, {"query", json::parse(query)}};
    return audit::RecordAction(conn, caller, job.created_at, "export.start", "export", job.id,
                               json::serialize(details));
  });
  if (!s.ok()) return s;
  return job;
}

Result<ExportJob> ExportService::Get(const org::Caller& caller, Id id) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return OwnJob(**lease, caller, id);
}

Result<std::vector<ExportJob>> ExportService::List(const org::Caller& caller) {
  auto lease = db_.Read();
  if (!lease.ok()) return lease.status();
  return ListJobs(**lease, caller.tenant_id, caller.user_id, 50);
}

Result<ExportJob> ExportService::Cancel(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  return storage::InTransactionResult<ExportJob>(db_, [&](Connection& conn) -> Result<ExportJob> {
    auto job = OwnJob(conn, caller, id);
    if (!job.ok()) return job.status();
    if (job->Finished()) return job;
    if (Status w = RequestCancel(conn, caller.tenant_id, id, now); !w.ok()) return w;
    return GetJob(conn, caller.tenant_id, id);
  });
}

Result<ExportService::FileContent> ExportService::File(const org::Caller& caller, Id id) {
  const Instant now = clock_.Now();
  ExportJob job;
  Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
    auto found = OwnJob(conn, caller, id);
    if (!found.ok()) return found.status();
    job = std::move(*found);
    if (job.status == "done" && now > *job.ExpiresAt())
      return Status::Error("export.expired", "The export was made more than 7 days ago.");
    if (job.status != "done" || !job.file_sha256)
      return Status::Error("export.not_ready", "The export has not finished with a file.");
    json::object details{{"object", job.object}, {"rows", job.done}};
    return audit::RecordAction(conn, caller, now, "export.download", "export", id, json::serialize(details));
  });
  if (!s.ok()) return s;
  auto bytes = files_.Get(*job.file_sha256);
  if (!bytes.ok()) return bytes.status();
  return FileContent{job.file_name, std::move(*bytes)};
}

Result<std::optional<Claimed>> ExportService::ClaimNext() {
  {
    // Idle most of the time: a read, not a write transaction every second.
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto open = HasOpenJobs(**lease);
    if (!open.ok()) return open.status();
    if (!*open) return std::optional<Claimed>();
  }
  const Instant now = clock_.Now();
  return storage::InTransactionResult<std::optional<Claimed>>(
      db_, [&](Connection& conn) -> Result<std::optional<Claimed>> {
        auto claimed = ClaimJob(conn, now, now + lease_.count());
        if (!claimed.ok()) return claimed.status();
        if (!*claimed) return std::optional<Claimed>();
        auto job = GetJob(conn, (*claimed)->first, (*claimed)->second);
        if (!job.ok()) return job.status();
        return std::optional<Claimed>(Claimed{(*claimed)->first, std::move(*job)});
      });
}

Result<bool> ExportService::Progress(Id tenant_id, Id id, std::int64_t done, std::optional<std::int64_t> total) {
  const Instant now = clock_.Now();
  return storage::InTransactionResult<bool>(db_, [&](Connection& conn) -> Result<bool> {
    if (Status w = SaveProgress(conn, tenant_id, id, done, total, now + lease_.count()); !w.ok()) return w;
    auto job = GetJob(conn, tenant_id, id);
    if (!job.ok()) return job.status();
    if (Status w = notify::PokeAfterCommit(conn, tenant_id, job->created_by); !w.ok()) return w;
    return job->cancel_requested;
  });
}

Status ExportService::Finish(Id tenant_id, const ExportJob& job) {
  const Instant now = clock_.Now();
  return storage::InTransaction(db_, [&](Connection& conn) -> Status {
    if (Status w = FinishJob(conn, tenant_id, job, now); !w.ok()) return w;
    audit::Entry e;
    e.at = now;
    e.actor_id = job.created_by;
    e.action = "export.finish";
    e.object_type = "export";
    e.object_id = job.id;
    e.request_id = "export-" + IdToString(job.id);
    e.details = json::serialize(json::object{{"object", job.object},
                                             {"status", job.status},
                                             {"rows", job.done},
                                             {"truncated", job.truncated},
                                             {"query", json::parse(job.query)}});
    if (Status w = audit::Record(conn, tenant_id, e); !w.ok()) return w;
    return notify::PokeAfterCommit(conn, tenant_id, job.created_by);
  });
}

Result<int> ExportService::PurgeExpiredFiles() {
  const Instant now = clock_.Now();
  std::vector<KeptFile> expired;
  {
    auto lease = db_.Read();
    if (!lease.ok()) return lease.status();
    auto found = FilesFinishedBefore(**lease, now - kKeepMs, 100);
    if (!found.ok()) return found.status();
    expired = std::move(*found);
  }
  int purged = 0;
  for (const auto& f : expired) {
    bool used = false;
    Status s = storage::InTransaction(db_, [&](Connection& conn) -> Status {
      auto still = FileStillUsed(conn, f.sha256, f.id, now - kKeepMs);
      if (!still.ok()) return still.status();
      used = *still;
      return ClearFile(conn, f.tenant_id, f.id);
    });
    if (!s.ok()) return s;
    if (!used)
      if (Status r = files_.Remove(f.sha256); !r.ok()) return r;
    ++purged;
  }
  return purged;
}

Status ExportService::Release(Id tenant_id, Id id) {
  return storage::InTransaction(db_, [&](Connection& conn) { return ReleaseJob(conn, tenant_id, id); });
}

}  // namespace quanke::exports
