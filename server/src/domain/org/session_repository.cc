#include "domain/org/session_repository.h"

namespace quanke::org {
using storage::V;

namespace {

// FNV-1a: a hash that every node computes alike; the top bits keep these locks apart from others.
std::int64_t ThrottleLockKey(const std::string& key) {
  std::uint64_t hash = 0xcbf29ce484222325ULL;
  for (unsigned char c : key) hash = (hash ^ c) * 0x100000001b3ULL;
  constexpr std::uint64_t kThrottleLocks = 0x7468ULL << 48;  // "th"
  return static_cast<std::int64_t>(kThrottleLocks | (hash & 0xffffffffffffULL));
}

}  // namespace

Result<std::optional<Throttle>> GetThrottle(storage::Connection& conn, const std::string& key) {
  auto r = conn.Query("SELECT failures, window_start, locked_until FROM login_throttle WHERE key = $1", {V(key)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<Throttle>();
  const auto& row = r->front();
  return std::optional<Throttle>(Throttle{row.Int(0), row.Int(1), row.Int(2)});
}

Status CountFailure(storage::Connection& conn, const std::string& key, Instant now, std::int64_t window_ms,
                    int max_failures, std::int64_t lockout_ms) {
  if (Status s = conn.LockKey(ThrottleLockKey(key)); !s.ok()) return s;
  auto t = GetThrottle(conn, key);
  if (!t.ok()) return t.status();
  Throttle next{1, now, 0};
  if (*t && now - (*t)->window_start <= window_ms) {
    next.failures = (*t)->failures + 1;
    next.window_start = (*t)->window_start;
  }
  next.locked_until = max_failures > 0 && next.failures >= max_failures ? now + lockout_ms : 0;
  return conn.Exec(
      "INSERT INTO login_throttle (key, failures, window_start, locked_until) "
      "VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, "
      "window_start = excluded.window_start, locked_until = excluded.locked_until",
      {V(key), V(next.failures), V(next.window_start), V(next.locked_until)});
}

Status DeleteThrottle(storage::Connection& conn, const std::string& key) {
  return conn.Exec("DELETE FROM login_throttle WHERE key = $1", {V(key)});
}

Status InsertSession(storage::Connection& conn, const std::string& token_hash, const SessionRow& s, Instant now,
                     const std::string& ip) {
  return conn.Exec(
      "INSERT INTO sessions (token_hash, tenant_id, user_id, csrf_token, created_at, "
      "expires_at, ip) VALUES ($1, $2, $3, $4, $5, $6, $7)",
      {V(token_hash), V(s.tenant_id), V(s.user_id), V(s.csrf_token), V(now), V(s.expires_at), V(ip)});
}

Result<std::optional<SessionRow>> FindSession(storage::Connection& conn, const std::string& token_hash) {
  auto r = conn.Query("SELECT tenant_id, user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1",
                      {V(token_hash)});
  if (!r.ok()) return r.status();
  if (r->empty()) return std::optional<SessionRow>();
  const auto& row = r->front();
  return std::optional<SessionRow>(SessionRow{row.Int(0), row.Int(1), row.Text(2), row.Int(3)});
}

Status DeleteSession(storage::Connection& conn, const std::string& token_hash) {
  return conn.Exec("DELETE FROM sessions WHERE token_hash = $1", {V(token_hash)});
}

Status DeleteOtherSessions(storage::Connection& conn, Id tenant_id, Id user_id, const std::string& keep_token_hash) {
  return conn.Exec("DELETE FROM sessions WHERE tenant_id = $1 AND user_id = $2 AND token_hash <> $3",
                   {V(tenant_id), V(user_id), V(keep_token_hash)});
}

Status DeleteUserSessions(storage::Connection& conn, Id tenant_id, Id user_id) {
  return conn.Exec("DELETE FROM sessions WHERE tenant_id = $1 AND user_id = $2",
                   {V(tenant_id), V(user_id)});
}

}  // namespace quanke::org
