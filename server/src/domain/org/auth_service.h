#pragma once

#include <memory>
#include <shared_mutex>
#include <string>
#include <unordered_map>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/login_challenge.h"
#include "domain/org/org_types.h"
#include "storage/database.h"

namespace quanke::org {

struct AuthOptions {
  std::int64_t session_ttl_ms = 7LL * 24 * 3600 * 1000;  // absolute lifetime of a session
  int account_max_failures = 5;     // failed logins per account within the window → lockout
  // Failed logins per client address within the window after which every login from it needs
  // a proof of work (LoginChallenges) of 14 bits, one more bit per 25 further failures, up to 18.
  int address_max_failures = 20;
  std::int64_t failure_window_ms = 15 * 60 * 1000;
  std::int64_t lockout_ms = 15 * 60 * 1000;
  // How long a resolved session is reused from memory before it is read again. Logout,
  // password and organisation changes on this node drop the cache at once; other nodes
  // notice within this time.
  std::int64_t cache_ttl_ms = 10 * 1000;
};

// Everything a request needs to know about its authenticated user.
struct Principal {
  Caller caller;  // ip and request_id are filled per request by the HTTP layer
  User user;
  Tenant tenant;
  std::string csrf_token;
  Instant expires_at = 0;
};

struct LoginResult {
  std::string token;
  std::string csrf_token;
  Instant expires_at = 0;
  User user;
};

// Login, sessions, passwords. Thread-safe. Login and password changes hash with argon2id:
// call them from the blocking pool, not an I/O thread.
class AuthService {
 public:
  AuthService(storage::Database& db, const Clock& clock, AuthOptions options = {});

  // `username` may be the username or the mobile number. Errors: auth.invalid_credentials
  // (401, also for unknown tenants and resigned users), rate_limited (429, details
  // retryAfterSeconds) while the account is locked out, auth.challenge_required (429, details
  // challenge and difficulty) when the address has failed too often and `proof` does not solve
  // a challenge issued to it — nothing else is checked then, so a guess costs a proof of work.
  struct Proof {
    std::string challenge, solution;
  };
  Result<LoginResult> Login(const std::string& tenant_code, const std::string& username,
                            const std::string& password, const std::string& ip,
                            const std::string& request_id, const Proof& proof = {});

  // The principal of a session token. Errors: auth.required (unknown token),
  // auth.session_expired (past its lifetime; the session is deleted).
  Result<std::shared_ptr<const Principal>> Authenticate(const std::string& token);

  Status Logout(const std::string& token, const Caller& caller);

  // Checks the current password (auth.wrong_password, 422), sets the new one and ends the
  // user's other sessions.
  Status ChangePassword(const Caller& caller, const std::string& token,
                        const std::string& current_password, const std::string& new_password);

  // Forgets every cached session (after changes to users, roles or departments).
  void InvalidateCache();

  // Builds a Caller (scope, permissions) for a user of the tenant, e.g. for CLI jobs and tests.
  Result<Principal> LoadPrincipal(storage::Connection& conn, Id tenant_id, Id user_id);

 private:
  struct CacheEntry {
    std::shared_ptr<const Principal> principal;
    Instant loaded_at;
    std::uint64_t generation;
  };

  Status CheckNotLocked(storage::Connection& conn, const std::string& account_key, Instant now);
  // auth.challenge_required unless the address is below its failure limit or `proof` solves
  // a challenge issued to it.
  Status CheckAddress(storage::Connection& conn, const std::string& address_key, const std::string& ip,
                      const Proof& proof, Instant now);
  Status RecordFailure(storage::Connection& conn, const std::string& key, int max_failures,
                       Instant now);

  storage::Database& db_;
  const Clock& clock_;
  const AuthOptions options_;
  LoginChallenges challenges_;
  std::shared_mutex cache_mu_;
  std::unordered_map<std::string, CacheEntry> cache_;  // token hash → entry; guarded by cache_mu_
  std::uint64_t generation_ = 0;                       // guarded by cache_mu_
};

}  // namespace quanke::org
