// The exports module's SQL: jobs with their progress, leases and files.
#include "domain/exports/export_repository.h"

#include "storage/job_queue.h"

namespace quanke::exports {
namespace {
using storage::Connection;
using storage::V;

constexpr const char* kJobColumns =
    "id, object, query, language, status, done, total, truncated, cancel_requested, error, file_name, "
    "file_sha256, file_bytes, created_by, created_at, started_at, finished_at FROM export_jobs";

ExportJob JobFrom(storage::Row& r) {
  ExportJob j;
  j.id = r.Int(0);
  j.object = r.TakeText(1);
  j.query = r.TakeText(2);
  j.language = r.TakeText(3);
  j.status = r.TakeText(4);
  j.done = r.Int(5);
  j.total = r.OptInt(6);
  j.truncated = r.Bool(7);
  j.cancel_requested = r.Bool(8);
  j.error = r.TakeText(9);
  j.file_name = r.TakeText(10);
  j.file_sha256 = r.TakeOptText(11);
  j.file_bytes = r.OptInt(12);
  j.created_by = r.Int(13);
  j.created_at = r.Int(14);
  j.started_at = r.OptInt(15);
  j.finished_at = r.OptInt(16);
  return j;
}

}  // namespace

Status InsertJob(Connection& conn, Id tenant_id, const ExportJob& job) {
  return conn.Exec(
      "INSERT INTO export_jobs (tenant_id, id, object, query, language, status, file_name, created_by, created_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
      {V(tenant_id), V(job.id), V(job.object), V(job.query), V(job.language), V(job.status), V(job.file_name),
       V(job.created_by), V(job.created_at)});
}

Result<ExportJob> GetJob(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string("SELECT ") + kJobColumns + " WHERE tenant_id = $1 AND id = $2",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return JobFrom(r->rows.front());
}

Result<std::vector<ExportJob>> ListJobs(Connection& conn, Id tenant_id, Id created_by, int limit) {
  auto r = conn.Query(std::string("SELECT ") + kJobColumns +
                          " WHERE tenant_id = $1 AND created_by = $2 ORDER BY created_at DESC, id DESC LIMIT $3",
                      {V(tenant_id), V(created_by), V(limit)});
  if (!r.ok()) return r.status();
  std::vector<ExportJob> out;
  for (auto& row : r->rows) out.push_back(JobFrom(row));
  return out;
}

Result<int> CountOpenJobs(Connection& conn, Id tenant_id, Id created_by) {
  auto r = conn.Query(
      "SELECT COUNT(*) FROM export_jobs WHERE tenant_id = $1 AND created_by = $2 AND status IN ('queued', 'running')",
      {V(tenant_id), V(created_by)});
  if (!r.ok()) return r.status();
  return static_cast<int>(r->rows.front().Int(0));
}

Status RequestCancel(Connection& conn, Id tenant_id, Id id, Instant now) {
  return storage::RequestJobCancel(conn, "export_jobs", tenant_id, id, now);
}

Result<bool> HasOpenJobs(Connection& conn) { return storage::HasOpenJobs(conn, "export_jobs"); }

Result<std::optional<std::pair<Id, Id>>> ClaimJob(Connection& conn, Instant now, Instant lease_until) {
  // A job taken over starts again from its first row: done goes back to 0.
  return storage::ClaimJob(conn, "export_jobs", now, lease_until, "done = 0");
}

Status SaveProgress(Connection& conn, Id tenant_id, Id id, std::int64_t done, std::optional<std::int64_t> total,
                    Instant lease_until) {
  return conn.Exec(
      "UPDATE export_jobs SET done = $3, total = $4, lease_until = $5 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(done), V(total), V(lease_until)});
}

Status ReleaseJob(Connection& conn, Id tenant_id, Id id) { return storage::ReleaseJob(conn, "export_jobs", tenant_id, id); }

Status FinishJob(Connection& conn, Id tenant_id, const ExportJob& job, Instant now) {
  return conn.Exec(
      "UPDATE export_jobs SET status = $3, error = $4, done = $5, total = $6, truncated = $7, file_sha256 = $8, "
      "file_bytes = $9, finished_at = $10, lease_until = NULL WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(job.id), V(job.status), V(job.error), V(job.done), V(job.total), V(job.truncated),
       V(job.file_sha256), V(job.file_bytes), V(now)});
}

Result<std::vector<KeptFile>> FilesFinishedBefore(Connection& conn, Instant before, int limit) {
  auto r = conn.Query(
      "SELECT tenant_id, id, file_sha256 FROM export_jobs WHERE file_sha256 IS NOT NULL AND finished_at < $1 "
      "ORDER BY finished_at LIMIT $2",
      {V(before), V(limit)});
  if (!r.ok()) return r.status();
  std::vector<KeptFile> out;
  for (auto& row : r->rows) out.push_back({row.Int(0), row.Int(1), row.TakeText(2)});
  return out;
}

Result<bool> FileStillUsed(Connection& conn, const std::string& sha256, Id except_job, Instant since) {
  // attachments belongs to the activity module; read here only to keep its bytes.
  auto r = conn.Query(
      "SELECT 1 FROM export_jobs WHERE file_sha256 = $1 AND id <> $2 AND finished_at >= $3 "
      "UNION ALL SELECT 1 FROM attachments WHERE sha256 = $1 LIMIT 1",
      {V(sha256), V(except_job), V(since)});
  if (!r.ok()) return r.status();
  return !r->empty();
}

Status ClearFile(Connection& conn, Id tenant_id, Id id) {
  return conn.Exec("UPDATE export_jobs SET file_sha256 = NULL WHERE tenant_id = $1 AND id = $2",
                   {V(tenant_id), V(id)});
}

}  // namespace quanke::exports
