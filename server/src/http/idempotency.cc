#include "http/idempotency.h"

#include <spdlog/spdlog.h>

namespace quanke::http {
namespace {
using storage::V;
constexpr std::int64_t kKeepMs = 24LL * 3600 * 1000;
}  // namespace

Result<std::optional<Response>> IdempotencyStore::Begin(const org::Caller& caller, const std::string& key,
                                                        const Request& req) {
  const Instant now = clock_.Now();
  std::optional<Response> stored;
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    auto r = conn.Query(
        "SELECT method, path, status, body, created_at FROM idempotency_keys WHERE tenant_id = $1 AND "
        "user_id = $2 AND key = $3",
        {V(caller.tenant_id), V(caller.user_id), V(key)});
    if (!r.ok()) return r.status();
    if (!r->empty() && now - r->front().Int(4) < kKeepMs) {
      const auto& row = r->front();
      if (row.Text(0) != req.method || row.Text(1) != req.path)
        return Status::Error("request.idempotency_mismatch",
                             "This Idempotency-Key was used for another request.");
      if (row.Int(2) == 0) return Status::Error("request.in_progress", "The same request is still running.");
      Response resp;
      resp.status = static_cast<int>(row.Int(2));
      resp.body = row.Text(3);
      if (resp.status == 204) resp.content_type.clear();
      resp.SetHeader("Idempotent-Replayed", "true");
      stored = std::move(resp);
      return Status::Ok();
    }
    return conn.Exec(
        "INSERT INTO idempotency_keys (tenant_id, user_id, key, method, path, status, body, created_at) "
        "VALUES ($1, $2, $3, $4, $5, 0, '', $6) ON CONFLICT (tenant_id, user_id, key) DO UPDATE SET "
        "method = excluded.method, path = excluded.path, status = 0, body = '', created_at = excluded.created_at",
        {V(caller.tenant_id), V(caller.user_id), V(key), V(req.method), V(req.path), V(now)});
  });
  if (!s.ok()) return s;
  return stored;
}

void IdempotencyStore::Finish(const org::Caller& caller, const std::string& key, const Response& response) {
  Status s = storage::InTransaction(db_, [&](storage::Connection& conn) -> Status {
    if (response.status >= 500)
      return conn.Exec("DELETE FROM idempotency_keys WHERE tenant_id = $1 AND user_id = $2 AND key = $3",
                       {V(caller.tenant_id), V(caller.user_id), V(key)});
    return conn.Exec(
        "UPDATE idempotency_keys SET status = $4, body = $5 WHERE tenant_id = $1 AND user_id = $2 AND key = $3",
        {V(caller.tenant_id), V(caller.user_id), V(key), V(static_cast<std::int64_t>(response.status)),
         V(response.body)});
  });
  if (!s.ok()) spdlog::warn("could not store an idempotent response: {}", s.message());
}

}  // namespace quanke::http
