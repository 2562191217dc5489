#pragma once

#include <optional>
#include <string>

#include "core/clock.h"
#include "core/ids.h"
#include "core/status.h"
#include "storage/database.h"

namespace quanke::org {

// Sessions and the failed-login counters (tables sessions, login_throttle), for AuthService.

struct Throttle {
  std::int64_t failures = 0;
  Instant window_start = 0;
  Instant locked_until = 0;
};
// The counter under `key` ("acct:…" or "ip:…"), or nullopt when there is none.
Result<std::optional<Throttle>> GetThrottle(storage::Connection& conn, const std::string& key);
// In a write transaction: counts one failed login under `key`, in a new window when the current
// one began more than `window_ms` before `now`, and locks the key for `lockout_ms` from the
// `max_failures`-th failure of the window on (0: never). Concurrent failures each count, on
// any node: the read and the write hold a lock of the key until commit (PostgreSQL: an advisory
// lock on a hash of it; SQLite's writes are serial anyway).
Status CountFailure(storage::Connection& conn, const std::string& key, Instant now, std::int64_t window_ms,
                    int max_failures, std::int64_t lockout_ms);
Status DeleteThrottle(storage::Connection& conn, const std::string& key);

struct SessionRow {
  Id tenant_id = 0;
  Id user_id = 0;
  std::string csrf_token;
  Instant expires_at = 0;
};
Status InsertSession(storage::Connection& conn, const std::string& token_hash, const SessionRow& s, Instant now,
                     const std::string& ip);
Result<std::optional<SessionRow>> FindSession(storage::Connection& conn, const std::string& token_hash);
Status DeleteSession(storage::Connection& conn, const std::string& token_hash);
// Every session of the user but the one with `keep_token_hash` (after a password change).
Status DeleteOtherSessions(storage::Connection& conn, Id tenant_id, Id user_id, const std::string& keep_token_hash);
// Every session of the user (resigned, or their password reset by an administrator).
Status DeleteUserSessions(storage::Connection& conn, Id tenant_id, Id user_id);

}  // namespace quanke::org
