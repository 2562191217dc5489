#pragma once

#include <memory>
#include <shared_mutex>
#include <string>
#include <string_view>
#include <unordered_map>

#include "core/clock.h"
#include "core/status.h"
#include "domain/org/login_challenge.h"
#include "domain/org/org_types.h"
#include "storage/database.h"
#include "storage/listener.h"

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
  // password and organisation changes drop what they affect from the cache of every node as
  // they commit (FollowSignals); the time bounds how stale a node can be while it is not
  // hearing the others (its listening connection lost, until it reconnects).
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
  // `client`: the request's User-Agent, for the audit entry (auth.login, auth.login_failed).
  Result<LoginResult> Login(const std::string& tenant_code, const std::string& username,
                            const std::string& password, const std::string& ip,
                            const std::string& request_id, const Proof& proof = {},
                            const std::string& client = "");

  // The principal of a session token. Errors: auth.required (unknown token),
  // auth.session_expired (past its lifetime; the session is deleted).
  Result<std::shared_ptr<const Principal>> Authenticate(const std::string& token);

  Status Logout(const std::string& token, const Caller& caller);

  // Checks the current password (auth.wrong_password, 422), sets the new one and ends the
  // user's other sessions.
  Status ChangePassword(const Caller& caller, const std::string& token,
                        const std::string& current_password, const std::string& new_password);

  // Forgets every cached session on this node, now.
  void InvalidateCache();

  // Inside the transaction of a change to what a principal holds: once it commits, the cached
  // sessions of that user (ForgetUserAfterCommit: logout, password, status, roles, department)
  // or of everybody (ForgetAllAfterCommit: roles, departments) are dropped on this node and,
  // through a signal of the same commit, on every other node.
  Status ForgetUserAfterCommit(storage::Connection& conn, Id tenant_id, Id user_id);
  Status ForgetAllAfterCommit(storage::Connection& conn);

  // Wiring: `listener` drops what other nodes' changes affect, and everything whenever it
  // (re)connects (it may have missed some).
  void FollowSignals(storage::Listener& listener);

  // Builds a Caller (scope, permissions) for a user of the tenant, e.g. for CLI jobs and tests.
  Result<Principal> LoadPrincipal(storage::Connection& conn, Id tenant_id, Id user_id);

 private:
  struct CacheEntry {
    std::shared_ptr<const Principal> principal;
    Instant loaded_at;
  };

  Status CheckNotLocked(storage::Connection& conn, const std::string& account_key, Instant now);
  // The proof of work an address owes (difficulty 0: none) and the challenge that pays it.
  struct AddressCheck {
    int difficulty = 0;
    std::optional<LoginChallenges::Solved> solved;  // to record as used before the login goes on
  };
  // auth.challenge_required when the address is past its failure limit and `proof` does not
  // solve a challenge issued to it.
  Result<AddressCheck> CheckAddress(storage::Connection& conn, const std::string& address_key, const std::string& ip,
                                    const Proof& proof, Instant now);
  Status ChallengeRequired(const std::string& ip, int difficulty, Instant now) const;
  void ForgetUser(Id tenant_id, Id user_id);

  storage::Database& db_;
  const Clock& clock_;
  const AuthOptions options_;
  LoginChallenges challenges_;
  // The cache. A session read from the database is cached only when nothing that covers its
  // user was dropped since the read began (a logout committing meanwhile must not be undone by
  // the read that started before it): every drop counts in `drops_`, and the count of the last
  // drop of everybody and of each user is kept.
  std::shared_mutex cache_mu_;
  std::unordered_map<std::string, CacheEntry> cache_;  // token hash → entry; guarded by cache_mu_
  std::uint64_t drops_ = 0;                            // guarded by cache_mu_
  std::uint64_t all_dropped_at_ = 0;                   // guarded by cache_mu_
  std::unordered_map<std::string, std::uint64_t> user_dropped_at_;  // "tenant:user" → drop; guarded by cache_mu_
};

}  // namespace quanke::org
