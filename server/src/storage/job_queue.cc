#include "storage/job_queue.h"

#include <string>

namespace quanke::storage {

Result<bool> HasOpenJobs(Connection& conn, const char* table) {
  auto r = conn.Query(std::string("SELECT 1 FROM ") + table + " WHERE status IN ('queued', 'running') LIMIT 1");
  if (!r.ok()) return r.status();
  return !r->empty();
}

Result<std::optional<std::pair<Id, Id>>> ClaimJob(Connection& conn, const char* table, Instant now,
                                                   Instant lease_until, const char* also_set) {
  auto r = conn.Query(std::string("SELECT tenant_id, id FROM ") + table +
                          " WHERE status IN ('queued', 'running') "
                          "AND (status = 'queued' OR COALESCE(lease_until, 0) < $1) ORDER BY created_at, id LIMIT 1",
                      {V(now)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<std::pair<Id, Id>>();
  const Id tenant_id = r->rows.front().Int(0), id = r->rows.front().Int(1);
  const std::string extra = *also_set ? std::string(", ") + also_set : std::string();
  auto u = conn.Query(std::string("UPDATE ") + table + " SET status = 'running'" + extra +
                          ", lease_until = $3, started_at = COALESCE(started_at, $4) "
                          "WHERE tenant_id = $1 AND id = $2 AND (status = 'queued' OR (status = 'running' AND "
                          "COALESCE(lease_until, 0) < $4))",
                      {V(tenant_id), V(id), V(lease_until), V(now)});
  if (!u.ok()) return u.status();
  if (u->affected != 1) return std::optional<std::pair<Id, Id>>();
  return std::optional<std::pair<Id, Id>>(std::pair{tenant_id, id});
}

Status RequestJobCancel(Connection& conn, const char* table, Id tenant_id, Id id, Instant now) {
  return conn.Exec(std::string("UPDATE ") + table +
                       " SET cancel_requested = 1, "
                       "status = CASE WHEN status = 'queued' THEN 'cancelled' ELSE status END, "
                       "finished_at = CASE WHEN status = 'queued' THEN $3 ELSE finished_at END "
                       "WHERE tenant_id = $1 AND id = $2 AND status IN ('queued', 'running')",
                   {V(tenant_id), V(id), V(now)});
}

Status ReleaseJob(Connection& conn, const char* table, Id tenant_id, Id id) {
  return conn.Exec(std::string("UPDATE ") + table +
                       " SET lease_until = 0 WHERE tenant_id = $1 AND id = $2 AND status = 'running'",
                   {V(tenant_id), V(id)});
}

}  // namespace quanke::storage
