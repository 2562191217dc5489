// The imports module's SQL: jobs with their progress and leases, row errors, templates.
#include "domain/imports/import_repository.h"

#include "storage/job_queue.h"

namespace quanke::imports {
namespace {
using storage::Connection;
using storage::V;

constexpr const char* kJobColumns =
    "j.id, j.object, j.policy, j.status, j.file_name, j.total, j.done, j.created, j.attached, j.updated, "
    "j.skipped, j.failed, j.cancel_requested, j.error, j.created_by, COALESCE(u.name, ''), j.created_at, "
    "j.started_at, j.finished_at FROM import_jobs j LEFT JOIN users u ON u.tenant_id = j.tenant_id AND "
    "u.id = j.created_by";

ImportJob JobFrom(storage::Row& r) {
  ImportJob j;
  j.id = r.Int(0);
  j.object = r.TakeText(1);
  j.policy = r.TakeText(2);
  j.status = r.TakeText(3);
  j.file_name = r.TakeText(4);
  j.total = r.Int(5);
  j.done = r.Int(6);
  j.created = r.Int(7);
  j.attached = r.Int(8);
  j.updated = r.Int(9);
  j.skipped = r.Int(10);
  j.failed = r.Int(11);
  j.cancel_requested = r.Bool(12);
  j.error = r.TakeText(13);
  j.created_by = r.Int(14);
  j.created_by_name = r.TakeText(15);
  j.created_at = r.Int(16);
  j.started_at = r.OptInt(17);
  j.finished_at = r.OptInt(18);
  return j;
}

}  // namespace

Status InsertJob(Connection& conn, Id tenant_id, const ImportJob& job, const std::string& row_data) {
  return conn.Exec(
      "INSERT INTO import_jobs (tenant_id, id, object, policy, status, file_name, row_data, total, created_by, "
      "created_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
      {V(tenant_id), V(job.id), V(job.object), V(job.policy), V(job.status), V(job.file_name), V(row_data),
       V(job.total), V(job.created_by), V(job.created_at)});
}

Result<ImportJob> GetJob(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query(std::string("SELECT ") + kJobColumns + " WHERE j.tenant_id = $1 AND j.id = $2",
                      {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return JobFrom(r->rows.front());
}

Result<std::vector<ImportJob>> ListJobs(Connection& conn, Id tenant_id, std::optional<Id> created_by, int limit) {
  auto r = conn.Query(std::string("SELECT ") + kJobColumns + " WHERE j.tenant_id = $1 AND " +
                          (created_by ? "j.created_by = $3" : "$3 = 0") +
                          " ORDER BY j.created_at DESC, j.id DESC LIMIT $2",
                      {V(tenant_id), V(limit), V(created_by.value_or(0))});
  if (!r.ok()) return r.status();
  std::vector<ImportJob> out;
  for (auto& row : r->rows) out.push_back(JobFrom(row));
  return out;
}

Result<std::string> JobRowData(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query("SELECT row_data FROM import_jobs WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->empty()) return Status::NotFound();
  return r->rows.front().TakeText(0);
}

Status RequestCancel(Connection& conn, Id tenant_id, Id id, Instant now) {
  return storage::RequestJobCancel(conn, "import_jobs", tenant_id, id, now);
}

Result<bool> HasOpenJobs(Connection& conn) { return storage::HasOpenJobs(conn, "import_jobs"); }

Result<std::optional<std::pair<Id, Id>>> ClaimJob(Connection& conn, Instant now, Instant lease_until) {
  return storage::ClaimJob(conn, "import_jobs", now, lease_until);
}

Status SaveProgress(Connection& conn, Id tenant_id, const ImportJob& job, Instant lease_until) {
  return conn.Exec(
      "UPDATE import_jobs SET done = $3, created = $4, attached = $5, updated = $6, skipped = $7, failed = $8, "
      "lease_until = $9 WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(job.id), V(job.done), V(job.created), V(job.attached), V(job.updated), V(job.skipped),
       V(job.failed), V(lease_until)});
}

Status ReleaseJob(Connection& conn, Id tenant_id, Id id) { return storage::ReleaseJob(conn, "import_jobs", tenant_id, id); }

Status FinishJob(Connection& conn, Id tenant_id, Id id, const std::string& status, const std::string& error,
                 Instant now) {
  return conn.Exec(
      "UPDATE import_jobs SET status = $3, error = $4, finished_at = $5, lease_until = NULL "
      "WHERE tenant_id = $1 AND id = $2",
      {V(tenant_id), V(id), V(status), V(error), V(now)});
}

Status InsertRowErrors(Connection& conn, Id tenant_id, Id job_id, const std::vector<RowError>& errors) {
  for (const auto& e : errors)
    if (Status s = conn.Exec(
            "INSERT INTO import_errors (tenant_id, job_id, row_no, outcome, code, fields, label) "
            "VALUES ($1, $2, $3, $4, $5, $6, $7)",
            {V(tenant_id), V(job_id), V(e.row_no), V(e.outcome), V(e.code), V(e.fields), V(e.label)});
        !s.ok())
      return s;
  return Status::Ok();
}

Result<std::vector<RowError>> ListRowErrors(Connection& conn, Id tenant_id, Id job_id) {
  auto r = conn.Query(
      "SELECT row_no, outcome, code, fields, label FROM import_errors WHERE tenant_id = $1 AND job_id = $2 "
      "ORDER BY row_no",
      {V(tenant_id), V(job_id)});
  if (!r.ok()) return r.status();
  std::vector<RowError> out;
  for (auto& row : r->rows)
    out.push_back({row.Int(0), row.TakeText(1), row.TakeText(2), row.TakeText(3), row.TakeText(4)});
  return out;
}

Result<std::vector<std::pair<Id, std::string>>> UsersNamed(Connection& conn, Id tenant_id, const std::string& key) {
  auto r = conn.Query("SELECT id, status FROM users WHERE tenant_id = $1 AND username = $2", {V(tenant_id), V(key)});
  if (!r.ok()) return r.status();
  if (r->empty()) r = conn.Query("SELECT id, status FROM users WHERE tenant_id = $1 AND name = $2", {V(tenant_id), V(key)});
  if (!r.ok()) return r.status();
  std::vector<std::pair<Id, std::string>> out;
  for (auto& row : r->rows) out.emplace_back(row.Int(0), row.TakeText(1));
  return out;
}

Result<std::vector<ImportTemplate>> ListTemplates(Connection& conn, Id tenant_id, const std::string& object) {
  auto r = conn.Query(
      "SELECT id, object, name, mapping, created_by, updated_at FROM import_templates "
      "WHERE tenant_id = $1 AND object = $2 ORDER BY name",
      {V(tenant_id), V(object)});
  if (!r.ok()) return r.status();
  std::vector<ImportTemplate> out;
  for (auto& row : r->rows)
    out.push_back({row.Int(0), row.TakeText(1), row.TakeText(2), row.TakeText(3), row.Int(4), row.Int(5)});
  return out;
}

Result<ImportTemplate> SaveTemplate(Connection& conn, Id tenant_id, const ImportTemplate& t) {
  auto r = conn.Query(
      "INSERT INTO import_templates (tenant_id, id, object, name, mapping, created_by, updated_at) "
      "VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (tenant_id, object, name) DO UPDATE SET "
      "mapping = excluded.mapping, updated_at = excluded.updated_at RETURNING id, created_by",
      {V(tenant_id), V(t.id), V(t.object), V(t.name), V(t.mapping), V(t.created_by), V(t.updated_at)});
  if (!r.ok()) return r.status();
  ImportTemplate out = t;
  out.id = r->rows.front().Int(0);
  out.created_by = r->rows.front().Int(1);
  return out;
}

Result<std::string> TemplateObject(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query("SELECT object FROM import_templates WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  if (r->rows.empty()) return Status::NotFound();
  return r->rows.front().TakeText(0);
}

Status DeleteTemplate(Connection& conn, Id tenant_id, Id id) {
  auto r = conn.Query("DELETE FROM import_templates WHERE tenant_id = $1 AND id = $2", {V(tenant_id), V(id)});
  if (!r.ok()) return r.status();
  return r->affected == 1 ? Status::Ok() : Status::NotFound();
}

}  // namespace quanke::imports
