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
Status PutThrottle(storage::Connection& conn, const std::string& key, const Throttle& t);
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
