#include "http/idempotency.h"

#include <optional>

#include "domain/org/password.h"

namespace quanke::http {
namespace {
using storage::V;
constexpr std::int64_t kKeepMs = 24LL * 3600 * 1000;

// What makes two requests "the same": method, path and body.
std::string Fingerprint(const Request& req) { return org::HashToken(req.method + ' ' + req.path + '\n' + req.body); }

Response Replay(const storage::Row& row) {
  Response resp;
  resp.status = static_cast<int>(row.Int(0));
  resp.body = row.Text(1);
  if (resp.status == 204) resp.content_type.clear();
  resp.SetHeader("Idempotent-Replayed", "true");
  return resp;
}
}  // namespace

Response IdempotencyStore::Run(const org::Caller& caller, const std::string& key, const Request& req,
                               const std::function<Response()>& handle,
                               const std::function<Response(const Status&)>& error) {
  const Instant now = clock_.Now();
  const std::string fingerprint = Fingerprint(req);
  std::optional<Response> answer;
  Status s = storage::InRequestTransaction(db_, [&](storage::Connection& conn) -> Status {
    // Claim the key, or take over one older than 24 hours. On PostgreSQL a key claimed by a
    // transaction still running makes this wait for it; then the key is taken and read below.
    auto claimed = conn.Query(
        "INSERT INTO idempotency_keys (tenant_id, user_id, key, method, path, request_hash, status, body, created_at) "
        "VALUES ($1, $2, $3, $4, $5, $6, 0, '', $7) ON CONFLICT (tenant_id, user_id, key) DO UPDATE SET "
        "method = excluded.method, path = excluded.path, request_hash = excluded.request_hash, status = 0, "
        "body = '', created_at = excluded.created_at WHERE idempotency_keys.created_at < $8 RETURNING key",
        {V(caller.tenant_id), V(caller.user_id), V(key), V(req.method), V(req.path), V(fingerprint), V(now),
         V(now - kKeepMs)});
    if (!claimed.ok()) return claimed.status();
    if (claimed->empty()) {
      auto stored = conn.Query(
          "SELECT status, body, request_hash, method, path FROM idempotency_keys WHERE tenant_id = $1 AND user_id = $2 AND key = $3",
          {V(caller.tenant_id), V(caller.user_id), V(key)});
      if (!stored.ok()) return stored.status();
      if (stored->empty()) return Status::Internal("idempotency key vanished");
      const storage::Row& row = stored->front();
      // Keys stored before request_hash existed (migration 0015) compare by method and path.
      const std::string hash = row.Text(2);
      if (hash.empty() ? row.Text(3) != req.method || row.Text(4) != req.path : hash != fingerprint)
        return Status::Error("request.idempotency_mismatch", "This Idempotency-Key was used for another request.");
      answer = Replay(row);
      return Status::Ok();
    }
    answer = handle();
    // A server fault keeps nothing: the writes roll back with the key, and a retry runs again.
    if (answer->status >= 500) return Status::Error("request.rolled_back", "server fault");
    return conn.Exec(
        "UPDATE idempotency_keys SET status = $4, body = $5 WHERE tenant_id = $1 AND user_id = $2 AND key = $3",
        {V(caller.tenant_id), V(caller.user_id), V(key), V(static_cast<std::int64_t>(answer->status)),
         V(answer->body)});
  });
  if (answer && answer->status >= 500) return std::move(*answer);
  if (!s.ok()) return error(s);
  return std::move(*answer);
}

}  // namespace quanke::http
